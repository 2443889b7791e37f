// `html` export: the episode as clean HTML for podcast platforms' description fields (only paragraphs, line
// breaks, links, bold, italics and lists, which Apple Podcasts and Spotify accept), a plain-text form for YouTube
// (which takes no HTML), and the character count of each against the platform's limit.
import { renderEpisode } from '../render/render-episode'
import { keepChapterLines } from './chapter-lines'
import { cleanRenderedHtml, type HtmlExport, type Platform } from './html-clean'
import { absoluteUrl, staysAsWritten } from './permalink'

export { cleanRenderedHtml, platforms, type HtmlExport, type Platform, type PlatformCount } from './html-clean'

export interface HtmlExportOptions {
  /**
   * The page's absolute URL: relative links become absolute (else they are left out, their text kept). A function is
   * asked only when the episode has a relative URL (most link only to the web), once.
   */
  pageUrl?: string | (() => string)
  baseURL?: string
  /** Hugo's `enableEmoji`: `:smile:` becomes 😄. */
  emoji?: boolean
  /** Platforms to count against (default: Apple Podcasts, Spotify, YouTube). */
  platforms?: readonly Platform[]
}

export function exportHtml(text: string, options: HtmlExportOptions = {}): HtmlExport {
  return cleanRenderedHtml(renderForHtmlExport(text, options), options.platforms)
}

/** The episode rendered as the html export starts from: its links and images made absolute when a page URL is given. */
export function renderForHtmlExport(text: string, options: Pick<HtmlExportOptions, 'pageUrl' | 'baseURL' | 'emoji'> = {}): string {
  const { pageUrl, baseURL } = options
  let page: string | undefined
  const pageOf = () => (page ??= typeof pageUrl === 'function' ? pageUrl() : (pageUrl as string))
  // Chapter lines stay lines: platforms and YouTube read one timestamp per line.
  return renderEpisode(keepChapterLines(text), {
    emoji: options.emoji,
    // Images and players are left out of description fields, so only a link's URL is made absolute (and an episode
    // whose only relative URLs are its figures never needs its page URL).
    resolveUrl: pageUrl ? (u, kind) => (kind !== 'link' || staysAsWritten(u) ? u : absoluteUrl(u, pageOf(), baseURL ?? pageOf())) : undefined,
    blockKeys: false
  }).html
}
