// Japanese words for every check message and quick fix (the parser's and front matter reader's codes included), with
// the same parameters as the English; words that came without a code stay as written.
import { describe, expect, it } from 'vitest'
import { checkFixes, checkMessages, type CheckFixCode, type CheckMessageCode } from '../../src/shared/checks/messages'
import { passThroughRules } from '../../src/shared/checks/registry'
import { readFrontMatter } from '../../src/shared/front-matter'
import { checkFixesJa, checkMessagesJa, checkText, fixText } from '../../src/renderer/check-messages'

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('check messages in Japanese', () => {
  it.each(Object.keys(checkMessages) as CheckMessageCode[])('%s has Japanese with the same parameters', (code) => {
    expect(names(checkMessagesJa[code])).toEqual(names(checkMessages[code]))
    expect(checkMessagesJa[code]).toMatch(/[ぁ-んァ-ン一-龯]/)
  })

  it.each(Object.keys(checkFixes) as CheckFixCode[])('the fix %s has Japanese with the same parameters', (code) => {
    expect(names(checkFixesJa[code])).toEqual(names(checkFixes[code]))
  })

  it.each([
    [{ rule: 'summary-too-long', message: 'x', code: 'summary-too-long', params: { length: 171, limit: 160, over: 11 } }, '概要が 171 文字あり、上限の 160 文字を超えています。一覧やリンクのプレビューで途中で切れます。あと 11 文字短くしてください。'],
    [{ rule: 'date-invalid', message: 'x', code: 'date-invalid', params: { field: 'date', value: '"soon"' } }, 'date は Hugo が日付として読めない値です ("soon")。2025-01-10T20:00:00+09:00 や 2025-01-10 のように書いてください。'],
    // With the code and parameters at hand, the English words are not needed.
    [{ rule: 'bundle-file-unused', message: 'anything', code: 'bundle-file-unused', params: { file: 'a.png' } }, 'このエピソードのフォルダのファイル "a.png" は本文で使われていません。リンクするか、公開前に削除してください。'],
    // The front matter reader's own words: a Japanese sentence first, the parser's details after it.
    [readFrontMatter('---\ntitle: a\n')!.diagnostics[0], 'フロントマターを閉じる行 (--- または +++) がありません。(The front matter starting here has no closing --- line, so Hugo cannot build this page. Shownotes treats the whole file as body.)'],
    // Words with no code (the site config's) stay as written.
    [{ rule: 'check-config', message: 'Something in English.' }, 'Something in English.'],
    [{ rule: null, message: 'Something else.' }, 'Something else.']
  ])('%j in Japanese', (item, ja) => {
    expect(checkText('ja', item)).toBe(ja)
    expect(checkText('en', item)).toBe(item.message)
  })

  it.each(passThroughRules)('the front matter reader’s %s has Japanese words', (rule) => {
    expect(checkMessagesJa[rule as CheckMessageCode]).toMatch(/[ぁ-んァ-ン一-龯]/)
  })

  it('translates quick-fix labels and leaves English alone', () => {
    expect(fixText('ja', 'link-empty', { label: 'x', code: 'link-empty.keep-text', params: { text: 'show notes' } })).toBe('"show notes" を普通の文字として残す')
    expect(fixText('ja', 'title-missing', { label: 'x', code: 'title-missing.heading', params: { heading: '#35 再会' } })).toBe('最初の見出しをタイトルにする: "#35 再会"')
    expect(fixText('en', 'link-empty', { label: 'Remove the empty link' })).toBe('Remove the empty link')
    expect(fixText('ja', 'link-empty', { label: 'Unknown words' })).toBe('Unknown words')
  })
})
