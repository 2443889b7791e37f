// Saving one episode file: refuse (a conflict, nothing written) when the file on disk is not the one the text was
// based on, else replace it atomically in its own encoding. Kept free of heavy imports: the crash test runs it in
// hundreds of short-lived processes.
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { SaveResult } from '../../shared/api'
import { refuseReadOnly, removeStaleTemps, writeFileAtomic } from './atomic-write'
import { decodeText, detectEncoding, encodeText, hashBytes } from './file-text'

/**
 * Saves `text` to `abs` when the file's bytes still hash to `baseHash` (null: the file must not exist), or always
 * with `force`. `beforeWrite` learns the new hash before the file changes, so a watcher can recognise the write.
 */
export async function saveEpisodeFile(abs: string, shownPath: string, text: string, baseHash: string | null, force: boolean, beforeWrite?: (hash: string) => void): Promise<SaveResult> {
  const disk = await readFile(abs).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null
    throw err
  })
  const diskHash = disk ? hashBytes(disk) : null
  if (!force && diskHash !== baseHash) {
    const message =
      disk === null
        ? 'This episode was deleted or moved on disk since you opened it. Save anyway to write it back, or copy your text elsewhere.'
        : baseHash === null
          ? 'A file with this name already exists on disk. Compare it with your text before replacing it.'
          : 'This episode was changed on disk since you opened it (by a co-host, git or another editor). Reload theirs, keep yours, or compare.'
    return { ok: false, conflict: true, diskText: disk ? safeDecode(disk, shownPath) : null, diskHash, message }
  }
  if (disk) await refuseReadOnly(abs, shownPath) // even with force: a conflict may be overridden, a read-only file not
  const bytes = encodeText(text, disk ? detectEncoding(disk) : 'utf8')
  const hash = hashBytes(bytes)
  beforeWrite?.(hash)
  if (!disk) await mkdir(dirname(abs), { recursive: true }) // written back after it was deleted
  await writeFileAtomic(abs, bytes)
  void removeStaleTemps(dirname(abs))
  return { ok: true, hash }
}

export function safeDecode(bytes: Uint8Array, name: string): string {
  try {
    return decodeText(bytes, name)
  } catch {
    return ''
  }
}
