// The bundle's photos the figure checks look at, each with the place to report it: where the notes first show or
// link it, else the top of the document (an unused photo is still published with the bundle).
import type { BundleImage } from '../api'
import { BundleIndex } from './bundle-paths'
import { mediaRefs } from './media-refs'
import type { EpisodeFacts } from './types'

export interface BundlePhoto {
  file: string
  image: BundleImage
  from: number
  to: number
}

export function bundlePhotos(facts: EpisodeFacts): BundlePhoto[] {
  if (!facts.bundleFiles || !facts.bundleImages.size) return []
  const bundle = new BundleIndex(facts.bundleFiles)
  const place = new Map<string, { from: number; to: number }>()
  for (const ref of mediaRefs(facts)) {
    const found = bundle.find(ref.url)
    if (found && !place.has(found)) place.set(found, { from: ref.urlFrom, to: ref.urlTo })
  }
  const out: BundlePhoto[] = []
  for (const [file, image] of facts.bundleImages) out.push({ file, image, ...(place.get(file) ?? { from: 0, to: 0 }) })
  return out
}
