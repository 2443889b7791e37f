// Reading a Hugo site's config from disk as Hugo 0.111 does: which files, in which order, merged how; a broken file
// named by file, line and column; and the same answers as `hugo config` for the same site.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { hasHugoConfig, hugoSiteAbove, readHugoConfig } from '../../../src/main/services/hugo-config'
import { tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function site(files: Record<string, string>): string {
  const t = tempDir('shownotes-hugo-config-')
  cleanups.push(t.cleanup)
  writeTree(t.dir, files)
  return t.dir
}

describe('readHugoConfig', () => {
  it('is null for a folder without a config (not a Hugo site)', async () => {
    const root = site({ 'content/a.md': 'x', 'config/_default/notes.txt': 'x' })
    expect(await readHugoConfig(root)).toBeNull()
    expect(await hasHugoConfig(root)).toBe(false)
  })

  it.each([
    [{ 'hugo.toml': 'title = "toml"', 'hugo.yaml': 'title: yaml', 'config.toml': 'title = "config"' }, 'hugo.toml', 'toml'],
    [{ 'hugo.yml': 'title: yml', 'hugo.json': '{"title": "json"}' }, 'hugo.yml', 'yml'],
    [{ 'hugo.json': '{"title": "json"}', 'config.toml': 'title = "config"' }, 'hugo.json', 'json'],
    [{ 'config.yaml': 'title: config yaml', 'config.json': '{"title": "json"}' }, 'config.yaml', 'config yaml']
  ])('reads only the first root config Hugo looks for: %j', async (files, read, title) => {
    const config = await readHugoConfig(site(files))
    expect(config!.files).toEqual([read])
    expect(config!.settings.title).toBe(title)
  })

  it('merges config/_default/ over the root file, then config/production/, file by file in name order', async () => {
    const root = site({
      'hugo.toml': 'baseURL = "https://root.example/"\ntitle = "Root"\n[params]\n  a = 1\n  b = 2\n',
      'config/_default/config.toml': 'copyright = "from config.toml"\nenableEmoji = false\n',
      'config/_default/hugo.toml': 'baseURL = "https://default.example/"\nenableEmoji = true\n',
      'config/_default/params.toml': 'b = 3\n',
      'config/_default/more/params.yaml': 'c: 4\n',
      'config/_default/languages.yaml': 'en:\n  weight: 1\nja:\n  contentDir: content/ja\n',
      'config/_default/params.ja.toml': 'subtitle = "ja"\n',
      'config/_default/permalinks.toml': 'Talk = "/episodes/:slug/"\n',
      'config/production/hugo.toml': 'baseURL = "https://prod.example/"\n',
      'config/development/hugo.toml': 'baseURL = "http://localhost/"\n'
    })
    const config = await readHugoConfig(root)
    expect(config!.files).toEqual([
      'hugo.toml',
      'config/_default/config.toml',
      'config/_default/hugo.toml',
      'config/_default/languages.yaml',
      'config/_default/more/params.yaml',
      'config/_default/params.ja.toml',
      'config/_default/params.toml',
      'config/_default/permalinks.toml',
      'config/production/hugo.toml'
    ])
    expect(config!.raw).toMatchObject({
      title: 'Root',
      copyright: 'from config.toml',
      params: { a: 1, b: 3, c: 4 },
      languages: { en: { weight: 1 }, ja: { contentdir: 'content/ja', params: { subtitle: 'ja' } } }
    })
    expect(config!.settings).toMatchObject({ baseURL: 'https://prod.example/', enableEmoji: true, permalinks: { talk: '/episodes/:slug/' }, languageContentDirs: ['content/ja'] })
    expect((await readHugoConfig(root, { environment: 'development' }))!.settings.baseURL).toBe('http://localhost/')
  })

  it('names a broken file by line and column and still reads the others', async () => {
    const root = site({
      'hugo.toml': 'baseURL = "https://radio.example/"\ntimeZone = "Asia/Tokyo"\n',
      'config/_default/params.toml': 'subtitle = "Radio\n',
      'config/_default/menus.yaml': 'main:\n  - name: Home\n   url: /\n'
    })
    const config = await readHugoConfig(root)
    expect(config!.settings).toMatchObject({ baseURL: 'https://radio.example/', timeZone: 'Asia/Tokyo' })
    expect(config!.problems.map((p) => [p.file, p.line])).toEqual([
      ['config/_default/menus.yaml', 3],
      ['config/_default/params.toml', 1]
    ])
    expect(config!.problems[1].message).toMatch(/^not valid TOML/)
    expect(config!.raw.params).toBeUndefined()
  })

  it('reads a config written with a byte order mark', async () => {
    expect((await readHugoConfig(site({ 'hugo.toml': '\uFEFFenableEmoji = true\n' })))!.settings.enableEmoji).toBe(true)
  })
})

describe('finding a site', () => {
  it('knows a site by a root file or by config/_default/, and finds the one above a folder', async () => {
    const root = site({ 'config/_default/params.toml': 'a = 1', 'content/talk/0001/index.md': 'x' })
    expect(await hasHugoConfig(root)).toBe(true)
    expect(await hugoSiteAbove(`${root}/content/talk`)).toBe(root)
    expect(await hugoSiteAbove(root, 1)).toBeNull()
  })
})

const hugo = ['/usr/bin/hugo', '/usr/local/bin/hugo'].find((p) => existsSync(p))
if (!hugo) console.log('hugo is not installed: skipping the comparison with `hugo config`')

describe.skipIf(!hugo)('the same settings as `hugo config`', () => {
  it.each([
    ['a root file only', { 'hugo.toml': 'baseURL = "https://a.example/"\ntimeZone = "Asia/Tokyo"\nenableEmoji = true\ntheme = "academic"\n', 'themes/academic/layouts/.keep': '' }],
    [
      'root, config/_default and production',
      {
        'hugo.toml': 'baseURL = "https://root.example/"\ntitle = "Root"\ncontentDir = "src"\n',
        'config/_default/hugo.yaml': 'enableEmoji: yes\ntimeZone: Europe/Berlin\n',
        'config/_default/config.json': '{"title": "From JSON", "uglyURLs": true}',
        'config/production/hugo.toml': 'baseURL = "https://prod.example/"\n'
      }
    ],
    ['config folder only', { 'config/_default/hugo.toml': 'title = "Dir"\ndisablePathToLower = true\n', 'config/_default/permalinks.toml': 'talk = "/ep/:slug/"\n' }]
  ])('%s', async (_name, files) => {
    const root = site({ ...files, 'content/.keep': '' })
    const printed = execFileSync(hugo!, ['config', '--source', root], { encoding: 'utf8', env: { ...process.env, HUGO_ENVIRONMENT: '' } })
    const hugoSays = (key: string) => /^(?:"?)(.*?)(?:"?)$/.exec(new RegExp(`^${key}\\s*[=:]\\s*(.*)$`, 'm').exec(printed)?.[1] ?? '')![1]
    const { settings } = (await readHugoConfig(root))!
    expect(settings.baseURL).toBe(hugoSays('baseurl'))
    expect(settings.title).toBe(hugoSays('title'))
    expect(settings.contentDir).toBe(hugoSays('contentdir') || 'content') // printed only when the site sets it
    expect(String(settings.enableEmoji)).toBe(hugoSays('enableemoji'))
    expect(String(settings.uglyURLs)).toBe(hugoSays('uglyurls'))
    expect(String(settings.disablePathToLower)).toBe(hugoSays('disablepathtolower'))
    expect(settings.timeZone ?? '').toBe(hugoSays('timezone'))
    if (settings.permalinks) expect(hugoSays('permalinks')).toBe(`map[${Object.entries(settings.permalinks).map(([k, v]) => `${k}:${v}`).join(' ')}]`)
  })
})
