// The file system's refusals (EACCES, ENOSPC, ENAMETOOLONG …) as errors a person can act on: a code with an English
// sentence here, a Japanese one in the window's error table; never "Something went wrong: EACCES: …, open '….tmp'".
import { basename, dirname } from 'node:path'
import type { ErrorCode } from '../../shared/error-codes'
import { UserError } from '../../shared/user-error'

const SENTENCES: Record<string, { code: ErrorCode; say: (where: string) => string }> = {
  EACCES: { code: 'permission-denied', say: (w) => `Shownotes is not allowed to change this file or folder (permission denied)${w}. Nothing was changed.` },
  EPERM: { code: 'permission-denied', say: (w) => `Shownotes is not allowed to change this file or folder (permission denied)${w}. Nothing was changed.` },
  EROFS: { code: 'read-only-disk', say: (w) => `This disk or folder is read-only${w}. Nothing was changed.` },
  ENOSPC: { code: 'disk-full', say: (w) => `The disk is full${w}. Free some space, then try again; nothing was changed.` },
  EDQUOT: { code: 'disk-full', say: (w) => `Your disk quota is used up${w}. Free some space, then try again; nothing was changed.` },
  ENAMETOOLONG: { code: 'name-too-long', say: (w) => `The file or folder name is too long for this disk${w}. Choose a shorter name.` },
  EBUSY: { code: 'file-busy', say: (w) => `Another program is using this file${w}. Close it there, then try again.` },
  EMFILE: { code: 'too-many-files', say: () => 'Too many files are open at once. Close some programs, then try again.' },
  EIO: { code: 'disk-error', say: (w) => `The disk could not be read or written${w}. Check the disk, then try again.` }
}

/** A UserError for a file system error Shownotes knows how to explain, else null. */
export function explainFsError(err: unknown): UserError | null {
  const e = err as NodeJS.ErrnoException | null
  const known = e && typeof e.code === 'string' ? SENTENCES[e.code] : undefined
  if (!known) return null
  // Shown by folder: the path in the error is often a temporary file the person never made.
  const where = typeof e?.path === 'string' && e.path ? ` (in "${basename(dirname(e.path)) || dirname(e.path)}")` : ''
  return new UserError(known.say(where), known.code)
}
