// The one name policy (rename, a new episode's section, dropped files): a table of names and why each is refused.
import { describe, expect, it } from 'vitest'
import { nameProblem, withoutHiddenCharacters } from '../../src/shared/file-name'

describe('names a host gives a folder or file', () => {
  it.each([
    ['0034-recap', null],
    ['第3回', null],
    ['ep 3 (live)', null],
    ['family 👨\u200d👩\u200d👧 ep', null], // an emoji written with joiners
    ['heart ❤\ufe0f', null], // and with a variation selector
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
    ['\u200b', 'invisible'], // zero-width space alone
    ['\u200b\u200c\u2060', 'invisible'],
    ['\u3164', 'invisible'], // Hangul filler: shows as a blank
    ['\u00ad', 'invisible'], // soft hyphen
    ['ep\u200b3', 'invisible'], // looks like "ep3"
    ['photo\u202egnp.exe', 'bidi'], // reads as "photoexe.png"
    ['\u202e', 'bidi'],
    ['talk\u2066x\u2069', 'bidi'],
    ['name\u200f', 'bidi'],
    ['a/b', 'character'],
    ['tab\there', 'character'],
    ['.hidden', 'dot'],
    ['..', 'dot'],
    ['name.', 'end'],
    ['name ', 'end'],
    ['CON', 'reserved'],
    ['lpt1.md', 'reserved'],
    ['あ'.repeat(70), 'long']
  ])('%j → %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem)
  })

  it('drops bidi controls and invisible characters from a name it makes', () => {
    expect(withoutHiddenCharacters('photo\u202egnp.exe')).toBe('photognp.exe')
    expect(withoutHiddenCharacters('\u200b\u200b')).toBe('')
  })
})
