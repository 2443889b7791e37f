import { describe, it, expect, afterEach } from 'vitest'
import { existsSync, linkSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Workspace } from '../../../src/main/services/workspace'
import { restoreFromSiteTrash, siteTrashFolder } from '../../../src/main/services/trash'
import { readEpisodeText } from '../../../src/main/services/front-matter-reader'
import { formatGoTime } from '../../../src/shared/archetype'
import { PNG_BYTES, episodeText, tempDir, writeTree } from '../../fixtures/site'

const now = new Date('2026-11-24T01:03:00Z')
const clock = () => now
const localDate = formatGoTime(now, '2006-01-02T15:04:05Z07:00', -now.getTimezoneOffset())
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function open(files: Record<string, string | Uint8Array>, trash?: (abs: string) => Promise<string | null>) {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, files)
  const ws = await Workspace.open(site.dir, { dataDir: data.dir, clock, trash })
  cleanups.push(() => void ws.close())
  return { ws, root: site.dir, dataDir: data.dir, read: (rel: string) => readFileSync(join(site.dir, rel), 'utf8') }
}

const site = (extra: Record<string, string | Uint8Array> = {}) => ({
  'hugo.toml': '',
  'content/podcast/0034/index.md': episodeText({ number: 35 }),
  'content/podcast/0033/index.md': episodeText({ number: 33 }),
  'content/blog/hello.md': '---\ntitle: "#99 not an episode number for the podcast"\n---\n',
  ...extra
})

describe('a new episode', () => {
  it('uses the built-in talk template: next number, date now with the local offset, a draft', async () => {
    const { ws, read } = await open(site())
    const created = await ws.createEpisode({})
    expect(created).toMatchObject({ path: 'content/podcast/0036/index.md', section: 'podcast', title: '#36 ', number: 36, status: 'draft', bundle: true })
    const text = read(created.path)
    expect(text).toContain('title: "#36 "\n')
    expect(text).toContain(`date: ${localDate}\n`)
    expect(text).toContain('# Cover image: put a file named featured.jpg')
    expect(readEpisodeText(text)).toMatchObject({ problems: 0, data: { draft: true, date: localDate, publishDate: localDate } })
  })

  it.each([
    ['AWS News & more', '0036-aws-news-more', '#36 AWS News & more'],
    ['AWSのニュース', '0036-aws', '#36 AWSのニュース'],
    ['クラウドの話', '0036', '#36 クラウドの話'],
    ['#40 Special guest', '0040-special-guest', '#40 Special guest'],
    ['Café crème: what’s new?', '0036-cafe-creme-what-s-new', '#36 Café crème: what’s new?']
  ])('titled %j goes in %s', async (title, folder, fullTitle) => {
    const { ws } = await open(site())
    const created = await ws.createEpisode({ title })
    expect(created.path).toBe(`content/podcast/${folder}/index.md`)
    expect(created.title).toBe(fullTitle)
  })

  it('never reuses a folder', async () => {
    const { ws } = await open(site({ 'content/podcast/0036/notes.txt': 'someone else’s' }))
    expect((await ws.createEpisode({})).path).toBe('content/podcast/0036-2/index.md')
  })

  it('fills the section’s archetype and sets title, date and draft', async () => {
    const { ws, read } = await open(
      site({
        'archetypes/podcast.md': [
          '---',
          '# from the site archetype',
          'title: "{{ replace .Name "-" " " | title }}"',
          'date: {{ .Date }}',
          'slug: {{ .Name }}',
          'kind: {{ .Type }}',
          'year: "{{ now.Format "2006" }}"',
          'draft: false  # keep this comment',
          '---',
          '',
          'Episode {{ .Name }}.',
          ''
        ].join('\n')
      })
    )
    const created = await ws.createEpisode({ title: 'Edge workers' })
    expect(read(created.path)).toBe(
      [
        '---',
        '# from the site archetype',
        'title: "#36 Edge workers"',
        `date: ${localDate}`,
        'slug: 0036-edge-workers',
        'kind: podcast',
        'year: "2026"',
        'draft: true  # keep this comment',
        '---',
        '',
        'Episode 0036-edge-workers.',
        ''
      ].join('\n')
    )
  })

  it('copies a bundle archetype folder', async () => {
    const { ws, root, read } = await open(
      site({
        'archetypes/podcast/index.md': '---\ntitle: x\n---\n{{ .Name }}\n',
        'archetypes/podcast/featured.png': PNG_BYTES,
        'archetypes/podcast/notes/show-prep.md': 'not filled: only top-level pages are',
        'archetypes/podcast/links.md': 'Links for {{ .Name }}'
      })
    )
    const created = await ws.createEpisode({ title: 'Bundle' })
    const dir = join(root, 'content/podcast/0036-bundle')
    expect(readdirSync(dir).sort()).toEqual(['featured.png', 'index.md', 'links.md', 'notes'])
    expect(read('content/podcast/0036-bundle/links.md')).toBe('Links for 0036-bundle')
    expect(read(created.path)).toBe(`---\ntitle: "#36 Bundle"\ndate: ${localDate}\ndraft: true\n---\n0036-bundle\n`)
    expect(created.media).toBe(1)
  })

  it('falls back to default.md (TOML here), then to the theme’s archetypes', async () => {
    const toml = await open(site({ 'archetypes/default.md': '+++\ntitle = "{{ .Name }}"\ndraft = false\n[params]\ndate = "not this one"\n+++\n' }))
    const a = await toml.ws.createEpisode({ section: 'blog', title: 'Hello again' })
    expect(a.path).toBe('content/blog/0100-hello-again/index.md')
    expect(toml.read(a.path)).toBe(`+++\ntitle = "#100 Hello again"\ndraft = true\ndate = ${localDate}\n[params]\ndate = "not this one"\n+++\n`)

    const theme = await open(site({ 'hugo.toml': 'theme = "academic"\n', 'themes/academic/archetypes/talk/index.md': '---\n# theme talk\ntitle:\ndraft: false\n---\n' }))
    const b = await theme.ws.createEpisode({ section: 'talk' })
    expect(theme.read(b.path)).toBe(`---\n# theme talk\ntitle: "#1 "\ndraft: true\ndate: ${localDate}\n---\n`)
  })

  it('goes at the top of a plain folder, and refuses a section name that is not a folder name', async () => {
    const plain = await open({ 'notes/0001/index.md': episodeText({ number: 1 }), '0002/index.md': episodeText({ number: 2 }) })
    expect((await plain.ws.createEpisode({ section: '' })).path).toBe('0003/index.md')
    await expect(plain.ws.createEpisode({ section: 'a:b' })).rejects.toMatchObject({ code: 'bad-name' })
    await expect(plain.ws.createEpisode({ section: '../up' })).rejects.toThrow()
  })
})

describe('renaming, duplicating and deleting', () => {
  it('renames a bundle folder and a leaf file', async () => {
    const { ws, root } = await open(site())
    const renamed = await ws.renameEpisode('content/podcast/0034/index.md', '0034-recap')
    expect(renamed).toMatchObject({ path: 'content/podcast/0034-recap/index.md', number: 35 })
    expect(existsSync(join(root, 'content/podcast/0034'))).toBe(false)
    expect((await ws.renameEpisode('content/blog/hello.md', 'hello-world')).path).toBe('content/blog/hello-world.md')
  })

  it.each([
    ['\u200b', 'invisible characters'],
    ['0034\u200b', 'invisible characters'],
    ['recap\u202e3400', 'direction of the text'],
    ['\u2066x\u2069', 'direction of the text']
  ])('refuses the name %j (%s) and renames nothing', async (name, words) => {
    const { ws, root } = await open(site())
    const refused = ws.renameEpisode('content/podcast/0034/index.md', name)
    await expect(refused).rejects.toMatchObject({ code: 'bad-name' })
    await expect(refused).rejects.toThrow(words)
    expect(readdirSync(join(root, 'content/podcast')).sort()).toEqual(['0033', '0034'])
  })

  it('refuses a new episode in a section named with invisible or bidi characters', async () => {
    const { ws, root } = await open(site())
    await expect(ws.createEpisode({ section: '\u200b' })).rejects.toMatchObject({ code: 'bad-name' })
    await expect(ws.createEpisode({ section: 'content/talk\u202e' })).rejects.toMatchObject({ code: 'bad-name' })
    expect(readdirSync(join(root, 'content')).sort()).toEqual(['blog', 'podcast'])
  })

  it('never renames over something else', async () => {
    const { ws, read } = await open(site())
    await expect(ws.renameEpisode('content/podcast/0034/index.md', '0033')).rejects.toMatchObject({ code: 'exists' })
    expect(read('content/podcast/0033/index.md')).toContain('#33')
    expect(read('content/podcast/0034/index.md')).toContain('#35')
  })

  it.each(['a/b', 'con', 'LPT1.md', '.hidden', 'ends-with-dot.', 'what?', '', '..'])('refuses the name %j', async (name) => {
    const { ws } = await open(site())
    await expect(ws.renameEpisode('content/podcast/0034/index.md', name)).rejects.toMatchObject({ code: 'bad-name' })
  })

  it('renames when only the letter case changes, even where the disk sees both names as one file', async () => {
    const { ws, root } = await open(site({ 'content/blog/Pilot.md': '---\ntitle: Pilot\n---\n' }))
    expect((await ws.renameEpisode('content/blog/Pilot.md', 'pilot')).path).toBe('content/blog/pilot.md')
    // A case-insensitive disk reports the new name as the same file: simulated with a hard link.
    linkSync(join(root, 'content/blog/pilot.md'), join(root, 'content/blog/PILOT.md'))
    await ws.renameEpisode('content/blog/pilot.md', 'PILOT')
    expect(readdirSync(join(root, 'content/blog')).sort()).toEqual(['PILOT.md', 'hello.md'])
  })

  it('duplicates as a draft marked (copy), with the bundle’s files', async () => {
    const { ws, root, read } = await open(site({ 'content/podcast/0034/cover.png': PNG_BYTES }))
    const copy = await ws.duplicateEpisode('content/podcast/0034/index.md')
    // The copy is the section's next episode (#36 after #35 and #33), as New episode would number it.
    expect(copy).toMatchObject({ path: 'content/podcast/0034-copy/index.md', title: '#36 Talking about edge workers (copy)', number: 36, status: 'draft', media: 1 })
    expect(read(copy.path)).toContain('draft: true')
    expect(readdirSync(join(root, 'content/podcast/0034-copy')).sort()).toEqual(['cover.png', 'index.md'])
    expect(await ws.duplicateEpisode('content/podcast/0034/index.md')).toMatchObject({ path: 'content/podcast/0034-copy-2/index.md', number: 37 })
    expect((await ws.duplicateEpisode('content/blog/hello.md')).path).toBe('content/blog/hello-copy.md')
  })

  it('numbers a copy through its `episode` field when the title has no number, and leaves unnumbered ones so', async () => {
    const { ws, read } = await open(site({
      'content/show/a/index.md': '---\ntitle: Pilot\nepisode: 7\n---\n',
      'content/show/b/index.md': '---\ntitle: "第8回 ラジオ"\n---\n',
      'content/notes/n/index.md': '---\ntitle: Notes\n---\n'
    }))
    const copy = await ws.duplicateEpisode('content/show/a/index.md')
    expect(copy).toMatchObject({ title: 'Pilot (copy)', number: 9 })
    expect(read(copy.path)).toContain('episode: 9\n')
    expect(await ws.duplicateEpisode('content/show/b/index.md')).toMatchObject({ title: '第10回 ラジオ (copy)', number: 10 })
    expect(await ws.duplicateEpisode('content/notes/n/index.md')).toMatchObject({ title: 'Notes (copy)', number: null })
  })

  it('deletes into the site\'s trash in the data folder (never inside the site, where git would commit it), from where it can be restored', async () => {
    const { ws, root, dataDir } = await open(site())
    const { trashedTo } = await ws.deleteEpisode('content/podcast/0034/index.md')
    expect(trashedTo).toBe('2026-11-24T01-03-00-000Z/content/podcast/0034')
    expect(existsSync(join(siteTrashFolder(dataDir, root), trashedTo!, 'index.md'))).toBe(true)
    expect(readdirSync(root).sort()).toEqual(['content', 'hugo.toml'])
    expect((await ws.listEpisodes()).map((e) => e.path)).not.toContain('content/podcast/0034/index.md')
    await expect(restoreFromSiteTrash(dataDir, root, '../../../etc/passwd')).rejects.toMatchObject({ code: 'path-refused' })
    expect(await restoreFromSiteTrash(dataDir, root, trashedTo!)).toBe('content/podcast/0034')
    expect((await ws.listEpisodes()).map((e) => e.path)).toContain('content/podcast/0034/index.md')
    await expect(ws.deleteEpisode('content/podcast/0099/index.md')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('uses the OS trash when given one', async () => {
    const trashed: string[] = []
    const { ws, root } = await open(site(), async (abs) => {
      trashed.push(abs)
      return 'Trash/0034'
    })
    expect(await ws.deleteEpisode('content/podcast/0034/index.md')).toEqual({ trashedTo: 'Trash/0034' })
    expect(trashed).toEqual([join(root, 'content/podcast/0034')])
  })
})
