// Which files of an episode's page bundle its text uses, and which shown files (figures, images, players) the bundle
// lacks: the one answer behind the media panel's used / unused / missing and the checks bundle-file-unused and
// figure-missing-image, so the two never disagree.
import { BundleIndex, bundlePathOf, isGlob } from './checks/bundle-paths'
import { collectFacts } from './checks/facts'
import { mediaRefs, type MediaRef } from './checks/media-refs'
import type { EpisodeFacts } from './checks/types'
import { fileKind } from './file-kinds'
import { walkShortcodes } from './shortcodes/parse'

export type MediaKind = 'image' | 'audio' | 'video' | 'other'

export interface MissingFile {
  /** The bundle-relative path the text names, decoded (`kato/Untitled 1.png`). */
  path: string
  /** What the file would be, by its extension, else by what shows it (a figure shows an image). */
  kind: MediaKind
  /** The reference as written, with its place in the text. */
  ref: MediaRef
}

export interface BundleUsage {
  /** The listed files the episode uses, spelled as listed. */
  used: Set<string>
  /** Every figure, image, video or audio reference whose file is not in the bundle, in document order. */
  missing: MissingFile[]
}

/**
 * What the episode `text` uses of the bundle `files` (bundle-relative, forward slashes). A file is used when:
 * a figure/video/audio shortcode, Markdown image or raw HTML shows it; a Markdown link, link definition or HTML
 * attribute (href, poster, srcset …) points at it; any shortcode parameter names it (a resource pattern such as
 * `images/*.png` uses every file it matches; a gallery uses its album folder); any front matter value names it
 * (`url_pdf: slides.pdf`, `image: {filename: x.png}`, `resources: [{src: "shots/*"}]`); or it is the theme's
 * featured image (`featured.*`, `*featured*` images, `cover.*`, `thumbnail.*` at the top of the bundle).
 * Names match as Hugo matches resources: case-insensitively, Markdown URLs decoded (`Untitled%201.png`).
 * Text inside code, HTML comments and escaped shortcodes (written with `/*` and `*`+`/` inside the braces) uses nothing.
 */
export function bundleUsage(text: string, files: readonly string[]): BundleUsage {
  return bundleUsageOf(collectFacts(text, { bundleFiles: files }))
}

// Two checks ask about the same facts: worked out once per facts object.
const memo = new WeakMap<EpisodeFacts, BundleUsage>()

/** `bundleUsage` for facts already collected (the checks read an episode once for all rules), of `facts.bundleFiles`. */
export function bundleUsageOf(facts: EpisodeFacts): BundleUsage {
  let usage = memo.get(facts)
  if (!usage) memo.set(facts, (usage = usageOf(facts, facts.bundleFiles ?? [])))
  return usage
}

function usageOf(facts: EpisodeFacts, files: readonly string[]): BundleUsage {
  const bundle = new BundleIndex(files)
  const used = new Set<string>()
  const add = (value: string, pattern = false) => {
    const found = bundle.find(value)
    if (found) used.add(found)
    else if (pattern && found === null && isGlob(value)) for (const f of bundle.match(value)) used.add(f)
  }

  const missing: MissingFile[] = []
  for (const ref of mediaRefs(facts)) {
    const found = bundle.find(ref.url)
    if (found) used.add(found)
    else if (found === null) {
      // Hugo looks a shortcode's `src` up as a resource pattern too (`src="shots/*.png"`).
      const matches = ref.encoded || !isGlob(ref.url) ? [] : bundle.match(ref.url)
      for (const f of matches) used.add(f)
      if (!matches.length) missing.push({ path: bundlePathOf(ref.url)!, kind: kindOf(bundlePathOf(ref.url)!, ref), ref })
    }
  }
  for (const ref of facts.refs.refs) add(ref.url)
  for (const value of htmlAttributeValues(facts.refs.masked)) add(value)

  walkShortcodes(facts.shortcodes.items, (node) => {
    const params = node.params
    // A `library` figure's src is under static/, not in the bundle (as in mediaRefs).
    const library = params.kind === 'named' && params.values.library && params.values.library !== 'false' && MEDIA_SHORTCODES.has(node.name)
    const values = params.kind === 'named' ? Object.entries(params.values).filter(([k]) => !(library && k === 'src')).map(([, v]) => v) : params.values
    for (const v of values) add(v, true)
    // A gallery shows every image of its album folder.
    const album = node.name === 'gallery' && node.params.kind === 'named' ? node.params.values.album : undefined
    const folder = album ? bundlePathOf(album) : null
    if (folder) for (const f of files) if (f.toLowerCase().startsWith(folder.toLowerCase() + '/')) used.add(f)
  })

  const data = facts.frontMatter.data
  if (data) {
    forEachString(data, (v) => add(v))
    const resources = Object.entries(data).find(([k]) => k.toLowerCase() === 'resources')?.[1]
    if (Array.isArray(resources)) {
      for (const r of resources) {
        const src = r && typeof r === 'object' ? (r as Record<string, unknown>).src : undefined
        if (typeof src === 'string') add(src, true)
      }
    }
  }
  for (const f of files) if (isFeaturedImage(f)) used.add(f)
  return { used, missing }
}

/** Each missing file once (the first reference to it), for a list of files such as the media panel's. */
export function missingFiles(usage: BundleUsage): MissingFile[] {
  const seen = new Set<string>()
  return usage.missing.filter((m) => !seen.has(m.path.toLowerCase()) && (seen.add(m.path.toLowerCase()), true))
}

const MEDIA_SHORTCODES = new Set(['figure', 'video', 'audio'])

// Academic/Wowchemy take the bundle's `*featured*` image; other themes and Hugo's own templates `cover`/`thumbnail`.
function isFeaturedImage(file: string): boolean {
  return !file.includes('/') && ((fileKind(file) === 'image' && /featured/i.test(file)) || /^(featured|cover|thumbnail)\.[a-z0-9]+$/i.test(file))
}

function kindOf(path: string, ref: MediaRef): MediaKind {
  const kind = fileKind(path)
  if (kind !== 'other' || /\.[a-z0-9]+$/i.test(path)) return kind
  return ref.kind === 'video' || ref.kind === 'audio' ? ref.kind : 'image'
}

function forEachString(value: unknown, visit: (s: string) => void, depth = 0): void {
  if (depth > 20) return
  if (typeof value === 'string') visit(value)
  else if (Array.isArray(value)) for (const v of value) forEachString(v, visit, depth + 1)
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const v of Object.values(value)) forEachString(v, visit, depth + 1)
}

const TAG = /<[a-zA-Z][a-zA-Z0-9-]*\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g

// Every attribute value of the raw HTML outside code and comments: `poster`, `data-src`, each `srcset` candidate …
function htmlAttributeValues(masked: string): string[] {
  const out: string[] = []
  for (const tag of masked.matchAll(TAG)) {
    for (const a of tag[1].matchAll(ATTR)) {
      const value = (a[2] ?? a[3] ?? a[4] ?? '').replace(/&amp;/g, '&')
      if (a[1].toLowerCase().endsWith('srcset')) for (const part of value.split(',')) out.push(part.trim().split(/\s+/)[0])
      else out.push(value)
    }
  }
  return out
}
