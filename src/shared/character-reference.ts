// The character a numeric character reference (`&#…;`, `&#x…;`) in a document stands for, decoded as HTML does:
// never throws, whatever number the document holds (String.fromCodePoint throws past U+10FFFF).

// HTML reads C1 control references as the windows-1252 characters authors meant (`&#150;` is an en dash).
const windows1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178
}

/** The character for code point `code` as HTML decodes a reference to it: zero, surrogates and numbers past U+10FFFF (or not whole) give U+FFFD. */
export function characterOf(code: number): string {
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(windows1252[code] ?? code)
}

/** The character for a reference's digits as written after `&#` (`x1F600`, `X1f600` or `128512`). */
export function characterOfReference(digits: string): string {
  const hex = digits[0] === 'x' || digits[0] === 'X'
  const body = hex ? digits.slice(1) : digits
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(body)) return '\uFFFD'
  return characterOf(parseInt(body, hex ? 16 : 10))
}
