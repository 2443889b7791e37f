// `bundle` export: a zip of the page bundle with `index.md` and only the files the episode uses (figures, images,
// files named in front matter, the theme's featured image), under the bundle's folder name.
import { zipSync } from 'fflate'
import { collectFacts } from '../checks/facts'
import { usedBundleFiles } from '../checks/rules/bundle-file-unused'

/** The bundle files (bundle-relative paths) the episode uses, sorted: what the zip will hold besides `index.md`. */
export function filesForBundle(text: string, bundleFiles: readonly string[]): string[] {
  const used = usedBundleFiles(collectFacts(text, { bundleFiles }))
  return bundleFiles.filter((f) => used.has(f)).sort()
}

/**
 * The zip: `folder/index.md` (the text as written) and `folder/<file>` for each file given. `files` maps
 * bundle-relative paths to their bytes (read them with `filesForBundle`'s list); `mtimes` gives each entry the date
 * of its file (`indexName` for the text), so the same bundle always gives the same bytes. An entry without one, or
 * outside the years a zip can hold (1980–2099), is dated at the nearest end of that range.
 */
export function zipBundle(folder: string, text: string, files: Record<string, Uint8Array>, indexName = 'index.md', mtimes: Record<string, Date> = {}): Uint8Array {
  const prefix = folder ? folder.replace(/\/+$/, '') + '/' : ''
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {
    [prefix + indexName]: [new TextEncoder().encode(text), { mtime: zipDate(mtimes[indexName]), level: 6 }]
  }
  for (const name of Object.keys(files).sort()) {
    if (name.split('/').some((p) => p === '..' || p === '') || name.startsWith('/')) throw new Error(`"${name}" is not a path inside the bundle.`)
    // Images and audio are compressed already: storing them is as small and much faster.
    const level = /\.(png|jpe?g|gif|webp|avif|mp3|m4a|mp4|webm|ogg|opus|zip|pdf)$/i.test(name) ? 0 : 6
    entries[prefix + name] = [files[name], { mtime: zipDate(mtimes[name]), level }]
  }
  return zipSync(entries)
}

// A zip stores local date and time from 1980 to 2099 (fflate refuses others).
const FIRST = new Date(1980, 0, 1, 0, 0, 0)
const LAST = new Date(2099, 11, 31, 23, 59, 58)
function zipDate(date: Date | undefined): Date {
  if (!date || Number.isNaN(date.getTime()) || date < FIRST) return FIRST
  return date > LAST ? LAST : date
}
