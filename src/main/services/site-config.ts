// Finds out what a folder is: a Hugo site (content folders per language, time zone, theme, from its config) or a
// plain folder of episodes. The config itself is read by hugo-config.ts.
import { stat } from 'node:fs/promises'
import { relative, resolve, sep } from 'node:path'
import { hugoSiteAbove, readHugoConfig, type HugoConfig, type HugoConfigProblem } from './hugo-config'

export interface SiteConfig {
  isHugoSite: boolean
  /** The config's `title` ('' when unset or a plain folder). */
  title: string
  /** Workspace-relative, forward slashes: the default content folder ('' for a plain folder). */
  contentDir: string
  /** Every content folder (languages may have their own), existing ones only, default first. */
  contentDirs: string[]
  /** The site's `timeZone` for dates without an offset (Hugo's default is UTC). */
  timeZone: string | undefined
  themes: string[]
  /** Module paths the config imports (themes taken as Hugo modules). */
  moduleImports: string[]
  /** The config file(s) read, workspace-relative. */
  configFiles: string[]
  /** Config files Hugo would refuse (file, line, column, message); the site still opens with the rest. */
  configProblems: HugoConfigProblem[]
}

async function isDir(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false)
}

export async function detectSite(root: string): Promise<SiteConfig> {
  return describeSite(root, await readHugoConfig(root))
}

/** What the folder `root` is, given its Hugo config as `readHugoConfig` read it (null: no config, a plain folder). */
export async function describeSite(root: string, config: HugoConfig | null): Promise<SiteConfig> {
  if (!config) {
    // A plain folder inside a Hugo site's content (e.g. `shownotes list content/`) reads dates in the site's zone.
    const above = await hugoSiteAbove(root)
    const timeZone = above ? (await readHugoConfig(above))?.settings.timeZone : undefined
    return { isHugoSite: false, title: '', contentDir: '', contentDirs: [''], timeZone, themes: [], moduleImports: [], configFiles: [], configProblems: [] }
  }
  const { settings } = config
  const existing: string[] = []
  for (const d of [settings.contentDir, ...settings.languageContentDirs]) {
    const abs = resolve(root, d)
    const rel = relative(root, abs).split(sep).join('/')
    if (rel.startsWith('..') || existing.includes(rel) || !(await isDir(abs))) continue // a content folder outside the site is not ours to edit
    // A language folder nested in the default one (content/ja in content) is already covered by it.
    if (existing.some((e) => e === '' || rel.startsWith(e + '/'))) continue
    existing.push(rel)
  }
  return {
    isHugoSite: true,
    title: settings.title.trim(),
    contentDir: settings.contentDir,
    contentDirs: existing,
    timeZone: settings.timeZone,
    themes: settings.themes,
    moduleImports: settings.moduleImports,
    configFiles: config.files,
    configProblems: config.problems
  }
}
