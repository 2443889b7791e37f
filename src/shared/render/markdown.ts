// The one markdown-it set-up, configured to write what Hugo 0.111's Goldmark writes with its defaults and
// `unsafe = true`: raw HTML, tables, strikethrough, task lists, footnotes, definition lists, Goldmark's linkify and
// typographer, github-style heading ids; and the shortcode families. Built once and cached: creating it costs far more than a render.
import markdownIt, { type MarkdownIt } from 'markdown-it'
import footnote from 'markdown-it-footnote'
import deflist from 'markdown-it-deflist'
import { goldmarkLinkifyPlugin } from './goldmark/linkify'
import { goldmarkTypographerPlugin } from './goldmark/typographer'
import { headingsPlugin } from './goldmark/headings'
import { taskListPlugin } from './goldmark/task-list'
import { goldmarkHtmlShapesPlugin } from './goldmark/html-shapes'
import { shortcodePlugins } from './shortcodes'
import { urlHookPlugin } from './url-hook'
import { plainLinkPlugin } from './plain-link'

let cached: MarkdownIt | null = null

function create(): MarkdownIt {
  const md = markdownIt('default', { html: true, linkify: false, typographer: false, breaks: false, xhtmlOut: false })
  // Goldmark (unsafe) keeps every link destination; the sanitizer, not the parser, removes dangerous ones.
  md.validateLink = () => true
  md.core.ruler.disable(['linkify'])
  md.use(plainLinkPlugin)
  md.inline.ruler.disable(['linkify'])
  md.use(footnote)
  md.use(deflist)
  md.use(goldmarkLinkifyPlugin)
  md.use(goldmarkTypographerPlugin)
  md.use(headingsPlugin)
  md.use(taskListPlugin)
  md.use(goldmarkHtmlShapesPlugin)
  md.use(urlHookPlugin)
  for (const plugin of shortcodePlugins) md.use(plugin)
  return md
}

/** The shared markdown-it instance (Goldmark-compatible). Do not add plugins to it; it is shared. */
export function goldmarkMarkdown(): MarkdownIt {
  return (cached ??= create())
}
