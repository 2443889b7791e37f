// Atomic file replacement: a temporary file in the same folder, written and fsynced, then renamed over the target,
// so a crash leaves either the complete old or the complete new file. The file's mode is kept.
import { randomBytes } from 'node:crypto'
import { chmod, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../../shared/user-error'

/** The temporary file a write to `target` goes through. It starts with a dot so no list or watcher sees it. */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.shownotes-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

const OUR_TEMP = /^\..+\.shownotes-\d+-[0-9a-f]+\.tmp$/
// What `shownotes set` left when killed mid-write before it used tempNameFor: write-file-atomic's `index.md.<uint32>`,
// nearly always 6 to 10 digits, so a host's own `index.md.1` backup is never taken for one.
const OLD_SET_TEMP = /^.+\.(md|markdown)\.\d{6,10}$/i

/** A temporary file of ours, whole or left by a crash: never listed, reported or watched. */
export function isTempName(name: string): boolean {
  return OUR_TEMP.test(name) || OLD_SET_TEMP.test(name)
}

/** How old a temporary file must be before it counts as left over (a save in progress takes far less). */
export const STALE_TEMP_MS = 5 * 60_000

/**
 * Refuses (code `read-only`) to save over a file no one may write (mode 0444, Windows' read-only flag). The rename of
 * an atomic save would replace it anyway, and as root even a plain write succeeds, so the mode bits decide.
 */
export async function refuseReadOnly(target: string, shown: string): Promise<void> {
  const info = await stat(target).catch(() => null)
  if (info?.isFile() && (info.mode & 0o222) === 0) {
    throw new UserError(`This file is read-only: "${shown}". Make it writable (or save your text elsewhere); nothing was changed.`, 'read-only')
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(target)
  let mode: number | undefined
  try {
    mode = (await stat(target)).mode & 0o7777
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const tmp = tempNameFor(target)
  const handle = await open(tmp, 'wx', mode ?? 0o666)
  try {
    await handle.writeFile(data)
    if (mode !== undefined) await handle.chmod(mode).catch(() => {})
    await handle.sync()
  } catch (err) {
    await handle.close().catch(() => {})
    await unlink(tmp).catch(() => {})
    throw err
  }
  await handle.close()
  try {
    await renameWithRetry(tmp, target)
  } catch (err) {
    await unlink(tmp).catch(() => {})
    throw err
  }
  if (mode !== undefined && process.platform === 'win32') await chmod(target, mode).catch(() => {})
  await syncFolder(dir)
}

// Windows refuses a rename for a moment while a virus scanner or indexer holds the file.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '')) throw err
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)))
    }
  }
}

// The rename is durable only once the folder entry is on disk too (POSIX; Windows cannot open folders).
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r').catch(() => null)
  if (!handle) return
  await handle.sync().catch(() => {})
  await handle.close().catch(() => {})
}

/**
 * Removes the temporary files of ours a crash left in the folder `dir` (a bundle, or a leaf episode's folder): only
 * names isTempName recognises, and only once older than `ageMs`, so a save in progress (ours or another copy's) is left.
 */
export async function removeStaleTemps(dir: string, ageMs = STALE_TEMP_MS, now = Date.now()): Promise<number> {
  let removed = 0
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!isTempName(name)) continue
    const path = join(dir, name)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile() || now - info.mtimeMs < ageMs) continue
    if (await unlink(path).then(() => true, () => false)) removed++
  }
  return removed
}
