// What the checks, exports and renders learn about a site from its config: base URL and permalinks as Hugo merges
// them, the site's own shortcodes, emoji, and a broken Hugo config reported as an error of that file and line.
import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { findSiteRoot, readSiteForChecks } from '../../../src/main/services/check-config'
import { siteEmoji } from '../../../src/main/services/render-batch'
import { detectSite } from '../../../src/main/services/site-config'
import { tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function site(files: Record<string, string>): string {
  const t = tempDir('shownotes-check-config-')
  cleanups.push(t.cleanup)
  writeTree(t.dir, files)
  return t.dir
}

describe('readSiteForChecks', () => {
  it('takes the base URL and permalinks from config/_default/ and config/production/, merged over the root file', async () => {
    const root = site({
      'hugo.toml': 'baseURL = "https://root.example/"\ntheme = "academic"\n',
      'config/_default/permalinks.yaml': 'talk: /episodes/:slug/\n',
      'config/_default/hugo.toml': 'uglyURLs = true\n',
      'config/production/hugo.toml': 'baseURL = "https://radio.example/"\n',
      'layouts/shortcodes/sponsor.html': '',
      'themes/academic/layouts/shortcodes/cite.en.html': '',
      'content/talk/0001/index.md': '---\ntitle: x\n---\n'
    })
    const found = await readSiteForChecks(root)
    expect(found.urls).toEqual({ baseURL: 'https://radio.example/', permalinks: { talk: '/episodes/:slug/' }, uglyURLs: true, disablePathToLower: false })
    expect(found.config.shortcodes).toEqual(expect.arrayContaining(['sponsor', 'cite']))
    expect(found.contentDirs).toEqual([join(root, 'content')])
    expect(found.siteConfigProblems).toEqual([])
  })

  it('reports a Hugo config Hugo cannot read as an error of that file, at its line, and checks on with the rest', async () => {
    const root = site({
      'hugo.toml': 'baseURL = "https://radio.example/"\ntimeZone = "Asia/Tokyo"\n',
      'config/_default/params.toml': 'subtitle = "Radio"\n[social\n',
      'content/talk/0001/index.md': '---\ntitle: x\n---\n'
    })
    const found = await readSiteForChecks(root)
    expect(found.timeZone).toBe('Asia/Tokyo')
    expect(found.urls.baseURL).toBe('https://radio.example/')
    expect(found.siteConfigProblems).toHaveLength(1)
    const [p] = found.siteConfigProblems
    expect(p).toMatchObject({ file: join(root, 'config/_default/params.toml'), line: 2, severity: 'error', rule: 'site-config' })
    expect(p.message).toMatch(/^Hugo cannot read the site config config\/_default\/params\.toml \(not valid TOML: .+\), so the site will not build until it is fixed\.$/)
    const site2 = await detectSite(root)
    expect(site2.configProblems.map((c) => `${c.file}:${c.line}`)).toEqual(['config/_default/params.toml:2'])
  })

  it('still opens a site whose only config Hugo cannot read, with Hugo’s defaults', async () => {
    const root = site({ 'hugo.yaml': 'title: [unclosed\n', 'content/talk/0001/index.md': '---\ntitle: x\n---\n' })
    expect(await detectSite(root)).toMatchObject({ isHugoSite: true, contentDir: 'content', contentDirs: ['content'], configFiles: ['hugo.yaml'] })
    expect((await readSiteForChecks(root)).siteConfigProblems.map((p) => [p.line, p.rule])).toEqual([[2, 'site-config']])
  })

  it('finds the site root from an episode, by a root config, config/_default/ or .shownotes.yaml', async () => {
    const byDir = site({ 'config/_default/hugo.yaml': 'title: x\n', 'content/talk/0001/index.md': 'x' })
    expect(await findSiteRoot(join(byDir, 'content/talk/0001/index.md'))).toBe(byDir)
    const byChecks = site({ '.shownotes.yaml': 'summaryLimit: 100\n', 'notes/0001/index.md': 'x' })
    expect(await findSiteRoot(join(byChecks, 'notes/0001'))).toBe(byChecks)
  })
})

describe('siteEmoji', () => {
  it.each([
    [{ 'hugo.toml': 'enableEmoji = true\n' }, true],
    [{ 'hugo.yaml': 'enableEmoji: yes\n' }, true],
    [{ 'hugo.toml': 'title = "x"\n', 'config.toml': 'enableEmoji = true\n' }, false], // Hugo reads only hugo.toml
    [{ 'hugo.toml': 'enableEmoji = true\n', 'config/_default/hugo.toml': 'enableEmoji = false\n' }, false],
    [{ 'config/_default/config.json': '{"EnableEmoji": true}' }, true],
    [{ 'hugo.toml': 'enableEmoji = true\n[broken\n' }, false],
    [{}, false]
  ])('%j → %s', async (files, emoji) => {
    expect(await siteEmoji(site(files))).toBe(emoji)
  })
})

describe("the window's check settings", () => {
  it("come with the workspace from .shownotes.yaml, so the editor's lint follows the site as the CLI does", async () => {
    const { Workspace } = await import('../../../src/main/services/workspace')
    const root = site({ 'hugo.toml': 'title = "Radio"\n', '.shownotes.yaml': 'rules:\n  summary-empty: off\n  date-missing: info\nsummaryLimit: 90\nshortcodes: [sponsor]\n' })
    const data = tempDir('shownotes-check-config-data-')
    cleanups.push(data.cleanup)
    const ws = await Workspace.open(root, { dataDir: data.dir })
    expect(ws.info.checks).toMatchObject({ rules: { 'summary-empty': 'off', 'date-missing': 'info' }, summaryLimit: 90 })
    expect(ws.info.shortcodes.own).toContain('sponsor')
    await ws.close()
  })
})
