// The one reader of a Hugo site's config: finds the files Hugo 0.111 would read (the first root `hugo.*` or
// `config.*`, then `config/_default/`, then `config/<environment>/`), parses and merges them as Hugo does, and
// returns the typed settings with any file Hugo would refuse named by file, line and column.
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import {
  configDirKeyPath,
  isConfigFileName,
  mergeConfig,
  nestUnder,
  parseConfigFile,
  ROOT_CONFIG_NAMES,
  siteSettings,
  type ConfigMap,
  type HugoConfigProblem,
  type HugoSiteSettings
} from '../../shared/hugo-config'

export type { HugoConfigProblem, HugoSiteSettings } from '../../shared/hugo-config'
export { describeProblem } from '../../shared/hugo-config'

export interface HugoConfig {
  /** The site root (absolute). */
  root: string
  /** The files read, relative to the root, in the order they were merged. */
  files: string[]
  /** The merged config, keys lowercased. */
  raw: ConfigMap
  settings: HugoSiteSettings
  /** Files Hugo would refuse to build with; they add nothing to `raw` (the other files still count). */
  problems: HugoConfigProblem[]
}

export interface ReadOptions {
  /** `config/<environment>/` merged last: `production` as `hugo` builds (default), `development` as `hugo server`. */
  environment?: string
}

/** The config of the Hugo site at `root`, or null when `root` has no config (it is not a Hugo site). Never throws for bad content. */
export async function readHugoConfig(root: string, options: ReadOptions = {}): Promise<HugoConfig | null> {
  const files = await configFiles(root, options.environment ?? 'production')
  if (!files.length) return null
  let raw: ConfigMap = {}
  const problems: HugoConfigProblem[] = []
  for (const { rel, keyPath } of files) {
    let text: string
    try {
      text = await readFile(join(root, rel), 'utf8')
    } catch (err) {
      problems.push({ file: rel, line: 1, column: 1, offset: 0, message: `could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` })
      continue
    }
    const parsed = parseConfigFile(rel, text.replace(/^\uFEFF/, ''))
    if (parsed.problem) problems.push(parsed.problem)
    else raw = mergeConfig(raw, nestUnder(keyPath, parsed.data))
  }
  return { root, files: files.map((f) => f.rel), raw, settings: siteSettings(raw), problems }
}

/** True when `dir` has a config Hugo would read: a root config file, or a config file in `config/_default/`. */
export async function hasHugoConfig(dir: string): Promise<boolean> {
  for (const name of ROOT_CONFIG_NAMES) if (await isFile(join(dir, name))) return true
  return (await listConfigDir(join(dir, 'config', '_default'))).length > 0
}

/** The nearest folder above `dir` (not `dir` itself) holding a Hugo config, at most `levels` up; null when none. */
export async function hugoSiteAbove(dir: string, levels = 6): Promise<string | null> {
  let child = resolve(dir)
  for (let i = 0; i < levels; i++) {
    const parent = dirname(child)
    if (parent === child) return null
    if (await hasHugoConfig(parent)) return parent
    child = parent
  }
  return null
}

async function configFiles(root: string, environment: string): Promise<{ rel: string; keyPath: string[] }[]> {
  const out: { rel: string; keyPath: string[] }[] = []
  for (const name of ROOT_CONFIG_NAMES) {
    if (await isFile(join(root, name))) {
      out.push({ rel: name, keyPath: [] })
      break // Hugo reads only the first one it finds
    }
  }
  for (const env of ['_default', environment]) {
    for (const rel of await listConfigDir(join(root, 'config', env))) out.push({ rel: `config/${env}/${rel}`, keyPath: configDirKeyPath(rel.split('/').pop()!) })
  }
  return out
}

// Files of a config folder in the lexical order Hugo walks it (sub-folders included), relative to it.
async function listConfigDir(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[])
  const out: string[] = []
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isDirectory()) out.push(...(await listConfigDir(join(dir, e.name), `${prefix}${e.name}/`)))
    else if (e.isFile() && isConfigFileName(e.name)) out.push(prefix + e.name)
  }
  return out
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile(), () => false)
}
