import { describe, expect, it } from 'vitest'
import { decodeEntities, tokenizeHtml } from '../../../src/shared/export/html-tokens'
import { parseHtml } from '../../../src/shared/export/html-tree'

describe('tokenizeHtml', () => {
  it.each<[string, string, unknown[]]>([
    ['text and tags', '<p class="x">a &amp; b</p>', [{ type: 'start', name: 'p', attrs: { class: 'x' }, selfClosing: false }, { type: 'text', text: 'a & b' }, { type: 'end', name: 'p' }]],
    ['a quoted ">" in an attribute', '<a href="x>y" title=\'t\'>z</a>', [{ type: 'start', name: 'a', attrs: { href: 'x>y', title: 't' }, selfClosing: false }, { type: 'text', text: 'z' }, { type: 'end', name: 'a' }]],
    ['comments and doctype dropped', '<!doctype html><!-- c -->x', [{ type: 'text', text: 'x' }]],
    ['a lone < is text', 'a < b <3', [{ type: 'text', text: 'a <' }, { type: 'text', text: ' b <' }, { type: 'text', text: '3' }]],
    ['script content skipped', '<script>if (a<b) x()</script>y', [{ type: 'start', name: 'script', attrs: {}, selfClosing: false }, { type: 'end', name: 'script' }, { type: 'text', text: 'y' }]],
    ['self-closing', '<br/><img src="a.png" />', [{ type: 'start', name: 'br', attrs: {}, selfClosing: true }, { type: 'start', name: 'img', attrs: { src: 'a.png' }, selfClosing: true }]],
    ['an unfinished tag is text', 'a <b class="', [{ type: 'text', text: 'a <b class="' }]],
    ['upper-case names, bare and unquoted attributes, the first of a repeated one', '<A HREF=x.html Href="y" hidden data-n = \'1\'>', [{ type: 'start', name: 'a', attrs: { href: 'x.html', hidden: '', 'data-n': '1' }, selfClosing: false }]],
    ['an unclosed quote leaves the name alone', '<a title="x y>', [{ type: 'text', text: '<a title="x y>' }]],
    ['an empty value and entities in values', '<a title="" href="?a=1&amp;b=2">', [{ type: 'start', name: 'a', attrs: { title: '', href: '?a=1&b=2' }, selfClosing: false }]],
    ['an end tag in another case closes a player', '<IFRAME src="x"><p>in</p></iframe>after', [{ type: 'start', name: 'iframe', attrs: { src: 'x' }, selfClosing: false }, { type: 'end', name: 'iframe' }, { type: 'text', text: 'after' }]]
  ])('%s', (_name, html, tokens) => {
    expect(tokenizeHtml(html)).toEqual(tokens)
  })

  it('reads attributes only where asked', () => {
    expect(tokenizeHtml('<p id="x"><a href="h">', new Set(['a']))).toEqual([
      { type: 'start', name: 'p', attrs: {}, selfClosing: false },
      { type: 'start', name: 'a', attrs: { href: 'h' }, selfClosing: false }
    ])
  })

  it('decodes entities', () => {
    expect(decodeEntities('&lt;&#x1F3A4;&#35;&nbsp;&bogus;&#0;')).toBe('<🎤#\u00a0&bogus;\ufffd')
  })
})

describe('parseHtml', () => {
  const shape = (html: string) => JSON.stringify(parseHtml(html), (k, v) => (k === 'attrs' ? undefined : v))
  it('closes a paragraph at the next block and an item at the next item, and ignores stray end tags', () => {
    expect(shape('<p>a<div>b</div><ul><li>1<li>2</ul></span>')).toBe(
      '{"name":"#root","children":[{"name":"p","children":["a"]},{"name":"div","children":["b"]},{"name":"ul","children":[{"name":"li","children":["1"]},{"name":"li","children":["2"]}]}]}'
    )
  })
})
