// `shownotes render` over a small invented site on disk: the printed HTML, problems on stderr, the site's emoji and
// player settings, bad input, and the batch mode writing one HTML file per episode.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'

let site: string
let out: string[]
let err: string[]
const io = (): CliIo => ({ out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: site })
const render = (...args: string[]) => main(['render', ...args], io())

function write(path: string, text: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), text)
}

const pilot = `---
title: "#1 Pilot"
draft: false
---
<iframe src="https://anchor.fm/radio/embed/episodes/pilot" height="102px" width="400px" frameborder="0" scrolling="no"></iframe>
<iframe src="https://player.example.net/pilot"></iframe>

## Topics :radio:

* Valves
  {{< figure src="valve 1.png" title="A valve" numbered="true" >}}
* [Schematic](https://example.com/schematic.pdf) <img src=x onerror=alert(1)>

{{% alert note %}}
Unclosed.
`

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-render-'))
  out = []
  err = []
  write('config.toml', 'baseURL = "/"\nenableEmoji = true\n')
  write('content/episode/0001/index.md', pilot)
  write('content/episode/0002/index.md', '---\ntitle: "#2"\n---\nSecond *episode*.\n')
})
afterEach(() => rmSync(site, { recursive: true, force: true }))

describe('shownotes render FILE', () => {
  it('prints the sanitized body HTML with URLs as written and the site emoji', async () => {
    expect(await render('content/episode/0001/index.md')).toBe(0)
    const html = out.join('\n')
    expect(html).toContain('<iframe src="https://anchor.fm/radio/embed/episodes/pilot" height="102px" width="400px" frameborder="0" scrolling="no" sandbox="')
    expect(html).not.toContain('player.example.net')
    expect(html).toContain('<h2 id="topics-radio">Topics 📻</h2>')
    expect(html).toContain('<img src="valve%201.png" alt="">')
    expect(html).not.toContain('onerror')
    expect(err).toEqual(['content/episode/0001/index.md:14:1 error shortcode-unclosed The shortcode "alert" is never closed: add {{% /alert %}} after its content.'])
  })

  it('follows --no-emoji and the player hosts of .shownotes.yaml', async () => {
    write('.shownotes.yaml', 'iframeHosts: [player.example.net]\n')
    expect(await render('content/episode/0001/index.md', '--no-emoji')).toBe(0)
    const html = out.join('\n')
    expect(html).toContain('Topics :radio:')
    expect(html).toContain('<iframe src="https://player.example.net/pilot" sandbox="')
  })

  it('renders a character reference past U+10FFFF, a surrogate or zero as U+FFFD, as a browser shows it', async () => {
    write('content/episode/0003/index.md', '---\ntitle: "#3"\n---\n<a href="&#x110000;">x</a> <a href="/a&#xD800;b" title="&#0;">y</a>\n')
    expect(await render('content/episode/0003/index.md')).toBe(0)
    const links = [...new JSDOM(out.join('\n')).window.document.querySelectorAll('a')]
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('title'), a.textContent])).toEqual([
      ['\uFFFD', null, 'x'],
      ['/a\uFFFDb', '\uFFFD', 'y']
    ])
    expect(err).toEqual([])
  })

  it.each([
    [['content/episode/0009/index.md'], 'does not exist'],
    [['content/episode/0001'], 'is a folder'],
    [['config.toml'], 'not a Markdown file'],
    [[], 'Name the episode file'],
    [['content/episode/0001/index.md', 'content/episode/0002/index.md'], '--out DIR'],
    [['content', '--out', 'public', '--workers', 'many'], '--workers must be']
  ])('%j is refused with a clear message', async (args, words) => {
    expect(await render(...args)).toBe(2)
    expect(err.join('\n')).toContain(words)
  })
})

describe('shownotes render DIR --out OUT', () => {
  it.each([0, 1])('renders every episode into OUT, mirroring the paths (%i workers)', async (workers) => {
    expect(await render('content', '--out', 'public', '--workers', String(workers))).toBe(0)
    expect(out.join('\n')).toMatch(/^Rendered 2 of 2 episodes into public in \d+ ms\.$/)
    expect(readFileSync(join(site, 'public/episode/0002/index.html'), 'utf8')).toBe('<p>Second <em>episode</em>.</p>\n')
    expect(readFileSync(join(site, 'public/episode/0001/index.html'), 'utf8')).toContain('<figcaption data-pre="Figure " data-post=":" class="numbered">A valve</figcaption>')
    expect(existsSync(join(site, 'public/episode/0001/index.md'))).toBe(false)
  })
})
