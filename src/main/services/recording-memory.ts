// The desktop app's memory of the recording a host chose from outside the site, per episode: its path kept in the
// data folder (`recordings.json`), and for this run a grant — an unguessable id under which the app:// protocol
// plays that one file. The browser never gets a path, so web mode has no such memory (the panel asks again).
import { randomUUID } from 'node:crypto'
import { mkdir, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, resolve } from 'node:path'
import type { GrantedRecording } from '../../shared/api'
import { fileKind } from '../../shared/file-kinds'
import { UserError } from '../../shared/user-error'
import { writeFileAtomic } from './atomic-write'
import { readJson } from './settings'

const FILE = 'recordings.json'
const LIMIT = 200

export class RecordingMemory {
  /** Grant id → absolute path, for this run only. */
  private readonly grants = new Map<string, string>()

  constructor(private readonly dataDir: string) {}

  /** Remembers `path` as the recording of `episode` in the site at `root`, and grants it for this run. */
  async remember(root: string, episode: string, path: string): Promise<GrantedRecording> {
    if (!isAbsolute(path)) throw new UserError(`"${path}" is not a full path to a file.`, 'path-refused')
    if (fileKind(path) !== 'audio') throw new UserError(`"${basename(path)}" is not an audio file (mp3, m4a, wav, ogg, opus or flac).`, 'not-media')
    const granted = await this.grant(path)
    if (!granted) throw new UserError(`"${path}" was not found.`, 'not-found')
    const all = await this.all()
    const key = keyOf(root, episode)
    delete all[key]
    const next = Object.fromEntries([[key, resolve(path)], ...Object.entries(all)].slice(0, LIMIT))
    await mkdir(this.dataDir, { recursive: true })
    await writeFileAtomic(join(this.dataDir, FILE), JSON.stringify(next, null, 2) + '\n')
    return granted
  }

  /** The recording remembered for `episode`, granted again; null when there is none or it is gone. */
  async remembered(root: string, episode: string): Promise<GrantedRecording | null> {
    const path = (await this.all())[keyOf(root, episode)]
    return path && fileKind(path) === 'audio' ? this.grant(path) : null
  }

  /** The file a grant id plays; null for an id this run never granted. */
  pathOf(id: string): string | null {
    return this.grants.get(id) ?? null
  }

  private async grant(path: string): Promise<GrantedRecording | null> {
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) return null
    const abs = resolve(path)
    const id = [...this.grants].find(([, p]) => p === abs)?.[0] ?? randomUUID()
    this.grants.set(id, abs)
    const name = basename(abs)
    return { name, size: info.size, mtime: Math.floor(info.mtimeMs), url: `/recording/${id}/${encodeURIComponent(name)}` }
  }

  private async all(): Promise<Record<string, string>> {
    const raw = await readJson(join(this.dataDir, FILE))
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
    return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'))
  }
}

const keyOf = (root: string, episode: string) => `${resolve(root)}\n${episode}`
