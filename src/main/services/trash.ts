// The workspace's own trash (web mode, or when the OS trash is unavailable): `.trash/<time>/<original path>`,
// so a deleted episode can be put back where it was. Dot folders are never listed or watched.
import { mkdir, rename, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError } from '../../shared/user-error'
import { resolveInside } from './paths'

export const TRASH_FOLDER = '.trash'

const exists = (p: string) => stat(p).then(() => true, () => false)

/** Moves the workspace file or folder `rel` into the trash; returns where it went (workspace-relative). */
export async function moveToWorkspaceTrash(root: string, rel: string, now: Date): Promise<string> {
  const source = resolveInside(root, rel)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  for (let i = 1; ; i++) {
    const trashed = `${TRASH_FOLDER}/${stamp}${i === 1 ? '' : `-${i}`}/${rel}`
    const target = resolveInside(root, trashed)
    if (await exists(target)) continue
    await mkdir(dirname(target), { recursive: true })
    await rename(source, target)
    return trashed
  }
}

/** Puts a trashed file or folder back at its original path; refuses when something is there now. */
export async function restoreFromWorkspaceTrash(root: string, trashed: string): Promise<string> {
  const m = new RegExp(`^${TRASH_FOLDER}/[^/]+/(.+)$`).exec(trashed)
  if (!m) throw new UserError(`"${trashed}" is not in the workspace trash.`, 'not-found')
  const source = resolveInside(root, trashed)
  const target = resolveInside(root, m[1])
  if (!(await exists(source))) throw new UserError(`"${trashed}" is no longer in the trash.`, 'not-found')
  if (await exists(target)) throw new UserError(`"${m[1]}" exists again; rename or move it before restoring.`, 'exists')
  await mkdir(dirname(target), { recursive: true })
  await rename(source, target)
  return m[1]
}

