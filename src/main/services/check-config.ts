// What the checks and exports need to know about the site an episode belongs to: its root, `.shownotes.yaml`
// (rules, summary limit, player hosts, placeholders), the shortcodes its layouts and themes define, its time zone,
// and the base URL and permalink settings for absolute links. Read once per site and cached by the caller.
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { allRuleIds, CHECK_CONFIG_FILE, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '../../shared/checks'
import type { Diagnostic } from '../../shared/diagnostic'
import type { SiteUrls } from '../../shared/export/permalink'
import { detectSite } from './site-config'

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
  urls: SiteUrls
}

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']

const exists = (p: string) => stat(p).then(() => true, () => false)

/** The nearest folder at or above `start` holding a Hugo config or `.shownotes.yaml`; null when there is none. */
export async function findSiteRoot(start: string): Promise<string | null> {
  let dir = resolve(start)
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) dir = dirname(dir)
  for (let i = 0; i < 32; i++) {
    for (const name of [CHECK_CONFIG_FILE, ...HUGO_CONFIGS, 'config/_default']) if (await exists(join(dir, name))) return dir
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
  return null
}

/** Reads everything about the site at `root` the checks and exports use. Never throws for a bad config. */
export async function readSiteForChecks(root: string): Promise<SiteForChecks> {
  const site = await detectSite(root)
  let config: CheckConfig = { ...defaultCheckConfig, rules: {} }
  let configDiagnostics: Diagnostic[] = []
  const configPath = join(root, CHECK_CONFIG_FILE)
  const text = await readFile(configPath, 'utf8').catch(() => null)
  if (text !== null) ({ config, diagnostics: configDiagnostics } = parseCheckConfig(text, allRuleIds))
  const own = await siteShortcodes(root, site.themes)
  return {
    root,
    isHugoSite: site.isHugoSite,
    contentDirs: site.contentDirs.map((d) => resolve(root, d)),
    config: { ...config, shortcodes: [...new Set([...config.shortcodes, ...own])] },
    configFile: text !== null ? configPath : null,
    configDiagnostics,
    timeZone: site.timeZone,
    urls: await siteUrls(root)
  }
}

/** Shortcode names from `layouts/shortcodes/` of the site and of its themes (`name.html`, `name.en.html`). */
async function siteShortcodes(root: string, themes: string[]): Promise<string[]> {
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

/** `baseURL`, `permalinks`, `uglyURLs`, `disablePathToLower` from the site's root config file. */
async function siteUrls(root: string): Promise<SiteUrls> {
  let data: Record<string, unknown> = {}
  for (const name of HUGO_CONFIGS) {
    const text = await readFile(join(root, name), 'utf8').catch(() => null)
    if (text === null) continue
    data = parseConfig(name, text)
    break
  }
  if (!Object.keys(data).length) {
    for (const name of ['hugo.toml', 'config.toml', 'hugo.yaml', 'config.yaml', 'hugo.json', 'config.json']) {
      const text = await readFile(join(root, 'config', '_default', name), 'utf8').catch(() => null)
      if (text !== null) data = { ...data, ...parseConfig(name, text) }
    }
    const permalinks = await readFile(join(root, 'config', '_default', 'permalinks.toml'), 'utf8').catch(() => null)
    if (permalinks !== null) data.permalinks = parseConfig('permalinks.toml', permalinks)
  }
  const get = (k: string) => Object.entries(data).find(([key]) => key.toLowerCase() === k.toLowerCase())?.[1]
  const permalinks = get('permalinks')
  return {
    baseURL: typeof get('baseURL') === 'string' ? (get('baseURL') as string) : '',
    permalinks: permalinks && typeof permalinks === 'object' ? (Object.fromEntries(Object.entries(permalinks).filter(([, v]) => typeof v === 'string')) as Record<string, string>) : undefined,
    uglyURLs: get('uglyURLs') === true,
    disablePathToLower: get('disablePathToLower') === true
  }
}

function parseConfig(name: string, text: string): Record<string, unknown> {
  try {
    const data: unknown = name.endsWith('.toml') ? parseToml(text) : name.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  } catch {
    return {} // Hugo itself reports a broken site config; the checks carry on with defaults.
  }
}
