// The journal of unsaved buffers in the app's data folder: written while the host types, offered back after a
// crash, cleared after a successful save. Each buffer is one JSON file replaced atomically, so it is never torn.
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { RecoveredBuffer } from '../../shared/api'
import { writeFileAtomic } from './atomic-write'
import { decodeText } from './file-text'
import { resolveInside } from './paths'

interface Entry extends RecoveredBuffer {
  version: 1
  root: string
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex')

export class RecoveryJournal {
  // Writes for one buffer are queued so an older write can never land after a newer one.
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(
    private readonly dataDir: string,
    private readonly clock: () => Date = () => new Date()
  ) {}

  private folder(workspaceRoot: string): string {
    return join(this.dataDir, 'recovery', sha(resolve(workspaceRoot)).slice(0, 16))
  }

  private file(workspaceRoot: string, path: string): string {
    return join(this.folder(workspaceRoot), sha(path).slice(0, 32) + '.json')
  }

  private queue<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(task, task)
    const settled = run.catch(() => {})
    this.queues.set(key, settled)
    void settled.then(() => this.queues.get(key) === settled && this.queues.delete(key))
    return run
  }

  /** Journals the unsaved text of `path` (workspace-relative). */
  write(workspaceRoot: string, path: string, text: string, baseHash: string | null): Promise<void> {
    const target = this.file(workspaceRoot, path)
    const entry: Entry = { version: 1, root: resolve(workspaceRoot), path, text, savedAt: this.clock().toISOString(), baseHash }
    return this.queue(target, async () => {
      await mkdir(this.folder(workspaceRoot), { recursive: true })
      await writeFileAtomic(target, JSON.stringify(entry))
    })
  }

  /** Buffers to offer back, newest first. Ones whose text is already what the file on disk holds are dropped. */
  async list(workspaceRoot: string): Promise<RecoveredBuffer[]> {
    const folder = this.folder(workspaceRoot)
    const names = await readdir(folder).catch(() => [] as string[])
    const found: RecoveredBuffer[] = []
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const entry = await readFile(join(folder, name), 'utf8').then(parseEntry, () => null)
      if (!entry || entry.root !== resolve(workspaceRoot)) continue
      if (await sameAsDisk(workspaceRoot, entry)) {
        await this.discardIfStill(workspaceRoot, entry)
        continue
      }
      found.push({ path: entry.path, text: entry.text, savedAt: entry.savedAt, baseHash: entry.baseHash })
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.path.localeCompare(b.path))
  }

  /**
   * Drops the buffer `entry` only if the journal still holds that very entry: text journaled meanwhile (the host
   * typing while the list was read) is newer than what was compared with the disk, and must stay.
   */
  private discardIfStill(workspaceRoot: string, entry: Entry): Promise<void> {
    const target = this.file(workspaceRoot, entry.path)
    return this.queue(target, async () => {
      const now = await readFile(target, 'utf8').then(parseEntry, () => null)
      if (now && now.savedAt === entry.savedAt && now.text === entry.text) await unlink(target).catch(() => undefined)
    })
  }

  discard(workspaceRoot: string, path: string): Promise<void> {
    const target = this.file(workspaceRoot, path)
    return this.queue(target, () =>
      unlink(target).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
    )
  }
}

function parseEntry(json: string): Entry | null {
  try {
    const e = JSON.parse(json) as Partial<Entry>
    const ok = e.version === 1 && typeof e.root === 'string' && typeof e.path === 'string' && typeof e.text === 'string'
    return ok && typeof e.savedAt === 'string' && (e.baseHash === null || typeof e.baseHash === 'string') ? (e as Entry) : null
  } catch {
    return null
  }
}

async function sameAsDisk(workspaceRoot: string, entry: Entry): Promise<boolean> {
  try {
    return decodeText(await readFile(resolveInside(workspaceRoot, entry.path)), entry.path) === entry.text
  } catch {
    return false
  }
}
