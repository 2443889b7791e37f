import { describe, it, expect, afterEach } from 'vitest'
import { readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Workspace } from '../../../src/main/services/workspace'
import { PNG_BYTES, episodeText, tempDir, writeTree } from '../../fixtures/site'

const clock = () => new Date('2026-11-24T01:00:00Z')
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function folders() {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  return { root: site.dir, dataDir: data.dir }
}

async function list(root: string, dataDir: string) {
  const ws = await Workspace.open(root, { dataDir, clock })
  try {
    return { ws, episodes: await ws.listEpisodes() }
  } finally {
    await ws.close()
  }
}

const paths = (episodes: { path: string }[]) => episodes.map((e) => e.path).sort()

describe('opening a folder', () => {
  it.each([
    ['hugo.toml', 'title = "x"\n'],
    ['hugo.yaml', 'title: x\n'],
    ['hugo.json', '{"title": "x"}'],
    ['config.toml', 'title = "x"\n'],
    ['config.yml', 'title: x\n'],
    ['config/_default/hugo.toml', 'title = "x"\n'],
    ['config/_default/config.yaml', 'title: x\n']
  ])('detects a Hugo site by %s', async (file, text) => {
    const { root, dataDir } = folders()
    writeTree(root, { [file]: text, 'content/talk/0001/index.md': episodeText({ number: 1 }) })
    const { ws, episodes } = await list(root, dataDir)
    expect(ws.info).toMatchObject({ isHugoSite: true, contentDir: 'content', name: root.split('/').pop(), sample: false })
    expect(paths(episodes)).toEqual(['content/talk/0001/index.md'])
  })

  it('is titled as the site calls itself, else by its folder', async () => {
    const site = folders()
    writeTree(site.root, { 'hugo.toml': 'title = "サイドプロジェクト・ラジオ"\n', 'content/talk/0001/index.md': episodeText({ number: 1 }) })
    expect((await list(site.root, site.dataDir)).ws.info).toMatchObject({ title: 'サイドプロジェクト・ラジオ', name: site.root.split('/').pop() })
    const untitled = folders()
    writeTree(untitled.root, { 'hugo.toml': 'baseURL = "https://example.org/"\n', 'content/talk/0001/index.md': episodeText({ number: 1 }) })
    expect((await list(untitled.root, untitled.dataDir)).ws.info.title).toBe(untitled.root.split('/').pop())
    const plain = folders()
    writeTree(plain.root, { '0001/index.md': episodeText({ number: 1 }) })
    expect((await list(plain.root, plain.dataDir)).ws.info.title).toBe(plain.root.split('/').pop())
  })

  it('follows contentDir and the languages’ content folders', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'config/_default/hugo.toml': 'contentDir = "src/en"\ntimeZone = "Asia/Tokyo"\n',
      'config/_default/languages.toml': '[en]\nweight = 1\n[ja]\ncontentDir = "src/ja"\nweight = 2\n',
      'src/en/talk/0001/index.md': episodeText({ number: 1 }),
      'src/ja/talk/0001/index.md': episodeText({ number: 1, title: '#1 はじめまして' }),
      'content/ignored/index.md': episodeText({ number: 9 })
    })
    const { ws, episodes } = await list(root, dataDir)
    expect(ws.info.contentDir).toBe('src/en')
    expect(ws.timeZone).toBe('Asia/Tokyo')
    expect(paths(episodes)).toEqual(['src/en/talk/0001/index.md', 'src/ja/talk/0001/index.md'])
  })

  it('opens a plain folder of episodes, leaving project files out', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'README.md': '# My notes\n',
      '0001/index.md': episodeText({ number: 1 }),
      'drafts/idea.md': '---\ntitle: An idea\ndraft: true\n---\n',
      'layouts/x.md': 'not an episode'
    })
    const { ws, episodes } = await list(root, dataDir)
    expect(ws.info).toMatchObject({ isHugoSite: false, contentDir: '' })
    expect(episodes.map((e) => [e.path, e.section, e.bundle, e.status])).toEqual([
      ['0001/index.md', '', true, 'published'],
      ['drafts/idea.md', 'drafts', false, 'draft']
    ])
  })

  it('a plain folder inside a site’s content uses the site’s time zone', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'hugo.toml': 'timeZone = "Asia/Tokyo"\n',
      // 09:30 without an offset: 00:30Z in Tokyo (past at 01:00Z), 09:30Z in UTC (future).
      'content/talk/a.md': '---\ntitle: A\ndate: 2026-11-24T09:30:00\n---\n'
    })
    expect((await list(join(root, 'content'), dataDir)).episodes[0].status).toBe('published')
    writeTree(root, { 'hugo.toml': '' })
    expect((await list(join(root, 'content'), tempDir().dir)).episodes[0].status).toBe('scheduled')
  })

  it('refuses a missing folder or a file with a clear message', async () => {
    const { root, dataDir } = folders()
    await expect(Workspace.open(join(root, 'nope'), { dataDir })).rejects.toThrow(/does not exist/)
    writeTree(root, { 'file.md': 'x' })
    await expect(Workspace.open(join(root, 'file.md'), { dataDir })).rejects.toThrow(/is a file, not a folder/)
  })
})

describe('listing episodes', () => {
  it('lists bundles and leaf files; section pages, output and tool folders and dot folders are left out', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'hugo.toml': '',
      'content/_index.md': '---\ntitle: Home\n---\n',
      'content/about.md': '---\ntitle: About\n---\n',
      'content/talk/_index.md': '---\ntitle: Talks\n---\n',
      'content/talk/0001/index.md': episodeText({ number: 1 }),
      'content/talk/0001/notes/extra.md': 'a page resource of the bundle, not an episode',
      'content/talk/0002/index.md': episodeText({ number: 2 }),
      'content/talk/2019/old-one.md': '---\ntitle: "#0 Pilot"\n---\n',
      'content/talk/.hidden/index.md': episodeText({ number: 3 }),
      'content/node_modules/x/index.md': episodeText({ number: 4 }),
      'content/talk/0005/index.txt': 'not markdown',
      'public/talk/0001/index.md': episodeText({ number: 1 }),
      'resources/x.md': 'generated',
      'content/.trash/2026/content/talk/0009/index.md': episodeText({ number: 9 })
    })
    const { episodes } = await list(root, dataDir)
    expect(paths(episodes)).toEqual(['content/about.md', 'content/talk/0001/index.md', 'content/talk/0002/index.md', 'content/talk/2019/old-one.md'])
    const bySection = Object.fromEntries(episodes.map((e) => [e.path, [e.section, e.bundle]]))
    expect(bySection['content/about.md']).toEqual(['', false])
    expect(bySection['content/talk/2019/old-one.md']).toEqual(['talk', false])
    expect(bySection['content/talk/0001/index.md']).toEqual(['talk', true])
  })

  it('fills every index field', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'hugo.toml': '',
      'content/podcast/0034/index.md': [
        '---',
        '# Documentation comment',
        'title: "#35 re:Invent 振り返り"',
        'summary: "Looking back.<br/>振り返り"',
        'date: 2020-12-22T10:03:00+09:00',
        '#date_end: 2020-12-22T10:03:00+09:00',
        'publishDate: 2020-12-21T00:21:38+09:00',
        'expiryDate: 2030-01-01',
        'tags: [aws, reinvent]',
        'draft: false',
        '---',
        '<iframe src="https://anchor.fm/x"></iframe>',
        '',
        '- 今週の話題 and news',
        '  {{< figure src="kato/Untitled 1.png" title="A figure" numbered="true" >}}',
        '- ![board](board.png) {{</* figure src="escaped.png" */>}}',
        ''
      ].join('\n'),
      'content/podcast/0034/board.png': PNG_BYTES,
      'content/podcast/0034/kato/Untitled 1.png': PNG_BYTES,
      'content/podcast/0034/.DS_Store': 'x'
    })
    const { episodes } = await list(root, dataDir)
    expect(episodes[0]).toEqual({
      path: 'content/podcast/0034/index.md',
      section: 'podcast',
      bundle: true,
      title: '#35 re:Invent 振り返り',
      number: 35,
      date: '2020-12-22T10:03:00+09:00',
      publishDate: '2020-12-21T00:21:38+09:00',
      expiryDate: '2030-01-01',
      status: 'published',
      summary: 'Looking back.<br/>振り返り',
      tags: ['aws', 'reinvent'],
      figures: 2,
      media: 2,
      words: 8,
      problems: 0
    })
  })

  it('reads TOML and JSON front matter, and counts problems in broken front matter', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'hugo.toml': '',
      'content/a.md': '+++\ntitle = "#7 TOML"\ndate = 2099-01-01T00:00:00+09:00 # a comment\ntags = ["x"]\n+++\nBody.\n',
      'content/b.md': '{\n  "title": "JSON one",\n  "episode": 8,\n  "draft": true\n}\nBody.\n',
      'content/c.md': '---\ntitle: "unclosed\ndate: 2020-01-01\n---\nBody.\n',
      'content/d.md': '---\ntitle: a\ntitle: b\n---\n',
      'content/e.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])
    })
    const { episodes } = await list(root, dataDir)
    const by = Object.fromEntries(episodes.map((e) => [e.path.slice(8), e]))
    expect(by['a.md']).toMatchObject({ title: '#7 TOML', number: 7, status: 'scheduled', tags: ['x'], problems: 0 })
    expect(by['b.md']).toMatchObject({ title: 'JSON one', number: 8, status: 'draft', problems: 0 })
    expect(by['c.md'].problems).toBeGreaterThan(0)
    expect(by['c.md'].title).toBe('c')
    expect(by['d.md'].problems).toBeGreaterThan(0)
    expect(by['e.md']).toMatchObject({ title: 'e', problems: 1 })
  })

  it('puts the newest first, undated last', async () => {
    const { root, dataDir } = folders()
    writeTree(root, {
      'hugo.toml': '',
      'content/old.md': '---\ndate: 2020-01-01\n---\n',
      'content/new.md': '---\ndate: 2024-01-01\n---\n',
      'content/undated.md': '---\ntitle: x\n---\n',
      'content/later.md': '---\ndate: 2019-01-01\npublishDate: 2025-01-01\n---\n'
    })
    expect((await list(root, dataDir)).episodes.map((e) => e.path)).toEqual(['content/later.md', 'content/new.md', 'content/old.md', 'content/undated.md'])
  })
})

describe('the index cache', () => {
  it('is kept in the data folder and reused by path, mtime and size when reopening', async () => {
    const { root, dataDir } = folders()
    writeTree(root, { 'hugo.toml': '', 'content/a.md': '---\ntitle: Alpha\n---\n', 'content/b.md': '---\ntitle: Bravo\n---\n' })
    const file = join(root, 'content/a.md')
    utimesSync(file, 1_700_000_000, 1_700_000_000)
    await list(root, dataDir)
    expect(readdirSync(join(dataDir, 'index'))).toHaveLength(1)
    // Same size and mtime: the cached record is used (the file is not read again).
    writeFileSync(file, '---\ntitle: Gamma\n---\n')
    utimesSync(file, 1_700_000_000, 1_700_000_000)
    expect((await list(root, dataDir)).episodes.find((e) => e.path === 'content/a.md')?.title).toBe('Alpha')
    // A real edit changes mtime or size: only that file is read again.
    writeFileSync(file, '---\ntitle: Delta!\n---\n')
    const again = await list(root, dataDir)
    expect(again.episodes.map((e) => e.title).sort()).toEqual(['Bravo', 'Delta!'])
  })

  it('ignores a damaged cache file', async () => {
    const { root, dataDir } = folders()
    writeTree(root, { 'hugo.toml': '', 'content/a.md': '---\ntitle: Alpha\n---\n' })
    await list(root, dataDir)
    const [name] = readdirSync(join(dataDir, 'index'))
    writeFileSync(join(dataDir, 'index', name), '{"version": 3, "entries": ')
    expect((await list(root, dataDir)).episodes[0].title).toBe('Alpha')
  })

  it('notices added and removed episodes on the next listing', async () => {
    const { root, dataDir } = folders()
    writeTree(root, { 'hugo.toml': '', 'content/a.md': '---\ntitle: A\n---\n' })
    const ws = await Workspace.open(root, { dataDir, clock })
    expect(paths(await ws.listEpisodes())).toEqual(['content/a.md'])
    writeTree(root, { 'content/talk/0002/index.md': episodeText({ number: 2 }) })
    expect(paths(await ws.listEpisodes())).toEqual(['content/a.md', 'content/talk/0002/index.md'])
    writeTree(root, { 'content/talk/0002/index.md': '---\ntitle: "#2 renamed"\n---\n' })
    expect((await ws.listEpisodes()).find((e) => e.bundle)?.title).toBe('#2 renamed')
    await ws.close()
  })
})
