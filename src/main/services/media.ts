// The files of an episode's page bundle: which ones the text uses, which it links but are missing, and adding a
// dropped file under a safe, unique name without ever overwriting anything.
import { randomBytes } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { copyFile, constants, link, readdir, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportedMedia, MediaFile } from '../../shared/api'
import { UserError } from '../../shared/user-error'
import { isIgnoredFolder, isMediaName } from './episode-scan'
import { safeFileName } from './folder-name'
import { kindOfName, sniffMedia } from './media-type'

/** The largest file a drop may add (the transports carry at most 64 MB of base64). */
export const MEDIA_SIZE_LIMIT = 48 * 1024 * 1024

// Images the theme shows without a link in the text (Academic/Wowchemy featured image).
const IMPLICIT = /^(featured|cover|thumbnail)\.[a-z0-9]+$/i

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

/** Relative targets the text points at: figure `src`, Markdown images and links, `<img src>`, bundle file fields. */
export function referencedFiles(text: string): string[] {
  const refs = new Set<string>()
  const patterns = [
    /\{\{[<%]\s*figure\b[^}]*?\bsrc=(?:"([^"]*)"|`([^`]*)`|([^\s"`>%]+))/g,
    /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    /<(?:img|source|video|audio)\b[^>]*?\bsrc=["']([^"']+)["']/gi,
    /^\s*(?:url_\w+|image|src|file)\s*[:=]\s*["']?([^"'\s#]+\.[A-Za-z0-9]{2,5})["']?\s*$/gm
  ]
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const target = (m[1] ?? m[2] ?? m[3] ?? '').split(/[?#]/)[0]
      if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/')) refs.add(target.replace(/^\.\//, ''))
    }
  }
  return [...refs]
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The bundle's media with their state: used by the text, unused, or linked from the text but missing. */
export async function listBundleMedia(bundleAbs: string, text: string): Promise<MediaFile[]> {
  const files = await mediaFiles(bundleAbs)
  const refs = referencedFiles(text)
  // Hugo matches bundle resources case-insensitively; Markdown links are URL-encoded (`Untitled%201.png`).
  const wanted = new Set(refs.flatMap((r) => [r.toLowerCase(), decode(r).toLowerCase()]))
  const present = new Set(files.map((f) => f.name.toLowerCase()))
  const lowerText = text.toLowerCase()
  const media: MediaFile[] = files.map((f) => {
    const lower = f.name.toLowerCase()
    const used = wanted.has(lower) || IMPLICIT.test(f.name) || lowerText.includes(lower) || lowerText.includes(encodePath(f.name).toLowerCase())
    return { name: f.name, size: f.size, kind: kindOfName(f.name), state: used ? 'used' : 'unused' }
  })
  const missing = new Set<string>()
  for (const r of refs) {
    const name = decode(r)
    if (!present.has(name.toLowerCase()) && !present.has(r.toLowerCase()) && kindOfName(name) !== 'other' && !missing.has(name)) {
      missing.add(name)
      media.push({ name, size: 0, kind: kindOfName(name), state: 'missing' })
    }
  }
  return media.sort((a, b) => a.name.localeCompare(b.name))
}

/** The URL form to write in a document: each path segment percent-encoded (`kato/Untitled%201.png`). */
export function encodePath(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/')
}

/** Saves dropped bytes into the bundle folder under a safe, unique name; checks the content, never overwrites. */
export async function importIntoBundle(bundleAbs: string, fileName: string, data: Uint8Array, limit = MEDIA_SIZE_LIMIT): Promise<ImportedMedia> {
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
  // The name says what the content is: a PNG named `photo.jpg` is saved as `photo.png`.
  const ext = givenExt === type.ext || type.aliases.includes(givenExt) ? givenExt : type.ext
  const taken = new Set((await readdir(bundleAbs)).map((n) => n.toLowerCase()))
  const tmp = join(bundleAbs, `.import.shownotes-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  await writeFile(tmp, data, { flag: 'wx' })
  try {
    for (let i = 1; i < 10_000; i++) {
      const name = `${i === 1 ? stem : `${stem}-${i}`}.${ext}`
      if (taken.has(name.toLowerCase())) continue
      if (await placeExclusively(tmp, join(bundleAbs, name))) return { name, src: encodePath(name), kind: type.kind }
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
