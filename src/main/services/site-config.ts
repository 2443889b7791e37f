// Finds out what a folder is: a Hugo site (its config file or `config/_default/`, content folders per language,
// time zone, theme) or a plain folder of episodes.
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

export interface SiteConfig {
  isHugoSite: boolean
  /** Workspace-relative, forward slashes: the default content folder ('' for a plain folder). */
  contentDir: string
  /** Every content folder (languages may have their own), existing ones only, default first. */
  contentDirs: string[]
  /** The site's `timeZone` for dates without an offset (Hugo's default is UTC). */
  timeZone: string | undefined
  themes: string[]
  /** The config file(s) read, workspace-relative. */
  configFiles: string[]
}

const ROOT_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile(), () => false)
}

async function isDir(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false)
}

function parseConfig(name: string, text: string): Record<string, unknown> {
  try {
    const data: unknown = name.endsWith('.toml') ? parseToml(text) : name.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { schema: 'core' })
    return data && typeof data === 'object' && !Array.isArray(data) ? lowerKeys(data as Record<string, unknown>) : {}
  } catch {
    return {} // A broken config still makes it a Hugo site; Hugo will tell the host what is wrong.
  }
}

// Hugo's config keys are case-insensitive (`contentDir`, `contentdir`).
function lowerKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v && typeof v === 'object' && !Array.isArray(v) ? lowerKeys(v as Record<string, unknown>) : v]))
}

/** Reads the site config at `root` (merged as Hugo does for `config/_default/`), or null when there is none. */
async function readHugoConfig(root: string): Promise<{ config: Record<string, unknown>; files: string[] } | null> {
  for (const name of ROOT_CONFIGS) {
    if (await isFile(join(root, name))) return { config: parseConfig(name, await readFile(join(root, name), 'utf8')), files: [name] }
  }
  const dir = join(root, 'config', '_default')
  if (!(await isDir(dir))) return null
  const config: Record<string, unknown> = {}
  const files: string[] = []
  for (const name of (await readdir(dir)).sort()) {
    const m = /^(.+)\.(toml|ya?ml|json)$/.exec(name)
    if (!m) continue
    const data = parseConfig(name, await readFile(join(dir, name), 'utf8'))
    files.push(`config/_default/${name}`)
    // `hugo.toml`/`config.toml` hold root keys; any other file name is the key its content goes under.
    if (m[1] === 'hugo' || m[1] === 'config') Object.assign(config, data)
    else config[m[1].toLowerCase()] = data
  }
  return files.length ? { config, files } : null
}

const clean = (p: string) => p.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '')

export async function detectSite(root: string): Promise<SiteConfig> {
  const found = await readHugoConfig(root)
  if (!found) {
    return { isHugoSite: false, contentDir: '', contentDirs: [''], timeZone: await timeZoneAbove(root), themes: [], configFiles: [] }
  }
  const { config, files } = found
  const contentDir = typeof config.contentdir === 'string' && config.contentdir.trim() ? clean(config.contentdir) : 'content'
  const dirs = [contentDir]
  const languages = config.languages
  if (languages && typeof languages === 'object') {
    for (const lang of Object.values(languages as Record<string, unknown>)) {
      const dir = lang && typeof lang === 'object' ? (lang as Record<string, unknown>).contentdir : undefined
      if (typeof dir === 'string' && dir.trim() && !dirs.includes(clean(dir))) dirs.push(clean(dir))
    }
  }
  const existing: string[] = []
  for (const d of dirs) {
    const abs = resolve(root, d)
    const rel = relative(root, abs)
    if (rel.startsWith('..') || !(await isDir(abs))) continue // a content folder outside the site is not ours to edit
    // A language folder nested in the default one (content/ja in content) is already covered by it.
    if (existing.some((e) => e === '' || rel.split(sep).join('/').startsWith(e + '/'))) continue
    existing.push(rel.split(sep).join('/'))
  }
  const theme = config.theme
  return {
    isHugoSite: true,
    contentDir,
    contentDirs: existing,
    timeZone: typeof config.timezone === 'string' && config.timezone ? config.timezone : undefined,
    themes: (Array.isArray(theme) ? theme : [theme]).filter((t): t is string => typeof t === 'string' && t !== ''),
    configFiles: files
  }
}

/** For a plain folder inside a Hugo site's content (e.g. `shownotes list content/`): the site's time zone. */
async function timeZoneAbove(dir: string): Promise<string | undefined> {
  let child = resolve(dir)
  for (let i = 0; i < 6; i++) {
    const parent = dirname(child)
    if (parent === child) return undefined
    const found = await readHugoConfig(parent)
    if (found) return typeof found.config.timezone === 'string' && found.config.timezone ? found.config.timezone : undefined
    child = parent
  }
  return undefined
}
