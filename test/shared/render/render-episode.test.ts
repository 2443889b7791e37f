import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { renderEpisode } from '../../../src/shared/render/render-episode'

const episode = `---
title: "#12 Test"
---
<iframe src="https://anchor.fm/x"></iframe>

## Topics

* one
  {{< figure src="a.png" title="A" numbered="true" >}}
* two

{{< spoiler text="x" >}}
line a

line b
{{< /spoiler >}}

![pic](b.png)

## Topics
`

describe('renderEpisode', () => {
  it('splits the body into top-level blocks with their lines in the whole document', () => {
    const r = renderEpisode(episode)
    expect(r.blocks.map((b) => [b.startLine, b.endLine, b.html.slice(0, 12)])).toEqual([
      [4, 4, '<iframe src='],
      [6, 6, '<h2 id="topi'],
      [8, 10, '<ul>\n<li>one'],
      [12, 16, '<details cla'],
      [18, 18, '<p><img src='],
      [20, 20, '<h2 id="topi']
    ])
    expect(r.html).toBe(r.blocks.map((b) => b.html).join(''))
  })

  it('keeps the key of a block whose source did not change, even when it moves', () => {
    const before = renderEpisode(episode)
    const after = renderEpisode(episode.replace('## Topics\n', '## Topics\n\nA new paragraph.\n'))
    const keysBefore = new Set(before.blocks.map((b) => b.key))
    const changed = after.blocks.filter((b) => !keysBefore.has(b.key)).map((b) => b.html)
    expect(changed).toEqual(['<p>A new paragraph.</p>\n'])
    expect(new Set(after.blocks.map((b) => b.key)).size).toBe(after.blocks.length)
  })

  it('renders the same without block keys when asked (exports do not patch a preview)', () => {
    const keyed = renderEpisode(episode)
    const plain = renderEpisode(episode, { blockKeys: false })
    expect(plain.blocks.map((b) => b.key)).toEqual(keyed.blocks.map(() => ''))
    expect({ ...plain, blocks: plain.blocks.map(({ key: _key, ...b }) => b) }).toEqual({ ...keyed, blocks: keyed.blocks.map(({ key: _key, ...b }) => b) })
  })

  it('lists headings with Hugo ids and figures with their lines', () => {
    const r = renderEpisode(episode)
    expect(r.headings).toEqual([
      { level: 2, text: 'Topics', id: 'topics', line: 6 },
      { level: 2, text: 'Topics', id: 'topics-1', line: 20 }
    ])
    expect(r.figures).toEqual([
      { src: 'a.png', title: 'A', line: 9 },
      { src: 'b.png', title: 'pic', line: 18 }
    ])
  })

  it('reports broken shortcodes with positions in the whole document and shows them', () => {
    const text = '---\ntitle: x\n---\nIntro\n\n{{% alert note %}}\nunclosed\n'
    const r = renderEpisode(text)
    expect(r.diagnostics).toMatchObject([{ rule: 'shortcode-unclosed', line: 6, column: 1, from: text.indexOf('{{%') }])
    expect(r.html).toContain('class="shortcode-error"')
    expect(r.html).toContain('unclosed')
  })

  it('leaves URLs as written without a resolver and maps them with one', () => {
    const text = '![a](kato/Untitled%201.png) [b](notes.pdf) [c](#top) <img src="raw.png">\n\n{{< audio src="ep.mp3" >}}'
    expect(renderEpisode(text).html).toContain('src="kato/Untitled%201.png"')
    const html = renderEpisode(text, { resolveUrl: (u, kind) => `app://${kind}/${u}` }).html
    expect(html).toContain('src="app://image/kato/Untitled%201.png"')
    expect(html).toContain('href="app://link/notes.pdf"')
    expect(html).toContain('href="#top"')
    expect(html).toContain('<img src="app://image/raw.png">')
    expect(html).toContain('src="app://media/ep.mp3"')
  })

  it('resolves a link to an audio or video file as media, query and anchor aside', () => {
    const html = renderEpisode('[ep](ep.MP3?dl=1) [clip](c.mov#t=3) [book](b.m4b) [page](notes.html)\n', { resolveUrl: (u, kind) => `app://${kind}/${u}` }).html
    expect(html).toContain('href="app://media/ep.MP3?dl=1"')
    expect(html).toContain('href="app://media/c.mov#t=3"')
    expect(html).toContain('href="app://media/b.m4b"')
    expect(html).toContain('href="app://link/notes.html"')
  })

  it('maps an image or link inside a heading once, though a heading is rendered twice (contents and block)', () => {
    const html = renderEpisode('## Desk ![desk](desk.png) and [notes](notes.pdf)\n', { resolveUrl: (u, kind) => `app://${kind}/${u}` }).html
    // The id is Hugo's (checked with hugo 0.111): alt text and address run together.
    expect(html).toBe('<h2 id="desk-deskdeskpng-and-notesnotespdf">Desk <img src="app://image/desk.png" alt="desk"> and <a href="app://link/notes.pdf">notes</a></h2>\n')
  })

  it('adds line offsets inside blocks when asked, without changing keys of unmoved content', () => {
    const r = renderEpisode('- a\n- b\n\n  more\n', { sourceLines: true })
    expect(r.blocks[0].html).toContain('<li data-line-offset="1">')
    const moved = renderEpisode('Intro\n\n- a\n- b\n\n  more\n', { sourceLines: true })
    expect(moved.blocks[1].key).toBe(r.blocks[0].key)
  })

  it('renders a body without front matter, with CRLF line endings, and an empty body', () => {
    expect(renderEpisode('# Hi\r\n\r\ntext\r\n').blocks.map((b) => [b.startLine, b.html])).toEqual([
      [1, '<h1 id="hi">Hi</h1>\n'],
      [3, '<p>text</p>\n']
    ])
    expect(renderEpisode('---\ntitle: x\n---\n')).toMatchObject({ html: '', blocks: [], diagnostics: [] })
  })

  it('keeps raw HTML opened in one block and closed in a later one as one block (an alert box)', () => {
    const r = renderEpisode('Intro\n\n{{% alert note %}}\nInside **box**\n{{% /alert %}}\n\nAfter\n')
    expect(r.blocks.map((b) => [b.startLine, b.endLine])).toEqual([[1, 1], [3, 5], [7, 7]])
    expect(r.blocks[1].html).toBe('<div class="alert alert-note">\n  <div>\n<p>Inside <strong>box</strong></p>\n  </div>\n</div>\n')
  })

  it('uses the front matter given as params for the param shortcode', () => {
    expect(renderEpisode('{{< param "title" >}}', { params: { title: 'Ep <1>' } }).html).toBe('Ep &lt;1&gt;\n')
  })
})

describe('renderEpisode on any text', () => {
  const pieces = ['{{<', '{{%', '>}}', '%}}', '/*', '*/', ' figure ', ' /hl ', ' hl ', 'alert', '"', '`', '=', '\n', '\n\n', '  ', '- ', '1. ', '# ', '```', '<div>', '</div>', '[a](', ')', '*', '_', '~~', ':smile:', 'https://x.com', '---\n', '日本語', 'text']
  it('reports a missing {{< param >}} field as a code with its key, so the window can say it in Japanese', async () => {
    const { checkText } = await import('../../../src/renderer/check-messages')
    const text = '---\ntitle: x\n---\nBy {{< param "guest" >}} and {{< param >}}\n'
    const [missing, noName] = renderEpisode(text, { params: { title: 'x' } }).diagnostics
    expect(missing).toMatchObject({ rule: 'shortcode-param', code: 'shortcode-param.missing', params: { key: 'guest' }, line: 4 })
    expect(missing.message).toBe('The front matter has no "guest" for {{< param >}}.')
    expect(checkText('ja', missing)).toBe('フロントマターに {{< param >}} の "guest" がありません。')
    expect(noName).toMatchObject({ rule: 'shortcode-param', code: 'shortcode-param.no-name' })
  })

  it('never throws, and keeps blocks and diagnostics inside the document', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('')
        const r = renderEpisode(text, { emoji: true, sourceLines: true })
        const lines = text.split('\n').length
        for (const b of r.blocks) expect(b.startLine >= 1 && b.startLine <= b.endLine && b.endLine <= lines).toBe(true)
        for (const d of r.diagnostics) expect(d.from >= 0 && d.from <= d.to && d.to <= text.length && d.line <= lines).toBe(true)
        expect(r.html).toBe(r.blocks.map((b) => b.html).join(''))
      }),
      { numRuns: 400 }
    )
  })
})
