// Renaming and duplicating episodes on disk without ever overwriting another: case-only renames go through a
// temporary name, because on case-insensitive disks (macOS, Windows) a direct rename can lose the folder.
import { randomBytes } from 'node:crypto'
import { cp, mkdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { renumberTitle } from '../../shared/episode-number'
import { readFrontMatter, setField } from '../../shared/front-matter/index'
import { UserError } from '../../shared/user-error'
import { writeFileAtomic } from './atomic-write'
import { decodeForReading, detectEncoding, encodeText } from './file-text'
import { checkName } from './folder-name'
import { resolveInside } from './paths'

/** The thing an episode path stands for: its bundle folder, or the leaf file itself. */
export function episodeUnit(rel: string): { rel: string; bundle: boolean } {
  const bundle = /(^|\/)index\.(md|markdown)$/i.test(rel)
  return bundle ? { rel: rel.slice(0, rel.lastIndexOf('/')), bundle } : { rel, bundle }
}

const parentOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '')
const joinRel = (a: string, b: string) => (a ? `${a}/${b}` : b)

async function statOrNull(p: string) {
  return stat(p).catch(() => null)
}

/** Renames an episode's bundle folder (or leaf file) in place; returns the episode's new path. */
export async function renameEpisodeOnDisk(root: string, path: string, newName: string): Promise<string> {
  const unit = episodeUnit(path)
  if (!unit.rel) throw new UserError('The content folder itself cannot be renamed here.', 'bad-name')
  const sourceAbs = resolveInside(root, unit.rel)
  const source = await statOrNull(sourceAbs)
  if (!source) throw new UserError(`"${path}" no longer exists on disk.`, 'not-found')
  let name = checkName(newName.trim())
  if (!unit.bundle && !/\.(md|markdown)$/i.test(name)) name += extname(unit.rel)
  const targetRel = joinRel(parentOf(unit.rel), name)
  const targetAbs = resolveInside(root, targetRel)
  const result = unit.bundle ? `${targetRel}/${basename(path)}` : targetRel
  if (basename(sourceAbs) === name) return result
  const existing = await statOrNull(targetAbs)
  if (existing && !(existing.ino === source.ino && existing.dev === source.dev)) {
    throw new UserError(`"${name}" already exists next to this episode. Choose another name.`, 'exists')
  }
  if (existing) {
    // Same file under another spelling: only the letter case changes. Step through a temporary name.
    const temp = join(dirname(sourceAbs), `.rename-${randomBytes(4).toString('hex')}`)
    await rename(sourceAbs, temp)
    await rename(temp, targetAbs)
    // Two hard links of one file: POSIX rename between them does nothing, so drop the extra name ourselves.
    const left = await statOrNull(temp)
    if (left && left.ino === source.ino) await unlink(temp)
  } else {
    await rename(sourceAbs, targetAbs)
  }
  return result
}

/**
 * Copies an episode next to itself as `<name>-copy` (a draft, title marked "(copy)", numbered `number` when the
 * original has a number), and returns the copy's path. Nothing is left behind when it fails.
 */
export async function duplicateEpisodeOnDisk(root: string, path: string, title: string, number: number | null = null): Promise<string> {
  const unit = episodeUnit(path)
  const sourceAbs = resolveInside(root, unit.rel)
  if (!(await statOrNull(sourceAbs))) throw new UserError(`"${path}" no longer exists on disk.`, 'not-found')
  const ext = unit.bundle ? '' : extname(unit.rel)
  const stem = basename(unit.rel, ext)
  for (let i = 1; i < 1000; i++) {
    const name = `${stem}-copy${i === 1 ? '' : `-${i}`}${ext}`
    const targetRel = joinRel(parentOf(unit.rel), name)
    const targetAbs = resolveInside(root, targetRel)
    try {
      if (unit.bundle) await mkdir(targetAbs) // fails when taken, so no copy lands in someone else's folder
      else await cp(sourceAbs, targetAbs, { force: false, errorOnExist: true })
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EEXIST' || code === 'ERR_FS_CP_EEXIST') continue
      if (!unit.bundle) await rm(targetAbs, { force: true }).catch(() => {}) // a half-copied file of ours
      throw err
    }
    const fileRel = unit.bundle ? `${targetRel}/${basename(path)}` : targetRel
    try {
      if (unit.bundle) await cp(sourceAbs, targetAbs, { recursive: true, force: false, errorOnExist: true })
      await markCopy(resolveInside(root, fileRel), title, number)
    } catch (err) {
      await rm(targetAbs, { recursive: true, force: true }).catch(() => {}) // no half copy left (a full disk)
      throw err
    }
    return fileRel
  }
  throw new UserError(`Could not find a free name for a copy of "${path}".`, 'exists')
}

/** The copy's title marked "(copy)" and renumbered, made a draft; front matter that cannot be edited stays as it was. */
async function markCopy(fileAbs: string, title: string, number: number | null): Promise<void> {
  const bytes = await readFile(fileAbs)
  const text = decodeForReading(bytes)
  const renumbered = number === null ? null : renumberTitle(title, number)
  let edited: string | null = null
  try {
    edited = setField(setField(text, 'title', `${renumbered ?? title} (copy)`), 'draft', true)
    // A number kept in an `episode` field (and not in the title) moves on too.
    if (number !== null && renumbered === null && readFrontMatter(edited).data?.episode !== undefined) edited = setField(edited, 'episode', number)
  } catch {
    // Broken or unclosed front matter: the copy stays as the original was.
  }
  // In the original's encoding (UTF-8, or UTF-16 with its BOM).
  if (edited !== null) await writeFileAtomic(fileAbs, encodeText(edited, detectEncoding(bytes)))
}
