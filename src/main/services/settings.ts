// App settings, the recent workspaces and the episode last open in each, kept as small JSON files in the app's
// data folder.
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { Settings } from '../../shared/api'
import { imageMaxEdgeLimit, sidebarWidthRange } from '../../shared/setting-limits'
import { defaultStampLag } from '../../shared/listen/stamp'
import { writeFileAtomic } from './atomic-write'

export const defaultSettings: Settings = {
  iframeHosts: [],
  autosave: false,
  summaryLimit: 160,
  theme: 'system',
  language: 'system',
  proseFont: 'monospace',
  sidebarWidth: 290,
  stampLag: defaultStampLag,
  imageMaxEdge: 2560,
  imageFormat: 'keep',
  keepOriginals: false,
  titledPaste: true,
  gitFetch: true
}

// Each field is read on its own: one bad value falls back to its default instead of losing the whole file.
const fieldSchemas: { [K in keyof Settings]: z.ZodType<Settings[K]> } = {
  iframeHosts: z.array(z.string().min(1).max(253)).max(200),
  autosave: z.boolean(),
  summaryLimit: z.number().int().min(0).max(10_000),
  theme: z.enum(['system', 'light', 'dark']),
  language: z.enum(['system', 'en', 'ja']),
  proseFont: z.enum(['monospace', 'proportional']),
  sidebarWidth: z.number().int().min(sidebarWidthRange.min).max(sidebarWidthRange.max),
  stampLag: z.number().min(0).max(10),
  imageMaxEdge: z.number().int().min(0).max(imageMaxEdgeLimit),
  imageFormat: z.enum(['keep', 'webp']),
  keepOriginals: z.boolean(),
  titledPaste: z.boolean(),
  gitFetch: z.boolean()
}

const RECENT_LIMIT = 10

/** A JSON file of the data folder; null when it is missing or unreadable. */
export async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return null
  }
}

export async function loadSettings(dataDir: string): Promise<Settings> {
  const raw = await readJson(join(dataDir, 'settings.json'))
  const settings: Settings = { ...defaultSettings, iframeHosts: [...defaultSettings.iframeHosts] }
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(fieldSchemas) as (keyof Settings)[]) {
      const parsed = fieldSchemas[key].safeParse((raw as Record<string, unknown>)[key])
      if (parsed.success) (settings as Record<keyof Settings, unknown>)[key] = parsed.data
    }
  }
  return settings
}

/** Saves the given fields (validated) over the current settings and returns the result. */
export async function saveSettings(dataDir: string, patch: Partial<Settings>): Promise<Settings> {
  const settings = await loadSettings(dataDir)
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    if (!(key in fieldSchemas)) continue
    ;(settings as Record<keyof Settings, unknown>)[key] = fieldSchemas[key].parse(patch[key])
  }
  await mkdir(dataDir, { recursive: true })
  await writeFileAtomic(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n')
  return settings
}

/** Recent workspace folders, most recent first; folders that no longer exist are left out. */
export async function recentWorkspaces(dataDir: string): Promise<string[]> {
  const raw = await readJson(join(dataDir, 'recent.json'))
  const list = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []
  const present = await Promise.all(list.map((p) => stat(p).then((s) => s.isDirectory(), () => false)))
  return list.filter((_, i) => present[i]).slice(0, RECENT_LIMIT)
}

export async function addRecentWorkspace(dataDir: string, folder: string): Promise<string[]> {
  const abs = resolve(folder)
  const raw = await readJson(join(dataDir, 'recent.json'))
  const list = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && x !== abs) : []
  const next = [abs, ...list].slice(0, RECENT_LIMIT)
  await mkdir(dataDir, { recursive: true })
  await writeFileAtomic(join(dataDir, 'recent.json'), JSON.stringify(next, null, 2) + '\n')
  return next
}

const LAST_EPISODES_LIMIT = 50

/** The episode that was open when the workspace at `root` was last used, so the window can reopen it. */
export async function lastEpisode(dataDir: string, root: string): Promise<string | null> {
  const raw = await readJson(join(dataDir, 'last-episodes.json'))
  const path = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[resolve(root)] : null
  return typeof path === 'string' ? path : null
}

/** Remembers `path` (null: none) as the open episode of the workspace at `root`; the newest workspaces are kept. */
export async function rememberEpisode(dataDir: string, root: string, path: string | null): Promise<void> {
  const raw = await readJson(join(dataDir, 'last-episodes.json'))
  const all = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {}
  const key = resolve(root)
  delete all[key]
  const next = Object.fromEntries([...(path ? [[key, path]] : []), ...Object.entries(all).filter(([, v]) => typeof v === 'string')].slice(0, LAST_EPISODES_LIMIT))
  await mkdir(dataDir, { recursive: true })
  await writeFileAtomic(join(dataDir, 'last-episodes.json'), JSON.stringify(next, null, 2) + '\n')
}
