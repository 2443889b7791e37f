// Numbered figures read "図 1:" on a Japanese site: the word comes from the site's or theme's i18n `figure` entry for
// its language, else the Academic theme's table; the preview, the window and `shownotes render` use it.
import { afterEach, describe, expect, it } from 'vitest'
import { readHugoConfig } from '../../../src/main/services/hugo-config'
import { readFigureWord } from '../../../src/main/services/site-figure-word'
import { Workspace } from '../../../src/main/services/workspace'
import { main, type CliIo } from '../../../src/cli/index'
import { renderEpisode } from '../../../src/shared/render/render-episode'
import { tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function site(files: Record<string, string>): string {
  const t = tempDir('shownotes-figure-word-')
  cleanups.push(t.cleanup)
  writeTree(t.dir, files)
  return t.dir
}

const word = async (files: Record<string, string>) => {
  const root = site(files)
  return readFigureWord(root, await readHugoConfig(root))
}

describe("the site's word for Figure", () => {
  it.each<[string, Record<string, string>, string]>([
    ['an English site', { 'hugo.toml': 'languageCode = "en-us"\n' }, 'Figure'],
    ['languageCode = "ja"', { 'hugo.toml': 'languageCode = "ja"\n' }, '図'],
    ['languageCode = "ja-JP"', { 'hugo.toml': 'languageCode = "ja-JP"\n' }, '図'],
    ['defaultContentLanguage = "ja"', { 'hugo.toml': 'defaultContentLanguage = "ja"\n' }, '図'],
    ['no language at all', { 'hugo.toml': 'title = "Radio"\n' }, 'Figure'],
    ["the theme's i18n list (Academic's form)", { 'hugo.toml': 'languageCode = "ja"\ntheme = "academic"\n', 'themes/academic/i18n/ja.yaml': '- id: figure\n  translation: 挿図\n' }, '挿図'],
    ["the site's i18n over the theme's", { 'hugo.toml': 'languageCode = "ja"\ntheme = "academic"\n', 'i18n/ja.toml': '[figure]\nother = "フィギュア"\n', 'themes/academic/i18n/ja.yaml': '- id: figure\n  translation: 挿図\n' }, 'フィギュア'],
    ['a broken i18n file falls back to the table', { 'hugo.toml': 'languageCode = "ja"\n', 'i18n/ja.yaml': 'figure: [\n' }, '図']
  ])('%s → %s', async (_name, files, expected) => {
    expect(await word(files)).toBe(expected)
  })

  it('labels numbered figures with it in the rendered page, the window and shownotes render', async () => {
    const md = '---\ntitle: x\n---\n\n{{< figure src="a.png" title="Desk" numbered="true" >}}\n'
    expect(renderEpisode(md, { figureWord: '図' }).html).toContain('data-pre="図 " data-post=":" class="numbered"')
    expect(renderEpisode(md).html).toContain('data-pre="Figure "')
    const root = site({ 'hugo.toml': 'languageCode = "ja"\n', 'content/talk/0001/index.md': md })
    const data = tempDir('shownotes-figure-word-data-')
    cleanups.push(data.cleanup)
    const ws = await Workspace.open(root, { dataDir: data.dir })
    expect(ws.info.figureWord).toBe('図')
    await ws.close()
    const out: string[] = []
    const io: CliIo = { out: (t) => void out.push(t), err: () => undefined, cwd: root }
    await main(['render', 'content/talk/0001/index.md'], io)
    expect(out.join('\n')).toContain('data-pre="図 "')
  })
})
