// Every UI message exists in English and Japanese, placeholders fill in, and the OS language decides at first.
import { describe, expect, it } from 'vitest'
import { messageKeys, systemLanguage, translate } from '../../src/renderer/i18n'

describe('UI language', () => {
  it('has every English message in Japanese too, with the same placeholders', () => {
    expect(messageKeys.length).toBeGreaterThan(100)
    for (const key of messageKeys) {
      const en = translate('en', key)
      const ja = translate('ja', key)
      expect(ja, key).toBeTruthy()
      expect([...ja.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), key).toEqual([...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort())
    }
  })

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('en', 'counts.words', { n: 1234 })).toBe('1,234 words')
    expect(translate('ja', 'counts.chars', { n: 1234 })).toBe('1,234 文字')
    expect(translate('en', 'counts.words', { n: 1234567 })).toBe('1,234,567 words')
    expect(translate('en', 'counts.words', { n: 999 })).toBe('999 words')
    expect(translate('en', 'counts.words', { n: -12000 })).toBe('-12,000 words')
    expect(translate('en', 'form.error', { line: 3, message: 'Oops.' })).toBe('The front matter has an error on line 3: Oops.')
  })

  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['en-GB', 'ja'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en']
  ])('follows the first preferred language %j', (languages, lang) => {
    expect(systemLanguage(languages)).toBe(lang)
  })
})
