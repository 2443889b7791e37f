import { describe, it, expect, afterEach } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { siteTrashFolder } from '../../../src/main/services/trash'
import { Workspace } from '../../../src/main/services/workspace'
import { importIntoBundle } from '../../../src/main/services/media'
import { checkEpisode } from '../../../src/shared/checks'
import { sniffMedia } from '../../../src/main/services/media-type'
import { safeFileName } from '../../../src/main/services/folder-name'
import { PNG_BYTES, tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const EP = 'content/talk/0034/index.md'
const BUNDLE = 'content/talk/0034'
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])
const bytes = (s: string) => new TextEncoder().encode(s)

async function open(files: Record<string, string | Uint8Array> = {}) {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, { 'hugo.toml': '', [EP]: '---\ntitle: x\n---\n', 'content/leaf.md': '---\ntitle: leaf\n---\n', ...files })
  const ws = await Workspace.open(site.dir, { dataDir: data.dir, clock: () => new Date('2026-11-24T00:00:00Z') })
  cleanups.push(() => void ws.close())
  return { ws, root: site.dir, dataDir: data.dir, files: () => readdirSync(join(site.dir, BUNDLE)).sort() }
}

describe('what a dropped file is, by its content', () => {
  it.each<[string, Uint8Array, string | null, string | null]>([
    ['PNG', PNG_BYTES, 'image', 'png'],
    ['JPEG', JPEG, 'image', 'jpg'],
    ['GIF', bytes('GIF89a....'), 'image', 'gif'],
    ['WebP', bytes('RIFF\0\0\0\0WEBPVP8 '), 'image', 'webp'],
    ['AVIF', bytes('\0\0\0\x1cftypavif'), 'image', 'avif'],
    ['SVG', bytes('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'image', 'svg'],
    ['MP3 with ID3', bytes('ID3\x03\0\0\0'), 'audio', 'mp3'],
    ['MP3 frame', new Uint8Array([0xff, 0xfb, 0x90, 0x64]), 'audio', 'mp3'],
    ['M4A', bytes('\0\0\0\x20ftypM4A \0'), 'audio', 'm4a'],
    ['WAV', bytes('RIFF\0\0\0\0WAVEfmt '), 'audio', 'wav'],
    ['MP4', bytes('\0\0\0\x20ftypisom\0'), 'video', 'mp4'],
    ['WebM', new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1]), 'video', 'webm'],
    ['PDF', bytes('%PDF-1.7\n'), 'other', 'pdf'],
    ['HTML', bytes('<html><script>alert(1)</script></html>'), null, null],
    ['plain text', bytes('just some notes'), null, null],
    ['a script named .png', bytes('#!/bin/sh\nrm -rf ~\n'), null, null]
  ])('%s', (_name, data, kind, ext) => {
    const type = sniffMedia(data)
    expect(type?.kind ?? null).toBe(kind)
    expect(type?.ext ?? null).toBe(ext)
  })
})

describe('safe file names', () => {
  it.each([
    ['Screen Shot 2026-11-24 at 10.03.png', 'Screen-Shot-2026-11-24-at-10.03.png'],
    ['ホワイトボード.PNG', 'ホワイトボード.png'],
    ['../../etc/passwd.png', 'passwd.png'],
    ['C:\\Users\\kato\\a:b?.png', 'a-b.png'],
    ['con.png', 'con-file.png'],
    ['.hidden.png', 'hidden.png'],
    ['trailing. .png', 'trailing.png'],
    ['.png', 'png'],
    ['', 'file'],
    ['x'.repeat(300) + '.png', 'x'.repeat(120) + '.png'],
    ['photo\u202egnp.png', 'photognp.png'], // a bidi override would make it read "photopng.png"
    ['\u200b\u200b.png', 'png'], // zero-width spaces only: as ".png"
    ['desk\u200b photo.jpg', 'desk-photo.jpg']
  ])('%j → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
  })
})

describe('importing media into a bundle', () => {
  it('drops bidi controls and invisible characters from the name it saves under', async () => {
    const { ws, files } = await open()
    expect(await ws.importMedia(EP, 'cover\u202egnp.exe', PNG_BYTES)).toMatchObject({ name: 'covergnp.png' })
    expect(await ws.importMedia(EP, '\u200b\u2060.png', PNG_BYTES)).toMatchObject({ name: 'png.png' })
    expect(files().filter((f) => /[\p{Default_Ignorable_Code_Point}]/u.test(f))).toEqual([])
  })

  it('saves under a safe, unique name and never overwrites', async () => {
    const { ws, root, files } = await open({ [`${BUNDLE}/photo.PNG`]: bytes('existing') })
    expect(await ws.importMedia(EP, 'Screen Shot 1.png', PNG_BYTES)).toEqual({ name: 'Screen-Shot-1.png', src: 'Screen-Shot-1.png', kind: 'image', sizes: { before: PNG_BYTES.length, after: PNG_BYTES.length } })
    expect(await ws.importMedia(EP, 'Screen Shot 1.png', PNG_BYTES)).toMatchObject({ name: 'Screen-Shot-1-2.png' })
    expect(await ws.importMedia(EP, 'photo.png', PNG_BYTES)).toMatchObject({ name: 'photo-2.png' })
    expect(await ws.importMedia(EP, 'ホワイトボード.png', PNG_BYTES)).toMatchObject({ name: 'ホワイトボード.png', src: encodeURIComponent('ホワイトボード') + '.png' })
    expect(readFileSync(join(root, BUNDLE, 'photo.PNG'), 'utf8')).toBe('existing')
    expect(files()).toEqual(['Screen-Shot-1-2.png', 'Screen-Shot-1.png', 'index.md', 'photo-2.png', 'photo.PNG', 'ホワイトボード.png'])
    expect((await ws.listEpisodes()).find((e) => e.path === EP)?.media).toBe(5)
  })

  it('names the file after what it is', async () => {
    const { ws } = await open()
    expect(await ws.importMedia(EP, 'cover.png', JPEG)).toMatchObject({ name: 'cover.jpg', kind: 'image' })
    expect(await ws.importMedia(EP, 'cover.jpeg', JPEG)).toMatchObject({ name: 'cover.jpeg' })
    expect(await ws.importMedia(EP, 'episode', bytes('ID3\x03\0\0\0'))).toMatchObject({ name: 'episode.mp3', kind: 'audio' })
  })

  it('refuses what is not media, empty files and files over the limit, writing nothing', async () => {
    const { ws, root, files } = await open()
    await expect(ws.importMedia(EP, 'evil.png', bytes('<html><script>alert(1)</script>'))).rejects.toMatchObject({ code: 'bad-media', message: expect.stringContaining('evil.png') })
    await expect(ws.importMedia(EP, 'empty.png', new Uint8Array())).rejects.toMatchObject({ code: 'bad-media' })
    await expect(importIntoBundle(join(root, BUNDLE), 'big.png', new Uint8Array(2048).fill(1), { figures: null, limit: 1024 })).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/1 MB/)
    })
    expect(files()).toEqual(['index.md'])
  })

  it('needs a page bundle', async () => {
    const { ws } = await open()
    await expect(ws.importMedia('content/leaf.md', 'a.png', PNG_BYTES)).rejects.toMatchObject({ code: 'not-a-bundle' })
    expect(await ws.listMedia('content/leaf.md')).toEqual([])
  })
})

describe('listing a bundle’s media', () => {
  it('marks each file used or unused, and lists links to files that are missing', async () => {
    const { ws } = await open({
      [EP]: [
        '---',
        'title: x',
        'url_pdf: slides.pdf',
        '---',
        '{{< figure src="kato/Untitled 1.png" title="raw name" >}}',
        '![encoded](kato/Untitled%202.png)',
        '{{< figure src="missing.png" >}}',
        '![remote](https://example.com/remote.png)',
        '<img src="./inline.gif">',
        '{{</* figure src="escaped-missing.png" */>}}'
      ].join('\n'),
      [`${BUNDLE}/kato/Untitled 1.png`]: PNG_BYTES,
      [`${BUNDLE}/kato/Untitled 2.png`]: PNG_BYTES,
      [`${BUNDLE}/inline.gif`]: bytes('GIF89a'),
      [`${BUNDLE}/featured.jpg`]: JPEG,
      [`${BUNDLE}/slides.pdf`]: bytes('%PDF-1.4'),
      [`${BUNDLE}/outtake.mp3`]: bytes('ID3'),
      [`${BUNDLE}/.DS_Store`]: 'x'
    })
    expect(await ws.listMedia(EP)).toEqual([
      { name: 'featured.jpg', size: 11, kind: 'image', state: 'used' },
      { name: 'inline.gif', size: 6, kind: 'image', state: 'used' },
      { name: 'kato/Untitled 1.png', size: PNG_BYTES.length, kind: 'image', state: 'used' },
      { name: 'kato/Untitled 2.png', size: PNG_BYTES.length, kind: 'image', state: 'used' },
      { name: 'missing.png', size: 0, kind: 'image', state: 'missing' },
      { name: 'outtake.mp3', size: 3, kind: 'audio', state: 'unused' },
      { name: 'slides.pdf', size: 8, kind: 'other', state: 'used' }
    ])
  })

  it('calls files used, unused and missing exactly as the checks do', async () => {
    const text = '---\ntitle: x\n---\n```\n![x](fenced.png)\n```\n<!-- ![y](hidden.png) -->\n{{< figure src="Shots/*.PNG" >}}\n{{< video src="clip.mp4" >}}\n'
    const { ws } = await open({ [EP]: text, [`${BUNDLE}/fenced.png`]: PNG_BYTES, [`${BUNDLE}/hidden.png`]: PNG_BYTES, [`${BUNDLE}/shots/a.png`]: PNG_BYTES })
    const listed = await ws.listMedia(EP)
    expect(listed.map((f) => [f.name, f.kind, f.state])).toEqual([
      ['clip.mp4', 'video', 'missing'],
      ['fenced.png', 'image', 'unused'],
      ['hidden.png', 'image', 'unused'],
      ['shots/a.png', 'image', 'used']
    ])
    const found = checkEpisode(text, { bundleFiles: ['fenced.png', 'hidden.png', 'shots/a.png'], headingIds: [] })
    expect(found.filter((d) => d.rule === 'bundle-file-unused').map((d) => /"([^"]+)"/.exec(d.message)![1])).toEqual(['fenced.png', 'hidden.png'])
    expect(found.filter((d) => d.rule === 'figure-missing-image').map((d) => /"([^"]+)"/.exec(d.message)![1])).toEqual(['clip.mp4'])
  })
})

describe('deleting media', () => {
  it('moves the file to the trash', async () => {
    const { ws, root, dataDir, files } = await open({ [`${BUNDLE}/a.png`]: PNG_BYTES })
    await ws.deleteMedia(EP, 'a.png')
    expect(files()).toEqual(['index.md'])
    expect(existsSync(join(siteTrashFolder(dataDir, root), '2026-11-24T00-00-00-000Z', BUNDLE, 'a.png'))).toBe(true)
  })

  it('refuses the page itself, other bundles’ files and missing files', async () => {
    const { ws, files } = await open({ [`${BUNDLE}/a.png`]: PNG_BYTES, 'content/talk/0035/b.png': PNG_BYTES })
    await expect(ws.deleteMedia(EP, 'index.md')).rejects.toMatchObject({ code: 'not-media' })
    await expect(ws.deleteMedia(EP, '../0035/b.png')).rejects.toMatchObject({ code: 'path-refused' })
    await expect(ws.deleteMedia(EP, '../../../hugo.toml')).rejects.toMatchObject({ code: 'path-refused' })
    await expect(ws.deleteMedia(EP, 'nope.png')).rejects.toMatchObject({ code: 'not-found' })
    expect(files()).toEqual(['a.png', 'index.md'])
  })
})
