import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { exportMarkdown, type MarkdownExportOptions } from '../../../src/shared/export/markdown'

const fm = '---\n# notes for us\ntitle: "#3 Tape machines"\ndate: 2025-03-01T20:00:00+09:00\nsummary: Reels and hiss.\ndraft: false\n---\n'
const body = (md: string, options: MarkdownExportOptions = {}) => exportMarkdown(fm + '\n' + md, { frontMatter: 'drop', ...options })

describe('markdown export: shortcodes', () => {
  it.each<[string, string, MarkdownExportOptions, string]>([
    ['a figure as <figure>', '{{< figure src="reel.png" title="The **reel**" >}}\n', {}, '\n<figure><img src="reel.png" alt="The reel"><figcaption>The <strong>reel</strong></figcaption></figure>\n'],
    ['a figure with alt, size and class', '{{< figure src="reel.png" alt="A reel" width="300" height="200" class="wide" >}}\n', {}, '\n<figure class="wide"><img src="reel.png" alt="A reel" width="300" height="200"></figure>\n'],
    ['a figure with a link (lightbox off)', '{{< figure src="a.png" lightbox="false" link="https://x.org" >}}\n', {}, '\n<figure><a href="https://x.org"><img src="a.png" alt=""></a></figure>\n'],
    ['a figure as an image with caption', '{{< figure src="reel.png" title="The reel" >}}\n', { figures: 'image' }, '\n![The reel](reel.png)\\\n*The reel*\n'],
    ['an image with a space in its name', '{{< figure src="kato/Untitled 1.png" >}}\n', { figures: 'image' }, '\n![](<kato/Untitled 1.png>)\n'],
    ['a figure in a list item keeps its indentation', '- Gear\n  {{< figure src="a.png" title="Deck" >}}\n- Next\n', { figures: 'image' }, '\n- Gear\n  ![Deck](a.png)\\\n  *Deck*\n- Next\n'],
    ['a figure closes its HTML block before the next item', '- Gear\n  {{< figure src="a.png" >}}\n  - Sub\n', {}, '\n- Gear\n  <figure><img src="a.png" alt=""></figure>\n\n  - Sub\n'],
    ['an alert as the theme renders it', '{{% alert note %}}\nMind the **hiss**.\n{{% /alert %}}\n', {}, ''],
    ['an escaped shortcode is shown literally', 'Write {{</* figure src="x.png" */>}} for figures.\n', {}, '\nWrite {{< figure src="x.png" >}} for figures.\n'],
    ['a heading with {#id} becomes an HTML heading', '## Tape **loops** {#loops .big}\n', {}, '\n<h2 id="loops" class="big">Tape <strong>loops</strong></h2>\n'],
    ['plain Markdown is untouched', '- a\n  - [b](https://x.org)\n\n> quote\n', {}, '\n- a\n  - [b](https://x.org)\n\n> quote\n']
  ])('%s', (_name, input, options, expected) => {
    const { markdown } = body(input, options)
    if (expected) expect(markdown).toBe(expected)
    expect(markdown).not.toMatch(/\{\{[<%] (?!figure src="x)/)
  })

  it('keeps an alert\'s inner Markdown rendering as the site shows it', () => {
    const { markdown } = body('{{% alert note %}}\nMind the **hiss**.\n{{% /alert %}}\n')
    const html = new MarkdownIt({ html: true }).render(markdown)
    expect(html).toContain('alert-note')
    expect(html).toContain('<strong>hiss</strong>')
  })

  it('warns about shortcodes it cannot carry over', () => {
    const { markdown, warnings } = body('Intro\n\n{{< sponsor name="Acme" >}}\n\n{{< figure src="a.png >}}\n')
    expect(warnings).toEqual([
      'Line 11: the shortcode "sponsor" is unknown; it is exported as a labelled box.',
      expect.stringMatching(/^Line 13: .* It is exported as written\.$/)
    ])
    expect(markdown).toContain('data-shortcode="sponsor"')
  })
})

describe('markdown export: URLs', () => {
  const page = { images: 'absolute' as const, pageUrl: 'https://radio.example.org/talk/0003/', baseURL: 'https://radio.example.org/' }
  it.each<[string, string, string]>([
    ['a bundle image', '![reel](reel.png)\n', '![reel](https://radio.example.org/talk/0003/reel.png)'],
    ['an encoded sub-folder image', '![k](kato/Untitled%201.png)\n', '![k](https://radio.example.org/talk/0003/kato/Untitled%201.png)'],
    ['a figure', '{{< figure src="reel.png" >}}\n', '<img src="https://radio.example.org/talk/0003/reel.png" alt="">'],
    ['a library figure under static/img', '{{< figure src="logo.png" library="true" >}}\n', '<img src="https://radio.example.org/img/logo.png" alt="">'],
    ['a link to another episode', '[last week](../0002/)\n', '[last week](https://radio.example.org/talk/0002/)'],
    ['a site path', '[about](/about/)\n', '[about](https://radio.example.org/about/)'],
    ['raw HTML', '<img src="reel.png">\n', '<img src="https://radio.example.org/talk/0003/reel.png">'],
    ['an absolute URL stays', '[x](https://example.org/a)\n', '[x](https://example.org/a)'],
    ['an anchor stays', '[x](#notes)\n', '[x](#notes)']
  ])('%s', (_name, input, expected) => {
    expect(body(input, page).markdown).toContain(expected)
  })

  it('lists the bundle files to copy alongside a relative export', () => {
    const { files } = body('![k](kato/Untitled%201.png)\n{{< figure src="reel.png" >}}\n', { bundleFiles: ['reel.png', 'kato/Untitled 1.png', 'old.png', 'featured.jpg', 'transcript.md'] })
    expect(files).toEqual(['featured.jpg', 'kato/Untitled 1.png', 'reel.png'])
    expect(body('![r](reel.png)\n', { ...page, bundleFiles: ['reel.png'] }).files).toEqual([])
  })

  it('refuses an absolute export without the page URL, in words', () => {
    expect(() => body('x', { images: 'absolute' })).toThrow(/needs the page URL/)
  })
})

describe('markdown export: front matter', () => {
  it('keeps it byte for byte', () => {
    expect(exportMarkdown(fm + '\nBody\n').markdown).toBe(fm + '\nBody\n')
  })

  it('reduces it to title, date and summary, dates as written', () => {
    expect(exportMarkdown(fm + '\nBody\n', { frontMatter: 'reduce' }).markdown).toBe('---\ntitle: "#3 Tape machines"\ndate: 2025-03-01T20:00:00+09:00\nsummary: Reels and hiss.\n---\n\n\nBody\n')
  })

  it('reduces TOML front matter to YAML', () => {
    const toml = '+++\ntitle = "Tape"\ndate = 2025-03-01T20:00:00+09:00\ndraft = true\n+++\nBody\n'
    expect(exportMarkdown(toml, { frontMatter: 'reduce' }).markdown).toMatch(/^---\ntitle: Tape\ndate: (2025-03-01T20:00:00\+09:00|2025-03-01T11:00:00.000Z)\n---\n\nBody\n$/)
  })

  it('drops it', () => {
    expect(exportMarkdown(fm + 'Body\n', { frontMatter: 'drop' }).markdown).toBe('Body\n')
  })
})
