// The Hugo site config as Hugo 0.111 reads it, minus the file system: parsing one file (TOML, YAML 1.1, JSON) with
// the line and column of a syntax error, placing a `config/_default/` file under its key, merging the files in
// Hugo's order, and the typed settings the app uses. `src/main/services/hugo-config.ts` finds and reads the files.
import { parse as parseToml } from 'smol-toml'
import { parseDocument } from 'yaml'

export type ConfigMap = Record<string, unknown>

/** A config file Hugo would refuse, with where: `hugo.toml:3:9: … `. */
export interface HugoConfigProblem {
  /** The file as the host knows it: relative to the site root, forward slashes (`config/_default/params.toml`). */
  file: string
  line: number
  column: number
  /** Offset of line:column in the file's text (UTF-16 units), for editors that place a mark. */
  offset: number
  /** What is wrong, without the file name: `not valid TOML: array is incomplete`. */
  message: string
}

/** The settings the app reads from the merged config (keys are case-insensitive in Hugo; defaults as Hugo's). */
export interface HugoSiteSettings {
  /** `baseURL`, as written ('' when unset). */
  baseURL: string
  title: string
  /** The default content folder, site-relative without `./` or a trailing slash ('content' when unset). */
  contentDir: string
  /** Each language's own `contentDir` (cleaned the same way), in the order the config lists them. */
  languageContentDirs: string[]
  /** `timeZone` for dates written without an offset; undefined means UTC. */
  timeZone: string | undefined
  /** `theme`, as a list (Hugo accepts one name or several). */
  themes: string[]
  /** `languageCode` and `defaultContentLanguage` ('' when not set): the language of the theme's words. */
  languageCode: string
  defaultContentLanguage: string
  /** `module.imports[].path`: themes and components a site takes as Hugo modules. */
  moduleImports: string[]
  enableEmoji: boolean
  /** `permalinks`: section (lowercased, as Hugo keys it) → pattern; undefined when the site sets none. */
  permalinks: Record<string, string> | undefined
  uglyURLs: boolean
  disablePathToLower: boolean
}

/** File names Hugo looks for at the site root, in its order: the first `hugo.*`, else the first `config.*`. */
export const ROOT_CONFIG_NAMES = ['hugo', 'config'].flatMap((base) => ['toml', 'yaml', 'yml', 'json'].map((ext) => `${base}.${ext}`))

const CONFIG_FILE = /\.(toml|ya?ml|json)$/i

/** True for a file name Hugo reads in a config folder (`params.toml`, `menus.ja.yaml`). */
export function isConfigFileName(name: string): boolean {
  return CONFIG_FILE.test(name) && !name.startsWith('.')
}

/**
 * Parses one config file's text by its extension. Keys are lowercased (Hugo reads them case-insensitively).
 * A syntax error, or a file that is not a map, comes back as a problem with its line and column.
 */
export function parseConfigFile(file: string, text: string): { data: ConfigMap; problem?: undefined } | { data?: undefined; problem: HugoConfigProblem } {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1].toLowerCase()
  const at = (line: number, column: number, message: string) => ({ problem: { file, line, column, offset: offsetOf(text, line, column), message } })
  let data: unknown
  if (ext === 'toml') {
    try {
      data = parseToml(text)
    } catch (err) {
      const e = err as { line?: number; column?: number; message?: string }
      return at(e.line ?? 1, e.column ?? 1, `not valid TOML: ${firstLine(e.message).replace(/^Invalid TOML document:\s*/i, '')}`)
    }
  } else if (ext === 'json') {
    try {
      data = JSON.parse(text)
    } catch (err) {
      const message = firstLine((err as Error).message)
      const pos = /at position (\d+)/.exec(message)
      const { line, column } = lineColumnAt(text, pos ? Number(pos[1]) : text.length)
      return at(line, column, `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`)
    }
  } else {
    // Hugo 0.111 reads YAML 1.1 (`yes`/`on` are booleans).
    const doc = parseDocument(text, { schema: 'yaml-1.1' })
    const error = doc.errors[0]
    if (error) {
      const pos = error.linePos?.[0]
      return at(pos?.line ?? 1, pos?.col ?? 1, `not valid YAML: ${firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '')}`)
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 })
    } catch (err) {
      return at(1, 1, `not valid YAML: ${firstLine((err as Error).message)}`)
    }
  }
  if (data === null || data === undefined) return { data: {} } // an empty file is an empty config
  if (typeof data !== 'object' || Array.isArray(data)) return at(1, 1, 'a config file must hold settings (key = value), not a single value or a list.')
  return { data: lowerKeys(data as ConfigMap) }
}

/**
 * Where a file of a config folder goes in the merged config: `hugo`/`config` at the root, `params.toml` under
 * `params`, and a language suffix under that language: `params.ja.toml` → languages.ja.params,
 * `menus.ja.toml` → languages.ja.menus, `config.ja.toml` (any other name) → languages.ja.
 */
export function configDirKeyPath(fileName: string): string[] {
  const stem = fileName.replace(CONFIG_FILE, '').toLowerCase()
  if (stem === 'hugo' || stem === 'config') return []
  const dot = stem.lastIndexOf('.')
  if (dot <= 0) return [stem]
  const [name, lang] = [stem.slice(0, dot), stem.slice(dot + 1)]
  if (name === 'menu' || name === 'menus') return ['languages', lang, 'menus']
  if (name === 'params') return ['languages', lang, 'params']
  return ['languages', lang]
}

/** `data` placed under `path` (an empty path is the root itself). */
export function nestUnder(path: string[], data: ConfigMap): ConfigMap {
  return path.reduceRight<ConfigMap>((inner, key) => ({ [key]: inner }), data)
}

/** Hugo's merge of config layers: maps merge key by key, recursively; any other value of a later layer wins. */
export function mergeConfig(base: ConfigMap, layer: ConfigMap): ConfigMap {
  const out: ConfigMap = { ...base }
  for (const [key, value] of Object.entries(layer)) {
    const before = out[key]
    out[key] = isMap(before) && isMap(value) ? mergeConfig(before, value) : value
  }
  return out
}

/** The typed settings of a merged config (keys already lowercased). */
export function siteSettings(config: ConfigMap): HugoSiteSettings {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
  const contentDir = cleanDir(str(config.contentdir)) || 'content'
  const languageContentDirs: string[] = []
  if (isMap(config.languages)) {
    for (const lang of Object.values(config.languages)) {
      const dir = isMap(lang) ? cleanDir(str(lang.contentdir)) : ''
      if (dir) languageContentDirs.push(dir)
    }
  }
  const theme = config.theme
  const permalinks = isMap(config.permalinks)
    ? Object.fromEntries(Object.entries(config.permalinks).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : undefined
  return {
    baseURL: str(config.baseurl) ?? '',
    title: str(config.title) ?? '',
    contentDir,
    languageContentDirs,
    timeZone: str(config.timezone) || undefined,
    themes: (Array.isArray(theme) ? theme : [theme]).filter((t): t is string => typeof t === 'string' && t.trim() !== ''),
    moduleImports: moduleImportsOf(config.module),
    languageCode: str(config.languagecode) ?? '',
    defaultContentLanguage: str(config.defaultcontentlanguage) ?? '',
    enableEmoji: config.enableemoji === true,
    permalinks,
    uglyURLs: config.uglyurls === true,
    disablePathToLower: config.disablepathtolower === true
  }
}

/** `hugo.toml:3:9: not valid TOML: …`, the way Hugo and compilers name a place in a file. */
export function describeProblem(p: HugoConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`
}

function moduleImportsOf(module: unknown): string[] {
  const imports = isMap(module) ? module.imports : undefined
  const list = Array.isArray(imports) ? imports : isMap(imports) ? [imports] : []
  return list.map((i) => (isMap(i) ? i.path : i)).filter((p): p is string => typeof p === 'string' && p.trim() !== '')
}

function cleanDir(dir: string | undefined): string {
  return (dir ?? '').trim().replace(/\\/g, '/').replace(/^(\.\/+)+/, '').replace(/\/+$/, '')
}

function isMap(v: unknown): v is ConfigMap {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
}

// Hugo lowercases every key, also in maps inside lists (`menus.main[].name`).
function lowerKeys(value: ConfigMap): ConfigMap {
  const lower = (v: unknown): unknown => (isMap(v) ? lowerKeys(v) : Array.isArray(v) ? v.map(lower) : v)
  const out: ConfigMap = {}
  for (const [k, v] of Object.entries(value)) out[k.toLowerCase()] = lower(v)
  return out
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unreadable').split('\n')[0].trim()
}

function offsetOf(text: string, line: number, column: number): number {
  let at = 0
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at)
    if (next === -1) return text.length
    at = next + 1
  }
  const end = text.indexOf('\n', at)
  return Math.max(0, Math.min(at + column - 1, end === -1 ? text.length : end))
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}
