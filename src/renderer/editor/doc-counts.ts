// Word and character counts for the status bar, sensible for Japanese: each CJK character is a word (Hugo's
// hasCJKLanguage rule), and characters are what a reader sees (markup and white space left out).
import { countWords, visibleText } from '../../shared/word-count'

export interface DocCounts {
  words: number
  characters: number
}

/** Counts the visible words and characters of a Markdown body (front matter already left out). */
export function countBody(body: string): DocCounts {
  const visible = visibleText(body).replace(/^\s{0,3}(?:#{1,6}|[-+*>]|\d{1,9}[.)])\s+/gm, '').replace(/[*_~`#|]/g, '')
  // Variation selectors, joiners and combining marks belong to the character before them.
  const dense = visible.replace(/[\s\uFE0E\uFE0F\u200D]+|\p{M}+/gu, '')
  // Code points, not UTF-16 units: an emoji or a rare kanji is one character.
  const characters = dense.length - (dense.match(/[\uD800-\uDBFF]/g)?.length ?? 0)
  return { words: countWords(body), characters }
}
