// XSS payloads from past Electron Markdown editor advisories, run through the real pipeline (render, then the Node
// sanitizer block by block): no script, no handler, no dangerous URL and no unknown iframe may come out.
import { describe, it, expect } from 'vitest'
import { JSDOM } from 'jsdom'
import { renderEpisode } from '../../src/shared/render/render-episode'
import { createNodeSanitizer, jsdomLowerCaseNames, sanitizeBlocks } from '../../src/main/services/node-sanitizer'
import { iframeSandbox } from '../../src/shared/sanitize-policy'
import { createSanitizer } from '../../src/shared/sanitize'
import { defaultIframeHosts } from '../../src/shared/iframe-hosts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { normalizedBlocks } from '../hugo-site/normalize-html'
import { parseFixtures } from './render/fixture-file'

const sanitizer = createNodeSanitizer()
const clean = (markdown: string) => sanitizeBlocks(sanitizer, renderEpisode(markdown).blocks)

const payloads: [string, string][] = [
  ['onerror image', '<img src=x onerror=alert(1)>'],
  ['onerror image in a paragraph', 'text <img src=x onerror="alert(1)"> text'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg xlink javascript', '<svg><a xlink:href="javascript:alert(1)"><text y="10">x</text></a></svg>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe srcdoc on a known host', '<iframe src="https://anchor.fm/x" srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe javascript', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe data', '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>'],
  ['iframe unknown host', '<iframe src="https://evil.example/player"></iframe>'],
  ['iframe host suffix trick', '<iframe src="https://anchor.fm.evil.example/x"></iframe>'],
  ['iframe known host in query', '<iframe src="https://evil.example/?u=https://anchor.fm/"></iframe>'],
  ['iframe plain http', '<iframe src="http://anchor.fm/x"></iframe>'],
  ['iframe sandbox escape', '<iframe src="https://open.spotify.com/embed/x" sandbox="allow-top-navigation allow-scripts" onload="alert(1)"></iframe>'],
  ['markdown javascript link', '[x](javascript:alert(1))'],
  ['entity-encoded javascript link', '[x](jav&#x61;script:alert(1))'],
  ['decimal-entity javascript link', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['tab inside the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['upper-case scheme', '[x](JAVASCRIPT:alert(1))'],
  ['leading space', '<a href=" javascript:alert(1)">x</a>'],
  ['vbscript link', '[x](vbscript:msgbox(1))'],
  ['data html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data svg link', '<a href="data:image/svg+xml,<svg onload=alert(1)>">x</a>'],
  ['javascript image', '![x](javascript:alert(1))'],
  ['javascript autolink', '<javascript:alert(1)>'],
  ['reference-style javascript link', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['mermaid diagram with an image', '{{< diagram >}}\ngraph TD; A["<img src=x onerror=alert(1)>"]\n{{< /diagram >}}'],
  ['mermaid diagram with a script', '{{< diagram >}}<script>alert(1)</script>{{< /diagram >}}'],
  ['mermaid code block', '```mermaid\ngraph TD; A["<img src=x onerror=alert(1)>"]\n```'],
  ['inline math', 'Math $<img src=x onerror=alert(1)>$ here'],
  ['display math', '$$\n<svg onload=alert(1)>\n$$'],
  ['katex href', '$\\href{javascript:alert(1)}{x}$'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base', '<base href="javascript:alert(1)//">'],
  ['form', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['formaction', '<button formaction="javascript:alert(1)">go</button>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['video source onerror', '<video><source onerror="alert(1)"></video>'],
  ['data video', '<video src="data:video/mp4;base64,AAAA"></video>'],
  ['style tag', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['link import', '<link rel="import" href="https://evil.example/x.html">'],
  ['script tag', '<script>alert(1)</script>'],
  ['script src', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['mXSS math/style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['figure shortcode', '{{< figure src="javascript:alert(1)" link="javascript:alert(2)" lightbox="false" title="<img src=x onerror=alert(3)>" >}}'],
  ['figure caption HTML', '{{< figure src="a.png" title="<svg onload=alert(1)>" >}}'],
  ['youtube id breaking out', '{{< youtube id="x\\" onload=\\"alert(1)" >}}'],
  ['hl inner HTML', '{{< hl >}}<img src=x onerror=alert(1)>{{< /hl >}}'],
  ['video shortcode', '{{< video src="javascript:alert(1)" controls="yes" >}}'],
  ['unknown shortcode inner', '{{% box %}}<img src=x onerror=alert(1)>{{% /box %}}'],
  ['heading attribute handler', '## Hello {onclick=alert(1) #ok}'],
  ['heading id clobbering the document', '## Cookie {#cookie}\n\n## location'],
  ['input other than a check box', '<input type="image" src="x" onerror="alert(1)"><input type="text" value="x">'],
  ['task list', '- [x] done <img src=x onerror=alert(1)>']
]

const forbiddenElements = ['script', 'style', 'base', 'meta', 'link', 'form', 'embed', 'object', 'frame', 'frameset', 'applet']
const dangerous = /^(?:javascript|vbscript|data):/i

function problems(html: string): string[] {
  const found: string[] = []
  const doc = new JSDOM(`<body>${html}</body>`).window.document
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.localName
    if (forbiddenElements.includes(tag)) found.push(`<${tag}>`)
    if (tag === 'input' && (el.getAttribute('type') !== 'checkbox' || !el.hasAttribute('disabled'))) found.push('input')
    if (tag === 'iframe') {
      const src = new URL(el.getAttribute('src') ?? 'about:blank')
      if (src.protocol !== 'https:' || !defaultIframeHosts.some((h) => src.hostname === h || src.hostname.endsWith('.' + h))) found.push(`iframe ${src}`)
      if (el.getAttribute('sandbox') !== iframeSandbox) found.push('iframe without the sandbox')
    }
    if ((tag === 'h2' || tag === 'p') && ['cookie', 'location', 'domain'].includes(el.id)) found.push(`clobbering id ${el.id}`)
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`)
      if (attr.name === 'srcdoc' || attr.name === 'formaction') found.push(`${tag}[${attr.name}]`)
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL's scheme
      const value = attr.value.replace(/[\u0000-\u0020]/g, '')
      if (dangerous.test(value) && !(tag === 'img' && attr.name === 'src' && /^data:image\//i.test(value))) found.push(`${tag}[${attr.name}=${attr.value}]`)
    }
  }
  if (/<script/i.test(html)) found.push('<script> in the text')
  return found
}

describe('sanitizing rendered episodes', () => {
  it.each(payloads)('%s', (_name, markdown) => {
    const html = clean(markdown)
    expect(problems(html)).toEqual([])
  })

  it('keeps the player iframes of known hosts, always sandboxed', () => {
    const html = clean('<iframe src="https://anchor.fm/show/embed/episodes/ep-1" height="102px" width="400px" frameborder="0" scrolling="no"></iframe>')
    expect(html).toBe(`<iframe src="https://anchor.fm/show/embed/episodes/ep-1" height="102px" width="400px" frameborder="0" scrolling="no" sandbox="${iframeSandbox}"></iframe>`)
    expect(clean('{{< youtube w7Ft2ymGmfc >}}')).toContain('src="https://www.youtube.com/embed/w7Ft2ymGmfc"')
  })

  it('takes more player hosts from the settings', () => {
    const frame = '<iframe src="https://player.example.org/e/1"></iframe>'
    expect(clean(frame)).not.toContain('iframe')
    const custom = createNodeSanitizer({ iframeHosts: [...defaultIframeHosts, 'player.example.org'] })
    expect(sanitizeBlocks(custom, renderEpisode(frame).blocks)).toContain('src="https://player.example.org/e/1"')
  })

  it('keeps data: images, ordinary links, figures and task lists as they are', () => {
    const md = '![dot](data:image/png;base64,iVBORw0KGgo=) [site](https://example.com) [mail](mailto:a@example.com) [rel](notes/a.md)\n\n{{< figure src="a b.png" title="Cap" numbered="true" >}}\n\n- [x] done\n'
    const rendered = renderEpisode(md)
    expect(sanitizeBlocks(sanitizer, rendered.blocks)).toBe(rendered.html)
  })

  it('allows the app media scheme only when asked', () => {
    const html = renderEpisode('![a](a.png)', { resolveUrl: (u) => `shownotes-media://bundle/${u}` }).html
    expect(sanitizer.sanitize(html)).toBe('<p><img alt="a"></p>\n')
    expect(createNodeSanitizer({ urlSchemes: ['shownotes-media'] }).sanitize(html)).toBe(html)
  })
})

describe('the fast path for plain markup', () => {
  const full = createNodeSanitizer({ fastPath: false })
  const fixtures = new URL('./render/fixtures/', import.meta.url)
  const corpus = resolve(__dirname, '../../..', 'shared/corpus/episodes')
  const texts: [string, string][] = []
  for (const f of readdirSync(fixtures)) parseFixtures(readFileSync(new URL(f, fixtures), 'utf8')).forEach((c) => texts.push([`${f}: ${c.name}`, c.input]))
  if (existsSync(corpus)) for (const g of readdirSync(corpus)) for (const f of readdirSync(join(corpus, g))) texts.push([`corpus ${g}/${f}`, readFileSync(join(corpus, g, f), 'utf8')])

  it.each(texts)('gives what the DOM pass gives: %s', (_name, text) => {
    const blocks = renderEpisode(text, { emoji: true }).blocks
    expect(normalizedBlocks(sanitizeBlocks(sanitizer, blocks))).toEqual(normalizedBlocks(sanitizeBlocks(full, blocks)))
  })

  it('treats ids that would shadow document properties like the DOM pass, with or without a window at hand', () => {
    const md = '## Links\n\n## Show notes\n\n## 日本語\n\n## Hiring\n'
    const blocks = renderEpisode(md).blocks
    const withWindow = createSanitizer(new JSDOM('').window)
    const expected = '<h2>Links</h2>\n<h2 id="show-notes">Show notes</h2>\n<h2 id="日本語">日本語</h2>\n<h2 id="hiring">Hiring</h2>\n'
    expect(sanitizeBlocks(withWindow, blocks)).toBe(expected)
    expect(sanitizeBlocks(sanitizer, blocks)).toBe(expected)
    expect(sanitizeBlocks(full, blocks)).toBe(expected)
  })

  it('knows every lower-case name the installed jsdom document or form answers to', () => {
    const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>')
    const names = new Set<string>()
    for (const start of [window.document, window.document.createElement('form')]) {
      for (let o: object | null = start; o; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) names.add(n)
    }
    const missing = [...names].filter((n) => /^[a-z_$][a-z0-9_$]*$/.test(n) && !/^on[a-z]+$/.test(n) && !jsdomLowerCaseNames.has(n))
    expect(missing).toEqual([])
  })

  it('is taken by most blocks of a real episode', () => {
    const blocks = renderEpisode(texts.find(([n]) => n.includes('34-reinvent'))?.[1] ?? '# a\n\ntext').blocks
    const plain = blocks.filter((b) => sanitizer.sanitize(b.html) === b.html)
    expect(plain.length / blocks.length).toBeGreaterThan(0.9)
  })
})
