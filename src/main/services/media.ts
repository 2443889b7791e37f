// The files of an episode's page bundle: which ones the text uses, which it shows but are missing, and adding a
// dropped file under a safe, unique name without ever overwriting anything (photos processed on the way in).
import type { Dirent } from 'node:fs'
import { copyFile, constants, link, readdir, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BundleImage, ImportedMedia, MediaFile } from '../../shared/api'
import { bundleUsage, missingFiles } from '../../shared/bundle-usage'
import { fileKind } from '../../shared/file-kinds'
import { UserError } from '../../shared/user-error'
import { tempNameFor } from './atomic-write'
import { isIgnoredFolder, isMediaName } from './episode-scan'
import { figureFacts, processFigure, type FigureOptions } from './figure-process'
import { safeFileName } from './folder-name'
import { sniffMedia } from './media-type'

/** The largest file a drop may add (the transports carry at most 64 MB of base64). */
const MEDIA_SIZE_LIMIT = 48 * 1024 * 1024

/** Bundle-relative media files under `bundleAbs`, sub-folders included. */
async function mediaFiles(bundleAbs: string, rel = ''): Promise<{ name: string; size: number }[]> {
  const entries = await readdir(join(bundleAbs, rel), { withFileTypes: true }).catch(() => [] as Dirent[])
  const out: { name: string; size: number }[] = []
  for (const e of entries) {
    const name = rel ? `${rel}/${e.name}` : e.name
    if (e.isFile() && isMediaName(e.name)) out.push({ name, size: (await stat(join(bundleAbs, name)).catch(() => ({ size: 0 }))).size })
    else if (e.isDirectory() && !isIgnoredFolder(e.name)) out.push(...(await mediaFiles(bundleAbs, name)))
  }
  return out
}

/** The bundle's media with their state: used by the text, unused, or shown by the text but missing. */
export async function listBundleMedia(bundleAbs: string, text: string): Promise<MediaFile[]> {
  const files = await mediaFiles(bundleAbs)
  // The same answer as the checks' bundle-file-unused and figure-missing-image (and the window's own marks).
  const usage = bundleUsage(text, files.map((f) => f.name))
  const media: MediaFile[] = files.map((f) => ({ name: f.name, size: f.size, kind: fileKind(f.name), state: usage.used.has(f.name) ? 'used' : 'unused' }))
  // The figure checks' facts (size, GPS) from each photo's headers; nothing is decoded.
  await Promise.all(media.filter((m) => m.kind === 'image').map(async (m) => {
    const facts: BundleImage | null = await figureFacts(join(bundleAbs, m.name))
    if (facts) m.image = facts
  }))
  for (const m of missingFiles(usage)) media.push({ name: m.path, size: 0, kind: m.kind, state: 'missing' })
  return media.sort((a, b) => a.name.localeCompare(b.name))
}

/** The URL form to write in a document: each path segment percent-encoded (`kato/Untitled%201.png`). */
export function encodePath(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/')
}

export interface ImportOptions {
  /** How photos are processed on the way in; null adds every file exactly as given (the "keep originals" setting). */
  figures: FigureOptions | null
  /** The largest file accepted, in bytes. */
  limit?: number
}

/**
 * Saves dropped bytes into the bundle folder under a safe, unique name; checks the content, never overwrites. A photo
 * is saved without its metadata and within the size limit (figure-process.ts); the bytes given are never changed.
 */
export async function importIntoBundle(bundleAbs: string, fileName: string, given: Uint8Array, options: ImportOptions): Promise<ImportedMedia> {
  const limit = options.limit ?? MEDIA_SIZE_LIMIT
  let data = given
  if (data.byteLength > limit) {
    const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`
    throw new UserError(`"${fileName}" is ${mb(data.byteLength)}; files up to ${mb(limit)} can be added here. Copy larger files into the episode's folder yourself.`, 'too-large')
  }
  if (data.byteLength === 0) throw new UserError(`"${fileName}" is empty.`, 'bad-media')
  const type = sniffMedia(data)
  if (!type) throw new UserError(`"${fileName}" is not an image, audio, video or PDF file Shownotes recognises, so it was not added.`, 'bad-media')
  const safe = safeFileName(fileName, type.kind)
  const dot = safe.lastIndexOf('.')
  const givenExt = dot > 0 ? safe.slice(dot + 1) : ''
  const stem = dot > 0 ? safe.slice(0, dot) : safe
  let savedExt = type.ext
  if (options.figures && type.kind === 'image') {
    const figure = await processFigure(given, type, fileName, options.figures)
    data = figure.data
    savedExt = figure.ext
  }
  // The name says what the content is: a PNG named `photo.jpg` is saved as `photo.png`.
  const ext = savedExt === type.ext && (givenExt === type.ext || type.aliases.includes(givenExt)) ? givenExt : savedExt
  const taken = new Set((await readdir(bundleAbs)).map((n) => n.toLowerCase()))
  const tmp = tempNameFor(join(bundleAbs, 'import'))
  try {
    // Inside the try: a write that fails half-way (a full disk) must not leave the temporary file behind.
    await writeFile(tmp, data, { flag: 'wx' })
    for (let i = 1; i < 10_000; i++) {
      const name = `${i === 1 ? stem : `${stem}-${i}`}.${ext}`
      if (taken.has(name.toLowerCase())) continue
      if (await placeExclusively(tmp, join(bundleAbs, name))) return { name, src: encodePath(name), kind: type.kind, sizes: { before: given.byteLength, after: data.byteLength } }
      taken.add(name.toLowerCase())
    }
    throw new UserError(`Could not find a free name for "${fileName}" in this episode's folder.`, 'bad-media')
  } finally {
    await unlink(tmp).catch(() => {})
  }
}

// A hard link fails when the name exists, so a file appearing at the same moment is never overwritten.
async function placeExclusively(tmp: string, target: string): Promise<boolean> {
  try {
    await link(tmp, target)
    return true
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'ENOSYS'].includes(code ?? '')) throw err
  }
  try {
    await copyFile(tmp, target, constants.COPYFILE_EXCL) // file systems without hard links (FAT, some network drives)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  }
}
