// A figure or image whose file is not in the page bundle shows as a broken image on the site. Hugo finds bundle
// files case-insensitively; Markdown URLs are decoded first (`Untitled%201.png` is `Untitled 1.png`).
import { decodePercents } from '../../percent-decoding'
import { bundleUsageOf } from '../../bundle-usage'
import { BundleIndex, encodePath } from '../bundle-paths'
import type { CheckRule } from '../types'

const WHAT = { figure: 'figure', video: 'video', audio: 'audio', image: 'image', html: 'image' } as const

export const figureMissingImage: CheckRule = {
  id: 'figure-missing-image',
  severity: 'error',
  description: "A figure, image, video or audio file is not in the episode's folder.",
  check(facts, report) {
    if (!facts.bundleFiles) return // a leaf file has no bundle to look in
    const bundle = new BundleIndex(facts.bundleFiles)
    // The media panel lists the same references as missing.
    for (const { ref } of bundleUsageOf(facts).missing) {
      const candidates = bundle.sameName(decodePercents(ref.url.split(/[?#]/, 1)[0]))
      const fixTo = candidates.length === 1 ? (ref.encoded ? encodePath(candidates[0]) : candidates[0]) : undefined
      report({
        from: ref.urlFrom,
        to: ref.urlTo,
        code: fixTo ? `figure-missing-image.${WHAT[ref.kind]}-guess` : `figure-missing-image.${WHAT[ref.kind]}`,
        params: fixTo ? { src: decodePercents(ref.url), guess: candidates[0] } : { src: decodePercents(ref.url) },
        fix: fixTo ? { code: 'figure-missing-image.use', params: { file: candidates[0] }, changes: [{ from: ref.urlFrom, to: ref.urlTo, insert: fixTo }] } : undefined
      })
    }
  }
}
