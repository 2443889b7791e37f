// markdown-it's normalizeLink parses and re-formats every link's URL (punycode for the host, percent-encoding for the
// rest) and gives back the very same URL for the plain ASCII links most notes hold. Those skip the round trip.
import type { MarkdownIt } from 'markdown-it'

// `http(s)://host[:port]` then a path, or a relative URL (no scheme, not `//host`); every character one that
// markdown-it's encoder keeps as it is (letters, digits, `;/?:@&=+$,-_.!~*'()#` and `%XX` escapes).
const plainLink = /^(?:https?:\/\/((?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63})(?::\d+)?(?=[/?#]|$)|(?![A-Za-z0-9.+-]*:)(?!\/\/))(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*$/

/** True when markdown-it's normalizeLink would return `url` unchanged, known without running it. */
export function isPlainLink(url: string): boolean {
  const m = plainLink.exec(url)
  // mdurl drops a host name longer than 255 characters.
  return m !== null && (m[1] === undefined || m[1].length <= 255)
}

/** Makes `md.normalizeLink` return plain links at once; everything else still goes through markdown-it's own. */
export function plainLinkPlugin(md: MarkdownIt): void {
  const normalize = md.normalizeLink.bind(md)
  md.normalizeLink = (url) => (isPlainLink(url) ? url : normalize(url))
}
