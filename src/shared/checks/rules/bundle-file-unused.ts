// Files in the episode's folder that nothing in the notes uses: leftovers from an earlier draft, or an image the
// host forgot to put in. Reported for the file as a whole (at the top of the document).
import { BundleIndex, encodePath } from '../bundle-paths'
import { mediaRefs } from '../media-refs'
import type { CheckRule } from '../types'
import { walkShortcodes } from '../../shortcodes/parse'

// Files the theme uses without a link in the text (Academic/Wowchemy featured image), and page resources in Markdown.
const IMPLICIT = /^(featured|cover|thumbnail)\.[a-z0-9]+$/i
const SKIP = /(^|\/)(index|_index)\.(md|markdown|html)$|\.(md|markdown)$|(^|\/)\./i

/** The bundle files the episode uses: linked, shown, named in front matter or a shortcode, or implicit. */
export function usedBundleFiles(facts: Parameters<CheckRule['check']>[0]): Set<string> {
  const files = facts.bundleFiles ?? []
  const bundle = new BundleIndex(files)
  const used = new Set<string>()
  const add = (url: string) => {
    const f = bundle.find(url)
    if (f) used.add(f)
  }
  for (const r of mediaRefs(facts)) add(r.url)
  for (const r of facts.refs.refs) add(r.url)
  walkShortcodes(facts.shortcodes.items, (node) => {
    const values = node.params.kind === 'named' ? Object.values(node.params.values) : node.params.values
    for (const v of values) add(v)
    // A gallery shows every image of its album folder.
    const album = node.name === 'gallery' && node.params.kind === 'named' ? node.params.values.album : undefined
    if (album) for (const f of files) if (f.toLowerCase().startsWith(album.toLowerCase().replace(/\/?$/, '/'))) used.add(f)
  })
  // Front matter values (url_slides: slides.pdf, links[].url, image.filename …) and anything else naming the file.
  const lower = facts.text.toLowerCase()
  for (const f of files) {
    if (used.has(f) || IMPLICIT.test(f)) {
      used.add(f)
      continue
    }
    const name = f.toLowerCase()
    if (lower.includes(name) || lower.includes(encodePath(f).toLowerCase())) used.add(f)
  }
  return used
}

export const bundleFileUnused: CheckRule = {
  id: 'bundle-file-unused',
  severity: 'info',
  description: "A file in the episode's folder that the notes do not use.",
  check(facts, report) {
    if (!facts.bundleFiles) return
    const used = usedBundleFiles(facts)
    for (const f of facts.bundleFiles) {
      if (used.has(f) || SKIP.test(f)) continue
      report({ from: 0, to: 0, message: `The file "${f}" in this episode's folder is not used by the notes: link it, or remove it before publishing.` })
    }
  }
}
