// Page titles from bytes and headers: the charset as a browser finds it, og:title before <title>, references decoded.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../src/main/services/links/page-title-fetch'
import { charsetOfContentType, sniffCharset } from '../../../src/shared/links/charset'
import { pageTitle, titleOfHtml } from '../../../src/shared/links/page-title'

const bytes = (s: string, enc = 'utf-8') => new Uint8Array(iconv.encode(s, enc))

describe('sniffCharset', () => {
  it.each([
    ['a BOM wins over everything', new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]), 'text/html; charset=shift_jis', 'utf-8'],
    ['the header', bytes('<meta charset="euc-jp">'), 'text/html; charset="Shift_JIS"', 'shift_jis'],
    ['<meta charset>', bytes('<html><head><meta charset=EUC-JP>'), 'text/html', 'euc-jp'],
    ['http-equiv', bytes('<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">'), null, 'shift_jis'],
    ['a commented-out meta is not read', bytes('<!-- <meta charset="euc-jp"> -->'), null, 'utf-8'],
    ['nothing: UTF-8', bytes('<title>x</title>'), undefined, 'utf-8']
  ])('%s', (_name, b, type, expected) => expect(sniffCharset(b, type)).toBe(expected))

  it('reads windows-31j and MS932 as Shift_JIS', () => {
    expect(charsetOfContentType('text/html;charset=Windows-31J')).toBe('shift_jis')
    expect(charsetOfContentType('text/html; charset=MS932')).toBe('shift_jis')
  })
})

describe('pageTitle', () => {
  it.each([
    ['UTF-8', bytes('<title>ポッドキャスト第1回</title>'), 'text/html; charset=utf-8', 'ポッドキャスト第1回'],
    ['Shift_JIS by header', bytes('<title>ポッドキャスト第1回</title>', 'shift_jis'), 'text/html; charset=Shift_JIS', 'ポッドキャスト第1回'],
    ['EUC-JP by meta', bytes('<meta charset="euc-jp"><title>日本語のタイトル</title>', 'euc-jp'), 'text/html', '日本語のタイトル'],
    ['entities', bytes('<title>Tom &amp; Jerry &#8212; &quot;live&quot; &#x1F399;</title>'), null, 'Tom & Jerry — "live" 🎙'],
    ['og:title before title', bytes('<title>Site | Post</title><meta content="Post" property="og:title">'), null, 'Post'],
    ['an empty og:title falls back to title', bytes('<meta property="og:title" content=" "><title>Post</title>'), null, 'Post'],
    ['white space folded', bytes('<title>\n  Two\n   lines  </title>'), null, 'Two lines'],
    ['backslashes kept', bytes('<title>C:\\Users \\* x</title>'), null, 'C:\\Users \\* x'],
    ['no title', bytes('<html><body>Hello</body></html>'), null, null],
    ['an empty title', bytes('<title>  </title>'), null, null]
  ])('%s', (_name, b, type, expected) => expect(pageTitle(b, type, decodeBytes)).toBe(expected))

  it('does not take a title from a comment', () => {
    expect(titleOfHtml('<!-- <title>Old</title> --><title>New</title>')).toBe('New')
  })
})
