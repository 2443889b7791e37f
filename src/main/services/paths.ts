// Path confinement: every path from the UI, the CLI or the web is resolved inside the workspace root or refused.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { UserError } from '../../shared/user-error'

function inside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel))
}

/**
 * The real path of the deepest part of `p` that exists, with the rest appended (so new files can be checked).
 * A dangling symlink is followed to where it points, so a link to a missing file outside still counts as outside.
 */
export function realpathOfExisting(p: string, hops = 0): string {
  const rest: string[] = []
  let cur = p
  for (;;) {
    try {
      return resolve(realpathSync(cur), ...rest.reverse())
    } catch {
      const link = lstatSync(cur, { throwIfNoEntry: false })
      if (link?.isSymbolicLink() && hops < 40) return resolve(realpathOfExisting(resolve(dirname(cur), readlinkSync(cur)), hops + 1), ...rest.reverse())
      const parent = resolve(cur, '..')
      if (parent === cur) return p
      rest.push(cur.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)))
      cur = parent
    }
  }
}

/**
 * Resolves a workspace-relative path (forward slashes) to an absolute path inside `root`, following symlinks.
 * Refuses absolute paths, `..` escapes, NUL bytes and symlinks that lead outside the workspace.
 */
export function resolveInside(root: string, relPath: string): string {
  if (typeof relPath !== 'string' || relPath.length === 0) throw new UserError('A file path is required.', 'path-refused')
  if (relPath.includes('\0')) throw new UserError('That path contains a NUL character and was refused.', 'path-refused')
  // File systems allow 255 bytes a name; longer ones would fail deep in the system (ENAMETOOLONG) instead of here.
  if (relPath.length > 4096 || relPath.split(/[\\/]/).some((name) => Buffer.byteLength(name) > 255)) {
    throw new UserError('That file name is too long (a name may have at most 255 bytes).', 'name-too-long')
  }
  if (isAbsolute(relPath) || /^[a-zA-Z]:/.test(relPath) || relPath.startsWith('\\')) {
    throw new UserError(`"${relPath}" is an absolute path; only paths inside the workspace are allowed.`, 'path-refused')
  }
  const realRoot = realpathOfExisting(resolve(root))
  const target = resolve(realRoot, relPath)
  if (!inside(realRoot, target)) throw new UserError(`"${relPath}" is outside the workspace and was refused.`, 'path-refused')
  const real = realpathOfExisting(target)
  if (!inside(realRoot, real)) {
    throw new UserError(`"${relPath}" leads outside the workspace (through a link) and was refused.`, 'path-refused')
  }
  return real
}
