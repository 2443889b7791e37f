// `shownotes check` knows the shortcodes the site really has: Hugo's always, Academic's only on sites that use the
// theme (by `theme`, by module import), and the site's and its theme's layouts/shortcodes and `.shownotes.yaml`.
import { afterEach, describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'
import { Workspace } from '../../src/main/services/workspace'
import { tempDir, writeTree } from '../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const episode = `---
title: "#1 Pilot"
date: 2024-04-01T20:00:00+09:00
summary: Two friends start a podcast.
---

{{< spoiler text="The answer" >}}Radios.{{< /spoiler >}}

{{< youtube abc123 >}}
`

function site(files: Record<string, string>): string {
  const t = tempDir('shownotes-sc-')
  cleanups.push(t.cleanup)
  writeTree(t.dir, { 'content/talk/0001/index.md': episode, ...files })
  return t.dir
}

async function unknownShortcodes(root: string): Promise<string[]> {
  const out: string[] = []
  const io: CliIo = { out: (t) => void out.push(t), err: () => undefined, cwd: root }
  await main(['check', '--format', 'json', 'content'], io)
  const problems = JSON.parse(out.join('\n')) as { rule: string; message: string }[]
  return problems.filter((p) => p.rule === 'shortcode-unknown').map((p) => p.message.match(/"([^"]+)"/)![1])
}

describe('unknown shortcodes, per site', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['a site without the Academic theme: spoiler is unknown, youtube (Hugo) is not', { 'hugo.toml': 'title = "Radio"\ntheme = "ananke"\n' }, ['spoiler']],
    ['a site with no theme at all', { 'hugo.toml': 'title = "Radio"\n' }, ['spoiler']],
    ['a site whose theme is Academic', { 'hugo.toml': 'title = "Radio"\ntheme = "academic"\n' }, []],
    ['a site importing Wowchemy as a module', { 'config/_default/hugo.yaml': 'title: Radio\n', 'config/_default/module.yaml': 'imports:\n  - path: github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy/v5\n' }, []],
    ['a site defining spoiler in its layouts', { 'hugo.toml': 'title = "Radio"\n', 'layouts/shortcodes/spoiler.html': '{{ .Inner }}' }, []],
    ["a site whose theme's folder defines it", { 'hugo.toml': 'title = "Radio"\ntheme = "mine"\n', 'themes/mine/layouts/shortcodes/spoiler.html': '{{ .Inner }}' }, []],
    ['a site naming it in .shownotes.yaml', { 'hugo.toml': 'title = "Radio"\n', '.shownotes.yaml': 'shortcodes: [spoiler]\n' }, []]
  ])('%s', async (_name, files, unknown) => {
    expect(await unknownShortcodes(site(files))).toEqual(unknown)
  })

  it('tells the window the same when the site is opened', async () => {
    const data = tempDir('shownotes-sc-data-')
    cleanups.push(data.cleanup)
    const plain = await Workspace.open(site({ 'hugo.toml': 'title = "Radio"\n', 'layouts/shortcodes/sponsor.html': '' }), { dataDir: data.dir })
    expect(plain.info.shortcodes).toEqual({ sets: ['hugo'], own: ['sponsor'] })
    await plain.close()
    const academic = await Workspace.open(site({ 'hugo.toml': 'title = "Radio"\ntheme = ["academic"]\n' }), { dataDir: data.dir })
    expect(academic.info.shortcodes.sets).toEqual(['hugo', 'academic'])
    await academic.close()
  })
})
