// `shownotes check` over a small invented site on disk: output lines, JSON, exit codes, folder walking, site config.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'

let site: string
let out: string[]
let err: string[]
const io = (): CliIo => ({ out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: site })
const check = (...args: string[]) => main(['check', ...args], io())

function write(path: string, text: string | Buffer): void {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), text)
}

const good = `---
title: "#1 Pilot"
date: 2024-04-01T20:00:00+09:00
summary: Two friends start a podcast about repairing radios.
draft: false
---

{{< figure src="radio.png" title="The first radio" >}}
`
const broken = `---
title: ""
date: 2024-04-08T20:00:00+09:00
summary: Valves.
---

{{< figure src="valve.png" >}}

[notes]()
`

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-check-'))
  out = []
  err = []
  write('hugo.toml', 'baseURL = "https://radio.example.org/"\ntitle = "Radio"\n')
  write('content/talk/0001/index.md', good)
  write('content/talk/0001/radio.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  write('content/talk/0002/index.md', broken)
  write('content/talk/_index.md', '---\ntitle: ""\n---\n')
  write('content/notes.md', good.replace('{{< figure src="radio.png" title="The first radio" >}}', 'Text only.'))
  write('content/node_modules/x/index.md', broken)
  write('content/.hidden/index.md', broken)
  write('archetypes/talk.md', '---\ntitle: "{{ .Name }}"\n---\n')
})
afterEach(() => rmSync(site, { recursive: true, force: true }))

describe('shownotes check', () => {
  it('prints file:line:col severity rule message and exits 1 on errors', async () => {
    expect(await check('content')).toBe(1)
    expect(out).toEqual([
      'content/talk/0002/index.md:2:1 error title-missing The title is empty: episode lists and podcast apps would show this episode without a name.',
      'content/talk/0002/index.md:7:17 error figure-missing-image The figure "valve.png" is not in this episode\'s folder, so the page will show a broken image.',
      'content/talk/0002/index.md:9:1 warning link-empty The link "notes" has no address: readers click and nothing happens. Add the URL between the parentheses, or remove the link.'
    ])
    expect(err).toEqual(['3 episodes checked: 2 errors, 1 warning, 0 notes.'])
  })

  it('exits 0 when only warnings or nothing are found', async () => {
    expect(await check('content/talk/0001/index.md')).toBe(0)
    expect(out).toEqual([])
    expect(await check('content/talk/0001')).toBe(0)
  })

  it('writes a JSON array with --format json', async () => {
    expect(await check('--format', 'json', 'content/talk/0002')).toBe(1)
    const list = JSON.parse(out.join('\n'))
    expect(list).toHaveLength(3)
    expect(list[1]).toMatchObject({ file: 'content/talk/0002/index.md', line: 7, column: 17, severity: 'error', rule: 'figure-missing-image' })
    expect(typeof list[1].from).toBe('number')
  })

  it('walks only the content folders from the site root (not archetypes)', async () => {
    await check('--format', 'json', '.')
    const files = new Set(JSON.parse(out.join('\n')).map((p: { file: string }) => p.file))
    expect([...files]).toEqual(['content/talk/0002/index.md'])
  })

  it('applies the site\'s .shownotes.yaml', async () => {
    write('.shownotes.yaml', 'rules:\n  title-missing: warning\n  figure-missing-image: off\n')
    expect(await check('content')).toBe(0)
    expect(out.map((l) => l.split(' ')[0] + ' ' + l.split(' ')[1] + ' ' + l.split(' ')[2])).toEqual([
      'content/talk/0002/index.md:2:1 warning title-missing',
      'content/talk/0002/index.md:9:1 warning link-empty'
    ])
  })

  it('reports a bad .shownotes.yaml as an error of that file', async () => {
    write('.shownotes.yaml', 'summaryLimit: lots\n')
    expect(await check('content/talk/0001')).toBe(1)
    expect(out[0]).toMatch(/^\.shownotes\.yaml:1:15 error check-config summaryLimit must be a whole number/)
  })

  it('reports a Hugo config that Hugo cannot read as an error of that file, and still checks the episodes', async () => {
    write('hugo.toml', 'baseURL = "https://radio.example.org/"\ntitle = = "Radio"\n')
    expect(await check('content/talk/0001')).toBe(1)
    expect(out[0]).toMatch(/^hugo\.toml:2:\d+ error site-config Hugo cannot read the site config hugo\.toml/)
    expect(out.slice(1).every((l) => l.startsWith('content/talk/0001/index.md'))).toBe(true)
  })

  it.each([
    [[], /name at least one episode/],
    [['--format', 'xml', 'content'], /--format must be text or json/],
    [['--bogus', 'content'], /Unknown option '--bogus'/],
    [['missing-folder'], /"missing-folder" does not exist/],
    [['hugo.toml'], /not a Markdown file/]
  ])('exits 2 on bad usage: %j', async (args, message) => {
    expect(await check(...args)).toBe(2)
    expect(err.join('\n')).toMatch(message)
  })

  it('gives the same results with worker threads', async () => {
    const inProcess = (await check('--format', 'json', '--workers', '0', 'content'), out.splice(0))
    expect(await check('--format', 'json', '--workers', '2', 'content')).toBe(1)
    expect(out).toEqual(inProcess)
  })
})

describe('shownotes check on the photos of a bundle', () => {
  it('warns about a photo with a GPS position and notes one over the size limit', async () => {
    const { phoneJpeg } = await import('../fixtures/images')
    write('content/talk/0001/index.md', good.replace('radio.png', 'radio.jpg'))
    write('content/talk/0001/radio.jpg', Buffer.from(await phoneJpeg(3000, 2000)))
    await check('content/talk/0001')
    expect(out.filter((l) => l.includes('figure-'))).toEqual([
      'content/talk/0001/index.md:8:17 warning figure-has-location The photo "radio.jpg" records where it was taken (GPS): every listener who opens it can read the place. Remove the location before publishing.',
      'content/talk/0001/index.md:8:17 info figure-too-large The photo "radio.jpg" is 3000×2000 pixels, over the limit of 2560 on its long edge: it makes the page slow and the site\'s repository larger for good.'
    ])
  })
})
