// Percent-decoding of document URLs never throws: valid escapes decode, broken ones stay as written; and the places
// that decode document URLs (the anchor check, bundle paths) take a malformed one in their stride.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodePercents } from '../../src/shared/percent-decoding'
import { bundlePathOf } from '../../src/shared/checks/bundle-paths'
import { checkEpisode } from '../../src/shared/checks/check-episode'

describe('decodePercents', () => {
  it.each([
    ['kato/Untitled%201.png', 'kato/Untitled 1.png'],
    ['%E6%97%A5%E6%9C%AC', '日本'],
    ['%E0%A4%A', '%E0%A4%A'], // a truncated escape
    ['%E0%A4', '%E0%A4'], // an incomplete UTF-8 sequence
    ['a%20b%E0%A4%20c', 'a b%E0%A4 c'], // good escapes around a broken one still decode
    ['%FF%41', '%FFA'],
    ['100%', '100%'],
    ['%zz', '%zz'],
    ['%ED%A0%80', '%ED%A0%80'], // an encoded surrogate is not UTF-8
    ['plain', 'plain']
  ])('%s → %s', (input, expected) => {
    expect(decodePercents(input)).toBe(expected)
  })

  it('never throws and agrees with decodeURIComponent wherever that succeeds', () => {
    const piece = fc.oneof(fc.constantFrom('%', '%E0', '%A4', '%A', '%20', '%ZZ', '%F0%9F', '%98%80', 'a', '/', '日'), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        const decoded = decodePercents(text)
        let expected: string
        try {
          expected = decodeURIComponent(text)
        } catch {
          return
        }
        expect(decoded).toBe(expected)
      })
    )
  })

  it('lets the checks read a link or image with a broken escape', () => {
    expect(bundlePathOf('kato/%E0%A4%A.png')).toBe('kato/%E0%A4%A.png')
    const text = '---\ntitle: "#1"\n---\n[a broken anchor](#%E0%A4%A) ![x](pic%E0.png)\n'
    const rules = checkEpisode(text, { bundleFiles: [] }).map((d) => d.rule)
    expect(rules).toContain('link-anchor-missing')
    expect(rules).toContain('figure-missing-image')
  })
})
