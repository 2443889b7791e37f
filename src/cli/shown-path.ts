// Paths as the command line prints them: forward slashes, relative to where the user is, so they can be pasted back.
import { posix, relative, sep } from 'node:path'

/** DIR as typed joined with a workspace-relative path, forward slashes (`.` + `content/a.md` → `content/a.md`). */
export function shownPath(dir: string, rel: string): string {
  return posix.join(dir.replace(/\\/g, '/'), rel)
}

/** An absolute path relative to the current folder (itself when that is empty). */
export function shownFromCwd(cwd: string, abs: string): string {
  return relative(cwd, abs).split(sep).join('/') || abs
}
