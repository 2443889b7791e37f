// Numeric character references decode as HTML decodes them, whatever number a document holds: the table is checked
// against jsdom's HTML parser, and every place that decodes references (the sanitizer's fast path, the export's HTML
// scanner, the whole render pipeline) survives the hostile ones.
import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { characterOfReference } from '../../src/shared/character-reference'
import { decodeEntities } from '../../src/shared/export/html-tokens'
import { renderEpisode } from '../../src/shared/render/render-episode'
import { createNodeSanitizer, sanitizeBlocks } from '../../src/main/services/node-sanitizer'

const cases: [digits: string, expected: string][] = [
  ['65', 'A'],
  ['x41', 'A'],
  ['X1F600', '😀'],
  ['128512', '😀'],
  ['x10FFFF', '\u{10FFFF}'],
  ['x110000', '\uFFFD'], // past the last code point
  ['1114112', '\uFFFD'],
  ['xFFFFFFFF', '\uFFFD'],
  ['99999999999999999999999', '\uFFFD'], // past Number's exact range
  ['x' + 'F'.repeat(300), '\uFFFD'], // Infinity
  ['xD800', '\uFFFD'], // surrogates
  ['xDBFF', '\uFFFD'],
  ['56320', '\uFFFD'],
  ['xDFFF', '\uFFFD'],
  ['0', '\uFFFD'],
  ['x0', '\uFFFD'],
  ['x80', '€'], // C1 controls read as windows-1252
  ['150', '–'],
  ['x81', '\u0081'], // no windows-1252 character: kept
  ['x9F', 'Ÿ'],
  ['xFFFE', '\uFFFE'] // a noncharacter: kept, as HTML keeps it
]

describe('numeric character references', () => {
  it.each(cases)('&#%s; is %j', (digits, expected) => {
    expect(characterOfReference(digits)).toBe(expected)
  })

  it.each(cases)('&#%s; decodes as an HTML parser decodes it', (digits, expected) => {
    const { document } = new JSDOM(`<a title="&#${digits};">x</a>`).window
    expect(document.querySelector('a')?.getAttribute('title')).toBe(expected)
  })

  it.each(cases)('&#%s; in exported text', (digits, expected) => {
    expect(decodeEntities(`[&#${digits};]`)).toBe(`[${expected}]`)
  })

  const sanitizer = createNodeSanitizer()
  const hostile = ['&#x110000;', '&#1114112;', '&#xD800;', '&#0;', '&#xFFFFFFFFFFFF;', '&#99999999999999999999;']
  it.each(hostile)('a link to %s renders and is sanitized instead of throwing', (ref) => {
    const html = sanitizeBlocks(sanitizer, renderEpisode(`<a href="${ref}">x</a> and <img src="${ref}" id="${ref}">\n`).blocks)
    expect(html).toContain('>x</a>')
    expect(html).not.toContain('javascript')
  })
})
