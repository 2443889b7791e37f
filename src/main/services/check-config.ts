// What the checks and exports need to know about the site an episode belongs to: its root, `.shownotes.yaml`
// (rules, summary limit, player hosts, placeholders), the shortcodes its layouts and themes define, its time zone,
// and the base URL and permalink settings for absolute links. Read once per site and cached by the caller.
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { allRuleIds, CHECK_CONFIG_FILE, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '../../shared/checks'
import type { Diagnostic } from '../../shared/diagnostic'
import type { SiteUrls } from '../../shared/export/permalink'
import { hasHugoConfig, readHugoConfig, type HugoConfig } from './hugo-config'
import { describeSite, type SiteConfig } from './site-config'
import { readFigureWord } from './site-figure-word'
import { shortcodeSetsOf, unknownSiteShortcodes, type SiteShortcodes } from '../../shared/shortcodes/site-shortcodes'

export interface SiteForChecks {
  /** The site root (a folder with a Hugo config or `.shownotes.yaml`), or the folder itself when none was found. */
  root: string
  isHugoSite: boolean
  /** Absolute content folders (the default first). */
  contentDirs: string[]
  config: CheckConfig
  /** `.shownotes.yaml` when there is one (absolute path) and the problems found in it. */
  configFile: string | null
  configDiagnostics: Diagnostic[]
  timeZone: string | undefined
  /** The theme's word before a numbered figure's number in the site's language ("図"). */
  figureWord: string
  urls: SiteUrls
  /**
   * Hugo config files Hugo would refuse to build with: `file` is absolute, the diagnostic (rule `site-config`, an
   * error) is placed in that file, as `configDiagnostics` are in `.shownotes.yaml`. The other settings still apply.
   */
  siteConfigProblems: (Diagnostic & { file: string })[]
}

const exists = (p: string) => stat(p).then(() => true, () => false)

/** The nearest folder at or above `start` holding a Hugo config or `.shownotes.yaml`; null when there is none. */
export async function findSiteRoot(start: string): Promise<string | null> {
  let dir = resolve(start)
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) dir = dirname(dir)
  for (let i = 0; i < 32; i++) {
    if ((await exists(join(dir, CHECK_CONFIG_FILE))) || (await hasHugoConfig(dir))) return dir
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
  return null
}

/** Reads everything about the site at `root` the checks and exports use. Never throws for a bad config. */
export async function readSiteForChecks(root: string): Promise<SiteForChecks> {
  const hugo = await readHugoConfig(root)
  const site = await describeSite(root, hugo)
  const { config, diagnostics: configDiagnostics, file: configFile } = await readSiteSettings(root)
  const shortcodes = await readSiteShortcodes(root, site, config.shortcodes)
  return {
    root,
    isHugoSite: site.isHugoSite,
    contentDirs: site.contentDirs.map((d) => resolve(root, d)),
    config: { ...config, shortcodes: shortcodes.own, shortcodeSets: shortcodes.sets },
    configFile,
    configDiagnostics,
    timeZone: site.timeZone,
    figureWord: await readFigureWord(root, hugo),
    urls: siteUrls(hugo),
    siteConfigProblems: placeProblems(root, hugo)
  }
}

/**
 * The shortcodes the site at `root` can use: Hugo's, the Academic set when the site uses that theme, and its own
 * (`configured` from `.shownotes.yaml`, and the layouts'). A plain folder (no Hugo config) is assumed to have every set.
 */
export async function readSiteShortcodes(root: string, site: SiteConfig, configured: readonly string[]): Promise<SiteShortcodes> {
  const own = [...new Set([...configured, ...(await layoutShortcodes(root, site.themes))])]
  return { sets: site.isHugoSite ? shortcodeSetsOf(site.themes, site.moduleImports) : [...unknownSiteShortcodes.sets], own }
}

/**
 * The one reader of the site's `.shownotes.yaml`: its settings (the defaults when it is missing or unreadable), the
 * problems of its values, and its path when it exists.
 */
async function readSiteSettings(root: string): Promise<{ config: CheckConfig; diagnostics: Diagnostic[]; file: string | null }> {
  const file = join(root, CHECK_CONFIG_FILE)
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return { config: { ...defaultCheckConfig, rules: {} }, diagnostics: [], file: null }
  return { ...parseCheckConfig(text, allRuleIds), file }
}

/** The site's `.shownotes.yaml` as check settings (the defaults when it is missing or unreadable). */
export async function readCheckConfigFile(root: string): Promise<CheckConfig> {
  return (await readSiteSettings(root)).config
}

/** Shortcode names from `layouts/shortcodes/` of the site and of its themes (`name.html`, `name.en.html`). */
async function layoutShortcodes(root: string, themes: string[]): Promise<string[]> {
  const dirs = [join(root, 'layouts', 'shortcodes'), ...themes.map((t) => join(root, 'themes', t, 'layouts', 'shortcodes'))]
  const names: string[] = []
  for (const dir of dirs) {
    const walk = async (d: string, prefix: string): Promise<void> => {
      const entries = await readdir(d, { withFileTypes: true }).catch(() => [] as Dirent[])
      for (const e of entries) {
        if (e.isDirectory()) await walk(join(d, e.name), `${prefix}${e.name}/`)
        else if (/\.(html|md|xml|txt|json)$/.test(e.name)) names.push(prefix + e.name.split('.')[0])
      }
    }
    await walk(dir, '')
  }
  return names
}

/** `baseURL`, `permalinks`, `uglyURLs`, `disablePathToLower` as Hugo merges them from all the config files. */
function siteUrls(hugo: HugoConfig | null): SiteUrls {
  const settings = hugo?.settings
  return {
    baseURL: settings?.baseURL ?? '',
    permalinks: settings?.permalinks,
    uglyURLs: settings?.uglyURLs ?? false,
    disablePathToLower: settings?.disablePathToLower ?? false
  }
}

// Each config problem as a diagnostic of its own file, as `configDiagnostics` are of `.shownotes.yaml`.
function placeProblems(root: string, hugo: HugoConfig | null): SiteForChecks['siteConfigProblems'] {
  return (hugo?.problems ?? []).map((p) => ({
    file: join(root, p.file),
    from: p.offset,
    to: p.offset,
    line: p.line,
    column: p.column,
    severity: 'error',
    rule: 'site-config',
    message: `Hugo cannot read the site config ${p.file} (${p.message}), so the site will not build until it is fixed.`
  }))
}
