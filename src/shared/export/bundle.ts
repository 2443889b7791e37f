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
 * bundle-relative paths to their bytes (read them with `filesForBundle`'s list). Dates are fixed so the same
 * bundle always gives the same bytes.
 */
export function zipBundle(folder: string, text: string, files: Record<string, Uint8Array>, indexName = 'index.md'): Uint8Array {
  const prefix = folder ? folder.replace(/\/+$/, '') + '/' : ''
  const mtime = new Date('2000-01-01T00:00:00Z')
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {
    [prefix + indexName]: [new TextEncoder().encode(text), { mtime, level: 6 }]
  }
  for (const name of Object.keys(files).sort()) {
    if (name.split('/').some((p) => p === '..' || p === '') || name.startsWith('/')) throw new Error(`"${name}" is not a path inside the bundle.`)
    // Images and audio are compressed already: storing them is as small and much faster.
    const level = /\.(png|jpe?g|gif|webp|avif|mp3|m4a|mp4|webm|ogg|opus|zip|pdf)$/i.test(name) ? 0 : 6
    entries[prefix + name] = [files[name], { mtime, level }]
  }
  return zipSync(entries)
}
