// Bytes ⇄ text for episode files, keeping what is on disk: UTF-8 with or without BOM, UTF-16 with BOM.
// The hash is of the bytes, so a save can tell whether the file changed on disk since it was read. Every reader of
// episode files (editor, list, set, check, render, export, duplicate) decodes through here, so all see the same text.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { UserError } from '../../shared/user-error'

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be'

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be'
  return 'utf8'
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text of a file; a BOM stays in the text (as U+FEFF) so saving writes it back. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const encoding = detectEncoding(bytes)
  if (encoding === 'utf16le') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le')
  if (encoding === 'utf16be') return Buffer.from(bytes).swap16().toString('utf16le')
  try {
    return utf8.decode(bytes)
  } catch {
    throw new UserError(`"${name}" is not UTF-8 text, so Shownotes cannot edit it without damaging it. Convert it to UTF-8 first.`, 'not-utf8')
  }
}

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * The text of a file for reading only (check, render, export): as `decodeText`, except that bytes which are not
 * UTF-8 become U+FFFD, which the checks then report (text-invalid-utf8), instead of refusing the file.
 */
export function decodeForReading(bytes: Uint8Array): string {
  return detectEncoding(bytes) === 'utf8' ? lenientUtf8.decode(bytes) : decodeText(bytes, '')
}

/** An episode file's text for reading only (see decodeForReading). */
export async function readTextFile(path: string): Promise<string> {
  return decodeForReading(await readFile(path))
}

export function readTextFileSync(path: string): string {
  return decodeForReading(readFileSync(path))
}

export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8')
  const le = Buffer.from(text, 'utf16le')
  return encoding === 'utf16le' ? le : le.swap16()
}
