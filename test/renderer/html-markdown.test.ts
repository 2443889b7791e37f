// @vitest-environment jsdom
// Rich paste's conversion: what browsers, Google Docs and Notion put on the clipboard, as the Markdown a host would
// write by hand; scripts and handlers never survive, remote images become links, data images are left out.
import { describe, expect, it } from 'vitest'
import { htmlToMarkdown, sameAsText } from '../../src/renderer/editor/html-markdown'

describe('htmlToMarkdown', () => {
  it.each([
    ['links, bold and italic', '<p>See <a href="https://example.com/a">the <b>post</b></a> and <em>this</em>.</p>', 'See [the **post**](https://example.com/a) and *this*.'],
    ['headings', '<h2>Topics</h2><p>Text</p>', '## Topics\n\nText'],
    [
      'nested lists',
      '<ul><li>One<ul><li>Sub <strong>bold</strong></li></ul></li><li>Two</li></ul><ol><li>First</li><li>Second</li></ol>',
      '- One\n  - Sub **bold**\n- Two\n\n1. First\n2. Second'
    ],
    ['inline and block code', '<p>Run <code>npm ci</code></p><pre><code class="language-sh">hugo server\n</code></pre>', 'Run `npm ci`\n\n```\nhugo server\n```'],
    ['a remote image as a link', '<p><img src="https://cdn.example.com/cover.png" alt="Cover"></p>', '[Cover](https://cdn.example.com/cover.png)'],
    ['a data image left out', '<p>x<img src="data:image/png;base64,AAAA" alt=""></p>', 'x'],
    ['a table', '<table><thead><tr><th>Guest</th><th>Topic</th></tr></thead><tbody><tr><td>Kato</td><td>Radios</td></tr></tbody></table>', '| Guest | Topic |\n| --- | --- |\n| Kato | Radios |'],
    ['strikethrough', '<p><del>old</del> new</p>', '~~old~~ new'],
    [
      'Google Docs: the normal-weight wrapper and styled spans',
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;">今日の</span><span style="font-style:italic;">話題</span><span>です</span></p></b>',
      '**今日の***話題*です'
    ],
    [
      'Notion: headings, bold and a to-do list',
      "<meta charset='utf-8'><h3>今週の話題</h3><ul><li>新しい<strong>マイク</strong>について</li></ul><ul><li><input type=\"checkbox\" checked> 収録</li></ul>",
      '### 今週の話題\n\n- 新しい**マイク**について\n\n- [x] 収録'
    ],
    ['scripts, handlers and javascript: links removed', '<p onclick="alert(1)">Hi <a href="javascript:alert(1)">x</a><script>alert(2)</script></p>', 'Hi x']
  ])('%s', (_name, html, markdown) => expect(htmlToMarkdown(html)).toBe(markdown))
})

describe('sameAsText', () => {
  it('knows HTML that only colours the same text', () => {
    expect(sameAsText(htmlToMarkdown('<div><span style="color:red">const</span> x = 1</div>'), 'const x = 1')).toBe(true)
    expect(sameAsText(htmlToMarkdown('<p>a <b>b</b></p>'), 'a b')).toBe(false)
  })
})
