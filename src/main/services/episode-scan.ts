// Walks the content folders and finds the episodes: page bundles (a folder with `index.md`) and leaf files.
// `_index.md` is a section page, not an episode; tooling and output folders and dot folders are never entered.
import type { Dirent } from 'node:fs'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isTempName } from './atomic-write'

export interface EpisodeCandidate {
  /** Workspace-relative path of `index.md` or of the leaf file. */
  path: string
  section: string
  bundle: boolean
  mtimeMs: number
  size: number
  /** Files in the bundle other than Markdown (images, audio, …); 0 for a leaf file. */
  media: number
}

const IGNORED_FOLDERS = new Set(['node_modules', 'public', 'resources'])
// In a plain folder (no Hugo config) these are a site's other parts or project files, not episodes.
const PLAIN_IGNORED_FOLDERS = new Set(['archetypes', 'layouts', 'themes', 'static', 'assets', 'data', 'i18n', 'config'])
const PLAIN_IGNORED_FILES = /^(readme|license|licence|changelog|contributing|code_of_conduct|security)\.(md|markdown)$/i
const MARKDOWN = /\.(md|markdown)$/i
const BUNDLE_INDEX = /^index\.(md|markdown)$/i
const SECTION_INDEX = /^_index\.(md|markdown)$/i

export function isIgnoredFolder(name: string, plain = false): boolean {
  return name.startsWith('.') || IGNORED_FOLDERS.has(name) || (plain && PLAIN_IGNORED_FOLDERS.has(name))
}

export function isMarkdownName(name: string): boolean {
  return MARKDOWN.test(name)
}

export function isMediaName(name: string): boolean {
  return !name.startsWith('.') && !MARKDOWN.test(name) && !isTempName(name)
}

/**
 * All episodes under the content folders, in no particular order. Synchronous file system calls are about 2.5×
 * faster than their promise forms for thousands of small folders; the walk yields every few milliseconds so the
 * process stays responsive.
 */
export async function scanEpisodes(root: string, contentDirs: string[], plain: boolean, memo?: BundleMemo): Promise<EpisodeCandidate[]> {
  const found: EpisodeCandidate[] = []
  const stack = contentDirs.map((dir) => ({ contentDir: dir, rel: dir }))
  let slice = performance.now()
  while (stack.length) {
    const { contentDir, rel } = stack.pop()!
    for (const sub of scanFolder(root, contentDir, rel, plain, found, memo)) stack.push({ contentDir, rel: sub })
    if (performance.now() - slice > TIME_SLICE_MS) {
      await yieldToEventLoop()
      slice = performance.now()
    }
  }
  return found
}

export const TIME_SLICE_MS = 8

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * What a rescan in the same process remembers of each bundle folder: while the folder's mtime (and its
 * sub-folders') is unchanged, its entries are too, so two stats replace a directory read.
 */
export type BundleMemo = Map<string, { mtimeMs: number; index: string; media: number; subfolders: [string, number][] }>

/** Scans one folder (workspace-relative `rel`), adding the episodes in it; returns its sub-folders to scan. */
function scanFolder(root: string, contentDir: string, rel: string, plain: boolean, found: EpisodeCandidate[], memo: BundleMemo | undefined): string[] {
  const abs = join(root, rel)
  const known = memo?.get(rel)
  if (known) {
    const unchanged =
      statSync(abs, { throwIfNoEntry: false })?.mtimeMs === known.mtimeMs &&
      known.subfolders.every(([sub, mtimeMs]) => statSync(join(abs, sub), { throwIfNoEntry: false })?.mtimeMs === mtimeMs)
    const info = unchanged ? statSync(join(abs, known.index), { throwIfNoEntry: false }) : undefined
    if (info) {
      const path = joinRel(rel, known.index)
      found.push({ path, section: sectionOf(contentDir, path, true), bundle: true, mtimeMs: info.mtimeMs, size: info.size, media: known.media })
      return []
    }
    memo!.delete(rel)
  }
  // Taken before reading the entries, so an entry added meanwhile makes the memo stale, never wrong.
  const folderTime = memo ? statSync(abs, { throwIfNoEntry: false })?.mtimeMs : undefined
  let entries: Dirent[]
  try {
    entries = readdirSync(abs, { withFileTypes: true })
  } catch {
    return [] // gone since its parent was read, or unreadable
  }
  const index = entries.find((e) => e.isFile() && BUNDLE_INDEX.test(e.name))
  if (index && rel !== contentDir) {
    const path = joinRel(rel, index.name)
    const info = statSync(join(abs, index.name), { throwIfNoEntry: false })
    const subfolders: [string, number][] = []
    const media = countMedia(abs, entries, '', subfolders)
    if (!info) return []
    found.push({ path, section: sectionOf(contentDir, path, true), bundle: true, mtimeMs: info.mtimeMs, size: info.size, media })
    if (memo && folderTime !== undefined) memo.set(rel, { mtimeMs: folderTime, index: index.name, media, subfolders })
    return []
  }
  const folders: string[] = []
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!isIgnoredFolder(e.name, plain)) folders.push(joinRel(rel, e.name))
    } else if (e.isFile() && MARKDOWN.test(e.name) && !SECTION_INDEX.test(e.name) && !e.name.startsWith('.')) {
      if (plain && rel === contentDir && PLAIN_IGNORED_FILES.test(e.name)) continue
      const path = joinRel(rel, e.name)
      const info = statSync(join(abs, e.name), { throwIfNoEntry: false })
      if (info) found.push({ path, section: sectionOf(contentDir, path, false), bundle: false, mtimeMs: info.mtimeMs, size: info.size, media: 0 })
    }
  }
  return folders
}

/** Media files in the bundle folder `abs` now. */
export function countBundleMedia(abs: string): number {
  try {
    return countMedia(abs, readdirSync(abs, { withFileTypes: true }), '', [])
  } catch {
    return 0
  }
}

/** Media files in a bundle folder, sub-folders included (`kato/Untitled 1.png`); notes each sub-folder's mtime. */
function countMedia(abs: string, entries: Dirent[], rel: string, subfolders: [string, number][]): number {
  let count = 0
  for (const e of entries) {
    if (e.isFile() && isMediaName(e.name)) count++
    else if (e.isDirectory() && !isIgnoredFolder(e.name)) {
      const sub = rel ? `${rel}/${e.name}` : e.name
      const dir = join(abs, e.name)
      try {
        const mtimeMs = statSync(dir).mtimeMs
        count += countMedia(dir, readdirSync(dir, { withFileTypes: true }), sub, subfolders)
        subfolders.push([sub, mtimeMs])
      } catch {
        // vanished meanwhile
      }
    }
  }
  return count
}

function joinRel(a: string, b: string): string {
  return a ? `${a}/${b}` : b
}

/** The first folder under the content folder, unless the episode sits directly in it (then ''). */
function sectionOf(contentDir: string, path: string, bundle: boolean): string {
  const inside = contentDir ? path.slice(contentDir.length + 1) : path
  const parts = inside.split('/')
  const depth = bundle ? 2 : 1 // a bundle's own folder is not its section
  return parts.length > depth ? parts[0] : ''
}
