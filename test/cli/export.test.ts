// `shownotes export` over a small invented site on disk: every format, one file or a whole folder mirrored under OUT.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'

let site: string
let out: string[]
let err: string[]
const io = (): CliIo => ({ out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: site })
const exportCmd = (...args: string[]) => main(['export', ...args], io())
const read = (p: string) => readFileSync(join(site, p), 'utf8')

function write(path: string, text: string | Uint8Array): void {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), text)
}

/** Each entry's date and local time as the zip's central directory records them (DOS format, two-second steps). */
function zipDates(zip: Uint8Array): Record<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (view.getUint32(end, true) !== 0x06054b50) end--
  const dates: Record<string, string> = {}
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    const [time, date] = [view.getUint16(at + 12, true), view.getUint16(at + 14, true)]
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)))
    const two = (n: number) => String(n).padStart(2, '0')
    dates[name] = `${(date >> 9) + 1980}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return dates
}

function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(site, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort()
}

const episode = (n: number) => `---
title: "#${n} Shortwave"
date: 2024-05-0${n}T20:00:00+09:00
summary: Antennas on the balcony.
---

- 00:00 Intro
- 00:02:10 [Dipoles](https://example.org/dipole)
- 00:15:00 Listener mail

{{< figure src="antenna.png" title="The *balcony* antenna" >}}

See [last week](../0001/).
`

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-export-'))
  out = []
  err = []
  write('hugo.toml', 'baseURL = "https://radio.example.org/"\n')
  for (const n of [1, 2, 3]) {
    write(`content/talk/000${n}/index.md`, episode(n))
    write(`content/talk/000${n}/antenna.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]))
    write(`content/talk/000${n}/unused.png`, new Uint8Array([1]))
  }
  write('content/posts/hello.md', '---\ntitle: Hello\n---\n\nHi [there](https://x.org).\n')
})
afterEach(() => rmSync(site, { recursive: true, force: true }))

describe('shownotes export', () => {
  it('exports a folder as Markdown, mirroring the content tree and copying the used files', async () => {
    expect(await exportCmd('content', '--format', 'markdown', '-o', 'out', '--workers', '0')).toBe(0)
    expect(tree('out')).toEqual(['posts/hello.md', 'talk/0001/antenna.png', 'talk/0001/index.md', 'talk/0002/antenna.png', 'talk/0002/index.md', 'talk/0003/antenna.png', 'talk/0003/index.md'])
    expect(read('out/talk/0002/index.md')).toContain('<figure><img src="antenna.png" alt="The balcony antenna"><figcaption>The <em>balcony</em> antenna</figcaption></figure>')
    expect(out.at(-1)).toBe('Exported 4 of 4 episodes to out.')
    expect(err.at(-1)).toBe('export: 4/4 episodes (100%)')
  })

  it('makes URLs absolute from the site\'s baseURL and permalink', async () => {
    expect(await exportCmd('content/talk/0002', '-f', 'markdown', '--images', 'absolute', '--figures', 'image', '--front-matter', 'drop', '-o', 'out')).toBe(0)
    const md = read('out/0002/index.md')
    expect(md).toContain('![The balcony antenna](https://radio.example.org/talk/0002/antenna.png)\\\n*The *balcony* antenna*')
    expect(md).toContain('[last week](https://radio.example.org/talk/0001/)')
    expect(tree('out')).toEqual(['0002/index.md'])
  })

  it('writes HTML for podcast platforms with the YouTube text and the counts', async () => {
    expect(await exportCmd('content/talk/0001/index.md', '--format', 'html', '-o', 'out/ep1.html')).toBe(0)
    expect(read('out/ep1.html')).toBe('<ul><li>00:00 Intro</li><li>00:02:10 <a href="https://example.org/dipole">Dipoles</a></li><li>00:15:00 Listener mail</li></ul>\n<p><em>The <em>balcony</em> antenna</em></p>\n<p>See <a href="https://radio.example.org/talk/0001/">last week</a>.</p>\n')
    expect(read('out/ep1.youtube.txt')).toContain('- 00:02:10 Dipoles (https://example.org/dipole)')
    expect(out).toContain(`  Apple Podcasts: ${[...read('out/ep1.html')].length - 1} of 4000 characters`)
  })

  it('zips each bundle with only the files it uses', async () => {
    expect(await exportCmd('content/talk', '--format', 'bundle', '-o', 'zips', '--workers', '2')).toBe(0)
    expect(tree('zips')).toEqual(['0001.zip', '0002.zip', '0003.zip'])
    expect(Object.keys(unzipSync(readFileSync(join(site, 'zips/0003.zip')))).sort()).toEqual(['0003/antenna.png', '0003/index.md'])
  })

  it('exports a folder\'s published and scheduled episodes, and says which it skipped and how to add them', async () => {
    write('content/talk/0004/index.md', '---\ntitle: "#4 Draft"\ndraft: true\n---\n\nSoon.\n')
    write('content/talk/0005/index.md', '---\ntitle: "#5 Draft too"\ndraft: true\n---\n\nLater.\n')
    write('content/talk/0006/index.md', '---\ntitle: "#6 Gone"\nexpiryDate: 2020-01-01\n---\n\nOld.\n')
    write('content/talk/0007/index.md', '---\ntitle: "#7 Next week"\ndate: 2099-01-01\n---\n\nFuture.\n')
    expect(await exportCmd('content/talk', '--format', 'markdown', '-o', 'out')).toBe(0)
    expect(tree('out').filter((f) => f.endsWith('index.md'))).toEqual(['0001/index.md', '0002/index.md', '0003/index.md', '0007/index.md'])
    expect(out.at(-1)).toBe('Exported 4 of 4 episodes to out; skipped 2 drafts, 1 expired (add --include drafts,expired to export them).')

    expect(await exportCmd('content/talk', '--format', 'markdown', '-o', 'all', '--include', 'drafts', '--include', 'expired')).toBe(0)
    expect(tree('all').filter((f) => f.endsWith('index.md'))).toHaveLength(7)
    expect(out.at(-1)).toBe('Exported 7 of 7 episodes to all.')

    // An episode named on its own is exported whatever its status.
    expect(await exportCmd('content/talk/0004', '--format', 'markdown', '-o', 'one')).toBe(0)
    expect(tree('one')).toEqual(['0004/index.md'])
    expect(await exportCmd('content/talk', '--format', 'html', '-o', 'x', '--include', 'everything')).toBe(2)
    expect(err.at(-1)).toMatch(/--include takes drafts and\/or expired, not "everything"/)
  })

  it('dates each zip entry as its file is dated on disk, not 2000-01-01', async () => {
    const when = (iso: string) => new Date(iso)
    utimesSync(join(site, 'content/talk/0003/index.md'), when('2024-05-03T21:15:42'), when('2024-05-03T21:15:42'))
    utimesSync(join(site, 'content/talk/0003/antenna.png'), when('2023-11-20T08:05:10'), when('2023-11-20T08:05:10'))
    expect(await exportCmd('content/talk/0003', '--format', 'bundle', '-o', 'zips')).toBe(0)
    expect(zipDates(readFileSync(join(site, 'zips/0003.zip')))).toEqual({ '0003/index.md': '2024-05-03 21:15:42', '0003/antenna.png': '2023-11-20 08:05:10' })
  })

  it('writes chapters as JSON and a YouTube list, and skips episodes without any', async () => {
    expect(await exportCmd('content', '--format', 'chapters', '-o', 'ch')).toBe(0)
    expect(tree('ch')).toEqual(['talk/0001.chapters.json', 'talk/0001.youtube-chapters.txt', 'talk/0002.chapters.json', 'talk/0002.youtube-chapters.txt', 'talk/0003.chapters.json', 'talk/0003.youtube-chapters.txt'])
    expect(JSON.parse(read('ch/talk/0001.chapters.json')).chapters[1]).toEqual({ startTime: 130, title: 'Dipoles', url: 'https://example.org/dipole' })
    expect(read('ch/talk/0001.youtube-chapters.txt')).toBe('00:00 Intro\n02:10 Dipoles\n15:00 Listener mail\n')
    expect(err.join('\n')).toContain('content/posts/hello.md: No chapters found')
    expect(out.at(-1)).toBe('Exported 3 of 4 episodes to ch; 1 with warnings.')
  })

  it.each([
    [['content'], /-o OUT/],
    [['content', '-o', 'x'], /--format is required/],
    [['content', '-o', 'x', '--format', 'pdf'], /--format must be markdown, html, bundle or chapters, not "pdf"/],
    [['content', '-o', 'x', '--format', 'markdown', '--images', 'cdn'], /--images must be relative or absolute/],
    [['content', '-o', 'content/export', '--format', 'markdown'], /is inside the content folder/],
    [['nowhere', '-o', 'x', '--format', 'html'], /"nowhere" does not exist/]
  ])('exits 2 on bad usage: %j', async (args, message) => {
    expect(await exportCmd(...args)).toBe(2)
    expect(err.join('\n')).toMatch(message)
    expect(existsSync(join(site, 'x'))).toBe(false)
  })

  it('says why an absolute export fails when the site has no baseURL', async () => {
    write('hugo.toml', 'title = "No base"\n')
    expect(await exportCmd('content/talk/0001', '-f', 'markdown', '--images', 'absolute', '-o', 'out')).toBe(1)
    expect(err.join('\n')).toMatch(/content\/talk\/0001\/index.md: not exported: The site has no baseURL/)
  })
})
