// Which of the bundle's files the text in the editor uses, and which files it points at that are not there,
// worked out from the unsaved text (the main process only knows the text on disk).
import type { MediaFile } from '../../shared/api'

const REFERENCES = [
  /\{\{[<%]\s*(?:figure|video|audio)\b[^}]*?\bsrc=(?:"([^"]*)"|`([^`]*)`|([^\s"`>%]+))/g,
  /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
  /<(?:img|source|video|audio)\b[^>]*?\bsrc=["']([^"']+)["']/gi
]
const MEDIA_NAME = /\.(png|jpe?g|gif|webp|svg|avif|mp3|m4a|aac|wav|ogg|opus|flac|mp4|m4v|webm|mov|pdf)$/i
const IMPLICIT = /^(featured|cover|thumbnail)\.[a-z0-9]+$/i

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** Bundle-relative targets the text points at (URLs and site paths left out), decoded. */
export function referencedNames(text: string): string[] {
  const refs = new Set<string>()
  for (const re of REFERENCES) {
    for (const m of text.matchAll(re)) {
      const target = (m[1] ?? m[2] ?? m[3] ?? '').split(/[?#]/)[0]
      if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/') && !target.startsWith('//')) refs.add(decode(target.replace(/^\.\//, '')))
    }
  }
  return [...refs]
}

/** The bundle's files marked used or unused by `text`, plus the files `text` points at that are missing. */
export function mediaStates(files: readonly MediaFile[], text: string): MediaFile[] {
  const present = files.filter((f) => f.state !== 'missing')
  const refs = referencedNames(text)
  const wanted = new Set(refs.map((r) => r.toLowerCase()))
  const lower = text.toLowerCase()
  const out: MediaFile[] = present.map((f) => {
    const name = f.name.toLowerCase()
    const encoded = f.name.split('/').map(encodeURIComponent).join('/').toLowerCase()
    const used = wanted.has(name) || IMPLICIT.test(f.name) || lower.includes(name) || lower.includes(encoded)
    return used === (f.state === 'used') ? f : { ...f, state: used ? 'used' : 'unused' }
  })
  const have = new Set(present.map((f) => f.name.toLowerCase()))
  for (const r of refs) {
    if (!have.has(r.toLowerCase()) && MEDIA_NAME.test(r)) {
      have.add(r.toLowerCase())
      out.push({ name: r, size: 0, kind: /\.(mp3|m4a|aac|wav|ogg|opus|flac)$/i.test(r) ? 'audio' : /\.(mp4|m4v|webm|mov)$/i.test(r) ? 'video' : /\.pdf$/i.test(r) ? 'other' : 'image', state: 'missing' })
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}
