// `enableEmoji`: Hugo replaces `:name:` with the emoji character in the rendered page (also inside code), before
// shortcode output is put in; this is Hugo's own scan (helpers.Emojify), with GitHub's emoji names.
import emojis from 'markdown-it-emoji/lib/data/full.mjs'

let maxSize = 0
function emojiMaxSize(): number {
  if (!maxSize) for (const k of Object.keys(emojis)) maxSize = Math.max(maxSize, k.length + 2)
  return maxSize
}

function emojiFor(name: string): string | undefined {
  return Object.hasOwn(emojis, name) ? emojis[name] : undefined
}

/** Replaces `:smile:`-style codes in `html` as Hugo's Emojify does. */
export function emojify(html: string): string {
  if (html.indexOf(':') === -1) return html
  const max = emojiMaxSize()
  let out = ''
  let copied = 0
  let start = 0
  let k = html.indexOf(':', start)
  while (k !== -1) {
    const upper = Math.min(k + max, html.length)
    let end = html.indexOf(':', k + 1)
    if (end >= upper) end = -1
    let space = html.indexOf(' ', k)
    if (space >= upper) space = -1
    if (end < 0) {
      start = k + 1
    } else if (end === k + 1 || (space !== -1 && space < end)) {
      start = end
    } else {
      const emoji = emojiFor(html.slice(k + 1, end))
      if (emoji) {
        out += html.slice(copied, k) + emoji
        copied = end + 1
        start = copied
      } else {
        start = end
      }
    }
    if (start >= html.length) break
    k = html.indexOf(':', start)
  }
  return copied ? out + html.slice(copied) : html
}
