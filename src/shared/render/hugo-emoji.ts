// `enableEmoji`: Hugo replaces `:name:` with the emoji character in the rendered page (also inside code), before
// shortcode output is put in; this is Hugo's own scan (helpers.Emojify), with GitHub's emoji names.
import emojis from 'markdown-it-emoji/lib/data/full.mjs'

let maxSize = 0
function emojiMaxSize(): number {
  if (!maxSize) for (const k of Object.keys(emojis)) maxSize = Math.max(maxSize, k.length + 2)
  return maxSize
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
    const endRel = html.slice(k + 1, upper).indexOf(':')
    const space = html.slice(k, upper).indexOf(' ')
    if (endRel < 0) {
      start = k + 1
    } else if (endRel === 0 || (space !== -1 && space < endRel)) {
      start = k + endRel + 1
    } else {
      const name = html.slice(k + 1, k + 1 + endRel)
      const emoji = Object.hasOwn(emojis, name) ? emojis[name] : undefined
      if (emoji) {
        out += html.slice(copied, k) + emoji
        copied = k + endRel + 2
        start = copied
      } else {
        start = k + endRel + 1
      }
    }
    if (start >= html.length) break
    k = html.indexOf(':', start)
  }
  return copied ? out + html.slice(copied) : html
}
