// The names a host gave a transcript's speaker ids, remembered per site in the data folder, so the next episode's
// transcript suggests them (SPEAKER_00 is often the same host every week).
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { SpeakerMemory } from '../../shared/api'
import { writeFileAtomic } from './atomic-write'

const FILE = 'speaker-names.json'
const NAMES_LIMIT = 50

async function readAll(dataDir: string): Promise<Record<string, SpeakerMemory>> {
  const raw: unknown = await readFile(join(dataDir, FILE), 'utf8').then(JSON.parse, () => null)
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, SpeakerMemory>) : {}
}

export async function speakerNames(dataDir: string, root: string): Promise<SpeakerMemory> {
  const kept = (await readAll(dataDir))[resolve(root)]
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  const byId = kept?.byId && typeof kept.byId === 'object' ? Object.fromEntries(Object.entries(kept.byId).filter(([, v]) => typeof v === 'string')) : {}
  return { names: strings(kept?.names), byId }
}

/** Keeps `byId` (id → name) for the site; its names go first in the list of names used. */
export async function rememberSpeakerNames(dataDir: string, root: string, byId: Record<string, string>): Promise<SpeakerMemory> {
  const all = await readAll(dataDir)
  const before = await speakerNames(dataDir, root)
  const given: Record<string, string> = Object.fromEntries(Object.entries(byId).flatMap(([id, name]) => (name.trim() ? [[id, name.trim()]] : [])))
  const next: SpeakerMemory = {
    names: [...new Set([...Object.values(given), ...before.names])].slice(0, NAMES_LIMIT),
    byId: { ...before.byId, ...given }
  }
  all[resolve(root)] = next
  await mkdir(dataDir, { recursive: true })
  await writeFileAtomic(join(dataDir, FILE), JSON.stringify(all, null, 2) + '\n')
  return next
}
