// A chapter file or transcript chosen or dropped in the window is read as the tool wrote it: UTF-8 (with or without a
// BOM), UTF-16 with a BOM, or Shift_JIS as Japanese Windows tools still write chapter lists.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readTextOf } from '../../src/renderer/state/read-file'

const text = '0.000000\t0.000000\tオープニング\n65.5\t65.5\t録音の機材\n'

describe('readTextOf', () => {
  const utf8 = [...new TextEncoder().encode(text)]
  const utf16le = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])
  it.each([
    ['UTF-8', utf8],
    ['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, ...utf8]],
    ['UTF-16LE with a BOM', [0xff, 0xfe, ...utf16le]],
    ['Shift_JIS', [...new Uint8Array(iconv.encode(text, 'Shift_JIS'))]]
  ])('reads %s', async (_, bytes) => {
    expect(await readTextOf(new Blob([new Uint8Array(bytes)]))).toBe(text)
  })
})
