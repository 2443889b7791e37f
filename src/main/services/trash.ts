// The app's own trash (web mode, or when the OS trash is unavailable), kept per site in the data folder rather than in
// the site, where `git add -A` would commit it: `<data>/trash/<site key>/<time>/<original path>`, so Undo puts a
// deleted episode back where it was.
import { createHash } from 'node:crypto'
import { cp, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../../shared/user-error'
import { resolveInside } from './paths'

const exists = (p: string) => stat(p).then(() => true, () => false)

/** The site's trash folder in the data folder (one per site, named by its path's hash, with the path written inside). */
export function siteTrashFolder(dataDir: string, root: string): string {
  return join(dataDir, 'trash', createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16))
}

/** Moves the site's file or folder `rel` into its trash; returns where it went (relative to the site's trash). */
export async function moveToSiteTrash(dataDir: string, root: string, rel: string, now: Date): Promise<string> {
  const source = resolveInside(root, rel)
  const trash = siteTrashFolder(dataDir, root)
  await mkdir(trash, { recursive: true })
  await writeFile(join(trash, 'site.txt'), `${resolve(root)}\n`) // which site these are, for a person looking
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  for (let i = 1; ; i++) {
    const trashed = `${stamp}${i === 1 ? '' : `-${i}`}/${rel}`
    const target = resolveInside(trash, trashed)
    if (await exists(target)) continue
    await mkdir(dirname(target), { recursive: true })
    await move(source, target)
    return trashed
  }
}

/** Puts a trashed file or folder back at its original path in the site; refuses when something is there now. */
export async function restoreFromSiteTrash(dataDir: string, root: string, trashed: string): Promise<string> {
  const m = /^[^/]+\/(.+)$/.exec(trashed)
  if (!m) throw new UserError(`"${trashed}" is not in this site's trash.`, 'not-found')
  const source = resolveInside(siteTrashFolder(dataDir, root), trashed)
  const target = resolveInside(root, m[1])
  if (!(await exists(source))) throw new UserError(`"${trashed}" is no longer in the trash.`, 'not-found')
  if (await exists(target)) throw new UserError(`"${m[1]}" exists again; rename or move it before restoring.`, 'exists')
  await mkdir(dirname(target), { recursive: true })
  await move(source, target)
  return m[1]
}

// The data folder may sit on another disk than the site: then a copy, and the original removed only once it is whole.
async function move(from: string, to: string): Promise<void> {
  try {
    return await rename(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
  }
  try {
    await cp(from, to, { recursive: true, force: false, errorOnExist: true, preserveTimestamps: true })
  } catch (err) {
    await rm(to, { recursive: true, force: true }).catch(() => {})
    throw err
  }
  await rm(from, { recursive: true, force: true })
}
