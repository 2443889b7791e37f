// Atomic file replacement: a temporary file in the same folder, written and fsynced, then renamed over the target,
// so a crash leaves either the complete old or the complete new file. The file's mode is kept.
import { randomBytes } from 'node:crypto'
import { chmod, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temporary files start with a dot so the index, the media list and the watcher never see them. */
export function isTempName(name: string): boolean {
  return /^\..+\.shownotes-\d+-[0-9a-f]+\.tmp$/.test(name)
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(target)
  let mode: number | undefined
  try {
    mode = (await stat(target)).mode & 0o7777
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const tmp = join(dir, `.${basename(target)}.shownotes-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
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
 * Removes temporary files a crashed save left next to `target`: at once when the process that wrote one is gone,
 * else once older than `ageMs` (it may belong to another running copy of the app).
 */
export async function removeStaleTemps(target: string, ageMs = 60_000, now = Date.now()): Promise<number> {
  const dir = dirname(target)
  const prefix = `.${basename(target)}.shownotes-`
  let removed = 0
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !isTempName(name)) continue
    const pid = Number(name.slice(prefix.length).split('-')[0])
    const path = join(dir, name)
    const info = await stat(path).catch(() => null)
    if (!info || (pid === process.pid && now - info.mtimeMs < ageMs)) continue
    if (processAlive(pid) && now - info.mtimeMs < ageMs) continue
    if (await unlink(path).then(() => true, () => false)) removed++
  }
  return removed
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
