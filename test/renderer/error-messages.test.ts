// A failed call reads in the window's language: in Japanese, a sentence for its code first and the service's own
// particulars after it; English, unknown codes and the window's own sentences stay as written.
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/shared/api-client'
import { errorLeadsJa, errorText } from '../../src/renderer/error-messages'
import { errorCodes } from '../../src/shared/error-codes'
import { UserError } from '../../src/shared/user-error'
import { setField } from '../../src/shared/front-matter'

describe('error text', () => {
  const taken = new ApiError('"0002-tokyo" already exists next to this episode. Choose another name.', 'exists')

  it('leads with Japanese for a known code and keeps the particulars', () => {
    expect(errorText('ja', taken)).toBe('同じ名前のものがすでにあります。 ("0002-tokyo" already exists next to this episode. Choose another name.)')
  })

  it('stays as written in English, for unknown codes and for plain text', () => {
    expect(errorText('en', taken)).toBe(taken.message)
    expect(errorText('ja', new ApiError('Something odd.', 'weird-code'))).toBe('Something odd.')
    expect(errorText('ja', new Error('Plain.'))).toBe('Plain.')
    expect(errorText('ja', '図を追加できませんでした')).toBe('図を追加できませんでした')
  })

  it.each(errorCodes)('has Japanese for %s', (code) => {
    expect(errorLeadsJa[code]).toMatch(/[ぁ-んァ-ン一-龯]/)
  })

  it('leads with Japanese for a bad field path from a form edit', () => {
    let err: unknown
    try {
      setField('---\ntitle: a\n---\n', 'title.x', 'b')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('bad-field-path')
    expect(errorText('ja', err)).toMatch(/^その項目名はフロントマターで使えないか/)
  })
})
