import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { exportHtml, platforms } from '../../../src/shared/export/html'
import { createSanitizer } from '../../../src/shared/sanitize'

const fm = '---\ntitle: "#4 Cassette futurism"\ndate: 2025-03-08\n---\n\n'
const html = (md: string, options = {}) => exportHtml(fm + md, options).html
const sanitizer = createSanitizer(new JSDOM('').window)

describe('html export', () => {
  it.each<[string, string, string]>([
    ['a paragraph with emphasis', 'Tape is **back** and _warm_.\n', '<p>Tape is <strong>back</strong> and <em>warm</em>.</p>'],
    ['a heading becomes a bold paragraph', '## Topics\n', '<p><strong>Topics</strong></p>'],
    ['nested lists', '- A\n  - B\n- C\n', '<ul><li>A<ul><li>B</li></ul></li><li>C</li></ul>'],
    ['an ordered loose list', '1. One\n\n2. Two\n', '<ol><li>One</li><li>Two</li></ol>'],
    ['a list item with two paragraphs', '- First\n\n  Second\n', '<ul><li>First<br>Second</li></ul>'],
    ['http, https and mailto links', '[a](https://x.org) [b](http://y.org) [c](mailto:hi@x.org)\n', '<p><a href="https://x.org">a</a> <a href="http://y.org">b</a> <a href="mailto:hi@x.org">c</a></p>'],
    ['a relative link keeps its text', '[last week](../0003/)\n', '<p>last week</p>'],
    ['an anchor link keeps its text', '[see](#topics)\n', '<p>see</p>'],
    ['a hard break', 'one  \ntwo\n', '<p>one<br>two</p>'],
    ['a player and an image are left out', '<iframe src="https://anchor.fm/x/embed/e"></iframe>\n\n![deck](deck.png)\n\nText\n', '<p>Text</p>'],
    ['a figure keeps its caption', '{{< figure src="deck.png" title="The *deck*" >}}\n', '<p><em>The <em>deck</em></em></p>'],
    ['struck-out text is left out', 'The cat is ~~Printer~~ Pixel.\n', '<p>The cat is Pixel.</p>'],
    ['code keeps its text', 'Run `npm test`.\n\n```\na < b\nc\n```\n', '<p>Run npm test.</p>\n<p>a &lt; b<br>c</p>'],
    ['a blockquote and an alert are opened', '> Ship it.\n\n{{% alert note %}}\nCareful.\n{{% /alert %}}\n', '<p>Ship it.</p>\n<p>Careful.</p>'],
    ['a table row per paragraph', '| a | b |\n|---|---|\n| 1 | 2 |\n', '<p>a | b</p>\n<p>1 | 2</p>'],
    ['entities and a script stay harmless', 'AT&amp;T <script>alert(1)</script> <b onclick="x()">bold</b>\n', '<p>AT&amp;T <strong>bold</strong></p>'],
    ['a javascript: link is text', '<a href="javascript:alert(1)">x</a>\n', '<p>x</p>'],
    ['task list check boxes are left out', '- [x] done\n- [ ] todo\n', '<ul><li>done</li><li>todo</li></ul>']
  ])('%s', (_name, md, expected) => {
    const out = html(md)
    expect(out).toBe(expected)
    expect(sanitizer.sanitize(out)).toBe(out)
  })

  it('makes relative links absolute with the page URL', () => {
    expect(html('[last week](../0003/) [about](/about/)\n', { pageUrl: 'https://radio.example.org/talk/0004/', baseURL: 'https://radio.example.org/' })).toBe(
      '<p><a href="https://radio.example.org/talk/0003/">last week</a> <a href="https://radio.example.org/about/">about</a></p>'
    )
  })

  it('works the page URL out only for an episode with a relative URL, and once', () => {
    let asked = 0
    const pageUrl = () => (asked++, 'https://radio.example.org/talk/0004/')
    const options = { pageUrl, baseURL: 'https://radio.example.org/' }
    expect(html('[tape](https://x.org/tape) [top](#topics) ![](https://x.org/a.png)\n', options)).toBe('<p><a href="https://x.org/tape">tape</a> top</p>')
    expect(asked).toBe(0)
    expect(html('[last week](../0003/) [before](../0002/)\n', options)).toBe('<p><a href="https://radio.example.org/talk/0003/">last week</a> <a href="https://radio.example.org/talk/0002/">before</a></p>')
    expect(asked).toBe(1)
  })

  it('does not work the page URL out for figures and images alone: they are left out', () => {
    let asked = 0
    const options = { pageUrl: () => (asked++, 'https://radio.example.org/talk/0004/'), baseURL: 'https://radio.example.org/' }
    const { html: out, warnings } = exportHtml(fm + 'Desk:\n\n![desk](desk.jpg)\n\n{{< figure src="mic.jpg" title="The microphone" >}}\n', options)
    expect(out).toBe('<p>Desk:</p>\n<p><em>The microphone</em></p>')
    expect(warnings).toContain('2 images are left out: description fields take no images.')
    expect(asked).toBe(0)
  })

  it('writes plain text for YouTube: lists, links written out, no angle brackets', () => {
    const { text } = exportHtml(fm + '## Topics\n\n- [Tape](https://x.org/tape)\n  - <https://y.org>\n1. a < b\n\nMail [us](mailto:hi@x.org).\n')
    expect(text).toBe('Topics\n\n- Tape (https://x.org/tape)\n  - https://y.org\n\n1. a ‹ b\n\nMail us (hi@x.org).')
  })

  it('counts characters against each platform\'s limit', () => {
    const { counts } = exportHtml(fm + 'é'.repeat(4100) + '\n')
    expect(counts).toEqual([
      { id: 'apple', name: 'Apple Podcasts', limit: 4000, characters: 4107, fits: false },
      { id: 'spotify', name: 'Spotify', limit: 4000, characters: 4107, fits: false },
      { id: 'youtube', name: 'YouTube', limit: 5000, characters: 4100, fits: true }
    ])
    expect(platforms.map((p) => p.limit)).toEqual([4000, 4000, 5000])
    // An emoji outside the Basic Multilingual Plane is one character (the variation selector after 🎙 is another).
    expect(exportHtml(fm + '🎙️ and 🎧\n').counts.map((c) => c.characters)).toEqual([15, 15, 8])
  })

  it('says what it left out', () => {
    const { warnings } = exportHtml(fm + '<iframe src="https://anchor.fm/e"></iframe>\n\n![a](a.png) ![b](b.png)\n\n[prev](../1/)\n')
    expect(warnings).toEqual([
      '2 images are left out: description fields take no images.',
      '1 player is left out: description fields take no embedded players.',
      '1 link to this site\'s pages kept as text only: export with the page URL to keep them as links.'
    ])
  })
})
