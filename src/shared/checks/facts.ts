// Reads an episode once for all the checks: split, front matter, shortcodes, the body's links and HTML, anchors.
import type { BundleImage } from '../api'
import { stampLines, type StampLine } from '../chapters/stamp-lines'
import { splitDocument } from '../document'
import { readFrontMatter, type FieldInfo } from '../front-matter'
import { parseShortcodes } from '../shortcodes/parse'
import { scanBody } from './body-refs'
import { defaultCheckConfig, type CheckConfig } from './config'
import type { EpisodeFacts } from './types'

export interface FactsInput {
  /** Bundle-relative paths of the files in the episode's folder; omit (or null) for a leaf file. */
  bundleFiles?: readonly string[] | null
  now?: Date
  timeZone?: string
  config?: Partial<CheckConfig>
  /** Heading ids the page will have (from the renderer), for `#anchor` links; a function is called only when needed. */
  headingIds?: Iterable<string> | (() => Iterable<string>)
  /** Other ids the rendered page has (figure ids …). */
  extraIds?: Iterable<string>
  /** The recording's length in seconds when the Listen panel knows it (else the `duration` field is read). */
  recordingDuration?: number
  /** The bundle's photos with their size and GPS facts (read by the main process); omit when not known. */
  bundleImages?: Iterable<readonly [string, BundleImage]>
  /** The figures' long-edge limit in pixels (default 2560; 0: any size). */
  imageMaxEdge?: number
}

/** The long-edge limit for figures when the host has not set one. */
export const defaultImageMaxEdge = 2560

export function collectFacts(text: string, input: FactsInput = {}): EpisodeFacts {
  const split = splitDocument(text)
  const frontMatter = readFrontMatter(text, split)
  const fields = new Map<string, unknown>()
  for (const [k, v] of Object.entries(frontMatter.data ?? {})) if (!fields.has(k.toLowerCase())) fields.set(k.toLowerCase(), v)
  const shortcodes = parseShortcodes(text, split.bodyFrom)
  const refs = scanBody(text, split.bodyFrom, shortcodes.items)
  let anchors: Set<string> | null = null
  let chapters: StampLine[] | null = null
  const headingIds = input.headingIds
  return {
    text,
    split,
    frontMatter,
    fields,
    shortcodes,
    refs,
    anchors: () =>
      (anchors ??= new Set<string>([...((typeof headingIds === 'function' ? headingIds() : headingIds) ?? []), ...(input.extraIds ?? []), ...refs.htmlIds])),
    chapters: () => (chapters ??= stampLines(text)),
    recordingDuration: input.recordingDuration,
    bundleFiles: input.bundleFiles ? [...input.bundleFiles] : null,
    bundleImages: new Map(input.bundleImages ?? []),
    imageMaxEdge: input.imageMaxEdge ?? defaultImageMaxEdge,
    now: input.now ?? new Date(),
    timeZone: input.timeZone,
    config: { ...defaultCheckConfig, ...input.config, rules: { ...input.config?.rules } }
  }
}

/** The FieldInfo of a top-level front matter key (case-insensitive), for placing a diagnostic on it. */
export function fieldOf(facts: EpisodeFacts, key: string): FieldInfo | undefined {
  const lower = key.toLowerCase()
  return facts.frontMatter.fields.find((f) => f.path.length === 1 && f.key.toLowerCase() === lower)
}

/** Where a diagnostic about the front matter as a whole goes: its opening line, else the document's start. */
export function frontMatterStart(facts: EpisodeFacts): { from: number; to: number } {
  const block = facts.split.frontMatter
  if (!block) return { from: 0, to: 0 }
  return { from: block.from, to: block.contentFrom > block.from ? block.contentFrom - 1 : block.to }
}
