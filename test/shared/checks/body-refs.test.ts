import { describe, expect, it } from 'vitest'
import { findCode, scanBody } from '../../../src/shared/checks/body-refs'
import { parseShortcodes } from '../../../src/shared/shortcodes/parse'

const scan = (body: string) => scanBody(body, 0, parseShortcodes(body).items)
const urls = (body: string) => scan(body).refs.map((r) => `${r.kind}:${r.url}`)

describe('scanBody', () => {
  it.each([
    ['a link and an image', '[a](https://x.org) ![b](b.png)', ['link:https://x.org', 'image:b.png']],
    ['a title after the URL', '[a](x.html "Title") ![b](b.png \'t\')', ['link:x.html', 'image:b.png']],
    ['parentheses inside the URL', '[w](https://en.wikipedia.org/wiki/Go_(game))', ['link:https://en.wikipedia.org/wiki/Go_(game)']],
    ['an image inside a link', '[![alt](i.png)](https://x.org)', ['link:https://x.org', 'image:i.png']],
    ['link text across lines', '[two\nlines](a.html)', ['link:a.html']],
    ['not across a blank line', '[two\n\nlines](a.html)', []],
    ['a reference definition', '[x]: <a b.png>\n[y]: https://y.org', ['definition:a b.png', 'definition:https://y.org']],
    ['raw HTML', '<img src="a.png"> <a href="#q">q</a> <iframe src=\'https://anchor.fm/e\'></iframe>', ['html-img:a.png', 'html-a:#q', 'html-iframe:https://anchor.fm/e']],
    ['entities in attributes', '<a href="?a=1&amp;b=2">x</a>', ['html-a:?a=1&b=2']],
    ['nothing in code', '```\n[a](b)\n```\n`[c](d)` ``[e](f)``', []],
    ['nothing in comments', '<!-- [a](b) <img src="c.png"> -->', []],
    ['nothing in shortcode tags, but in paired inner text', '{{< figure title="[a](b)" >}} {{% alert note %}}[c](d){{% /alert %}}', ['link:d']],
    ['escaped brackets', '\\[a](b)', []]
  ])('%s', (_name, body, expected) => {
    expect(urls(body)).toEqual(expected)
  })

  it('gives the place of each URL in the whole document', () => {
    const text = '---\ntitle: x\n---\nSee ![k](kato/Untitled%201.png).\n'
    const from = text.indexOf('See')
    const [ref] = scanBody(text, from, []).refs
    expect(text.slice(ref.urlFrom, ref.urlTo)).toBe('kato/Untitled%201.png')
    expect(text.slice(ref.from, ref.to)).toBe('![k](kato/Untitled%201.png)')
  })

  it('collects ids of raw HTML and the comments', () => {
    const r = scan('<a name="top"></a><div id="qa">x</div> <!-- note -->')
    expect(r.htmlIds).toEqual(['top', 'qa'])
    expect(r.comments.map((c) => c.text)).toEqual(['<!-- note -->'])
  })
})

describe('findCode', () => {
  it.each([
    ['a fence', 'a\n```js\nx\n```\nb', ['```js\nx\n```']],
    ['a tilde fence indented in a list item', '- a\n   ~~~\n   x\n   ~~~\n- b', ['   ~~~\n   x\n   ~~~']],
    ['an unclosed fence runs to the end', 'a\n```\nx', ['```\nx']],
    ['a longer closing fence', '````\n```\n````', ['````\n```\n````']],
    ['inline spans', 'a `b` c ``d`e`` f', ['`b`', '``d`e``']],
    ['an unmatched backtick', 'a ` b', []]
  ])('%s', (_name, body, expected) => {
    expect(findCode(body).map((c) => body.slice(c.from, c.to))).toEqual(expected)
  })
})
