// Reading and writing an episode (or a file beside it) from the command line: the app's own decoding (UTF-8 with
// or without BOM, UTF-16 with BOM), a refusal for read-only files, atomic writes, and clear errors for bad paths.
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { refuseReadOnly, removeStaleTemps, writeFileAtomic } from '../main/services/atomic-write'
import { decodeText, detectEncoding, encodeText, type TextEncoding } from '../main/services/file-text'
import { UserError } from '../shared/user-error'

export interface TextFile {
  text: string
  encoding: TextEncoding
}

export async function readTextFile(path: string, shown: string): Promise<TextFile> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(`There is no file ${shown}.`, 'not-found')
    if (code === 'EISDIR') throw new UserError(`${shown} is a folder; give the episode's index.md.`, 'bad-arguments')
    throw new UserError(`Cannot read ${shown}: ${(err as Error).message}`, 'read-failed')
  }
  return { text: decodeText(bytes, shown), encoding: detectEncoding(bytes) }
}

/** Replaces the file atomically in its own encoding; a read-only file is refused and nothing is written. */
export async function writeTextFile(path: string, shown: string, file: TextFile): Promise<void> {
  await refuseReadOnly(path, shown)
  await writeFileAtomic(path, encodeText(file.text, file.encoding))
  await removeStaleTemps(dirname(path)) // what an earlier run killed mid-write left beside it
}
