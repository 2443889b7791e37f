// How shortcode families plug into the markdown-it instance: each family is a markdown-it plugin that registers a
// renderer per shortcode name; a renderer gets the call (name, params, rendered inner) and the page context and
// returns what the theme's template would print.
import type { MarkdownIt } from 'markdown-it'
import type { ShortcodeDelimiter, ShortcodeNode, ShortcodeParams } from '../shortcodes/types'
import type { CheckMessageCode, MessageParams } from '../checks/messages'

export type UrlKind = 'image' | 'link' | 'media'

export interface ShortcodeCall {
  name: string
  delimiter: ShortcodeDelimiter
  params: ShortcodeParams
  /** `.Inner`: the text between the tags with nested shortcodes already rendered; undefined when not paired. */
  inner: string | undefined
  /** `.Ordinal`: zero-based position among the shortcodes of the same parent. */
  ordinal: number
  /** 1-based line of the opening tag in the whole document. */
  line: number
  node: ShortcodeNode
}

export interface ShortcodeContext {
  /** Hugo's `markdownify`: Markdown to HTML, a lone paragraph unwrapped. */
  markdownify(text: string): string
  /** Hugo's `emojify`. */
  emojify(html: string): string
  resolveUrl(url: string, kind: UrlKind): string
  /** Front matter of the episode (Hugo's `.Page.Params`). */
  params: Record<string, unknown>
  /** The theme's word for "Figure" in the site's language; "Figure" when not given. */
  figureWord?: string
  /** Bundle-relative paths of the bundle's files when known (for `gallery`). */
  bundleFiles?: string[]
  /** Records a figure for the render result. */
  addFigure(figure: { src: string; title: string; line: number }): void
  /** Output that needs the whole page first (the table of contents): a marker replaced after rendering. */
  later(render: (page: { headings: { level: number; html: string; id: string }[] }) => string): string
  /** Reports a problem with this call as a diagnostic at its tag: a message code (its rule is the part before the dot) and the parameters its words need. */
  problem(code: CheckMessageCode, params?: MessageParams): void
}

export type ShortcodeRenderer = (call: ShortcodeCall, ctx: ShortcodeContext) => string

const registries = new WeakMap<MarkdownIt, Map<string, ShortcodeRenderer>>()

/** Registers the renderer for one or more shortcode names on `md` (used by the shortcode family plugins). */
export function registerShortcode(md: MarkdownIt, names: string | string[], render: ShortcodeRenderer): void {
  let registry = registries.get(md)
  if (!registry) registries.set(md, (registry = new Map()))
  for (const name of Array.isArray(names) ? names : [names]) registry.set(name, render)
}

/** The renderer registered for `name` on `md`, if any. */
export function shortcodeRenderer(md: MarkdownIt, name: string): ShortcodeRenderer | undefined {
  return registries.get(md)?.get(name)
}

/** Every shortcode name with a renderer on `md`. */
export function registeredShortcodes(md: MarkdownIt): string[] {
  return [...(registries.get(md)?.keys() ?? [])]
}

/** Hugo's `.Get`: a named parameter by key or a positional one by index. */
export function getParam(call: Pick<ShortcodeCall, 'params'>, key: string | number): string | undefined {
  const p = call.params
  if (typeof key === 'number') return p.kind === 'positional' ? p.values[key] : undefined
  return p.kind === 'named' && Object.hasOwn(p.values, key) ? p.values[key] : undefined
}

/** `.Get "x" | default (.Get 0)`: a named parameter, else a positional one. */
export function getEither(call: Pick<ShortcodeCall, 'params'>, key: string, index: number): string | undefined {
  return getParam(call, key) ?? getParam(call, index)
}
