// The episode's headings for the outline panel, read from the text (ATX `##` and setext underlines, code fences
// and front matter skipped) with the line each starts on, so a click can jump there.
import type { Text } from '@codemirror/state'

export interface OutlineHeading {
  level: number
  /** The heading as a reader sees it: markup, `{#id}` attributes and closing hashes removed. */
  text: string
  /** 1-based line and editor position of the heading's start. */
  line: number
  from: number
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/
const FENCE = /^[ \t]*(`{3,}|~{3,})/
const NOT_PARAGRAPH = /^\s*(?:[-+*>]|\d{1,9}[.)]|#|<|```|~~~|\|)/

/** Markdown inline markup reduced to the words a reader sees. */
export function plainHeading(text: string): string {
  return text
    .replace(/\s*\{[#.][^}]*\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .trim()
}

/** Headings of the body starting at `bodyFrom`. */
export function outlineOf(doc: Text, bodyFrom = 0): OutlineHeading[] {
  const out: OutlineHeading[] = []
  let fence: string | null = null
  let prev: { text: string; line: number; from: number; paragraph: boolean } | null = null
  const startLine = doc.lineAt(bodyFrom).number
  for (let n = startLine; n <= doc.lines; n++) {
    const line = doc.line(n)
    const text = line.text
    const fenceMatch = FENCE.exec(text)
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null
      prev = null
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]
      prev = null
      continue
    }
    const atx = ATX.exec(text)
    if (atx) {
      out.push({ level: atx[1].length, text: plainHeading(atx[2] ?? ''), line: n, from: line.from })
      prev = null
      continue
    }
    const setext = SETEXT.exec(text)
    if (setext && prev?.paragraph) {
      out.push({ level: setext[1][0] === '=' ? 1 : 2, text: plainHeading(prev.text), line: prev.line, from: prev.from })
      prev = null
      continue
    }
    const blank = /^\s*$/.test(text)
    prev = blank ? null : { text, line: n, from: line.from, paragraph: !NOT_PARAGRAPH.test(text) && !/^ {4}/.test(text) && prev === null }
  }
  return out
}
