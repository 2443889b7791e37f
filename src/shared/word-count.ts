// Words in an episode's body for the episode list: Markdown markup left out, each CJK character one word
// (Hugo's `hasCJKLanguage` idea), runs of other letters or digits one word each.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

// Han, Hiragana, Katakana (with ー and 々), Hangul; a high surrogate of plane 2 (rare Han) counts once.
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x309f) ||
    (c >= 0x30a1 && c <= 0x30ff && c !== 0x30fb) || c === 0x3005 || (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xd840 && c <= 0xd87f)
  )
}

function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)
}

/** Counts the words a reader sees in a Markdown body (front matter already removed). */
export function countWords(body: string): number {
  const text = visibleText(body)
  let count = 0
  let counted = false // the current run (between spaces and CJK characters) already has its word
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) counted = false
    else if (isCjk(c)) {
      count++
      counted = false
      if (c >= 0xd840 && c <= 0xd87f) i++ // skip the low surrogate
    } else if (!counted) {
      const word = c < 0x80 ? (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) : LETTER_OR_DIGIT.test(text[i])
      if (word) {
        count++
        counted = true
      }
    }
  }
  return count
}

/** The body with markup removed: comments, shortcode delimiters, tags, link and image targets. */
export function visibleText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ')
}
