// Very long documents (over 512 KB; show notes are usually 5–50 KB) get a line-by-line highlighter instead of the
// full Markdown parser: re-parsing a megabyte of Markdown on every keystroke costs more than a frame, while this
// one reads only the changed lines. Headings, lists, quotes, code, links, emphasis and shortcodes are still
// coloured, and the front matter as in any episode (long-front-matter.ts); folding and Markdown-aware commands are
// what a long document gives up.
import { StreamLanguage, type StreamParser } from '@codemirror/language'
import type { Extension } from '@codemirror/state'
import { longFrontMatter } from './long-front-matter'

/** Documents longer than this (in UTF-16 code units, as the editor counts) are "long". */
export const longDocumentLength = 512 * 1024

export function isLongDocument(text: string): boolean {
  return text.length > longDocumentLength
}

interface LineState {
  /** 'maybe' before the first line; the delimiter while inside front matter; 'done' after. */
  frontMatter: 'maybe' | '---' | '+++' | 'done'
  fence: string | null
}

const parser: StreamParser<LineState> = {
  name: 'markdown-long',
  startState: () => ({ frontMatter: 'maybe', fence: null }),
  copyState: (s) => ({ ...s }),
  token(stream, state) {
    if (stream.sol()) {
      const line = stream.string.replace(/^\uFEFF/, '')
      if (state.frontMatter === 'maybe') {
        state.frontMatter = line.trimEnd() === '---' || line.trimEnd() === '+++' ? (line.trimEnd() as '---' | '+++') : 'done'
        if (state.frontMatter !== 'done') {
          stream.skipToEnd()
          return 'meta'
        }
      } else if (state.frontMatter === '---' || state.frontMatter === '+++') {
        if (line.trimEnd() === state.frontMatter) {
          state.frontMatter = 'done'
          stream.skipToEnd()
          return 'meta'
        }
        // Its content is highlighted by its own language (long-front-matter.ts).
        stream.skipToEnd()
        return null
      }
      const fence = /^\s*(`{3,}|~{3,})/.exec(line)
      if (state.fence) {
        if (fence && fence[1][0] === state.fence[0] && fence[1].length >= state.fence.length) state.fence = null
        stream.skipToEnd()
        return 'monospace'
      }
      if (fence) {
        state.fence = fence[1]
        stream.skipToEnd()
        return 'monospace'
      }
      if (stream.match(/^#{1,6}(\s.*|$)/)) return 'heading'
      if (stream.match(/^\s*>\s?/)) return 'quote'
      if (stream.match(/^\s*(?:[-+*]|\d{1,9}[.)])(?=\s)/)) return 'processingInstruction'
    }
    if (state.fence) {
      stream.skipToEnd()
      return 'monospace'
    }
    if (stream.match(/^\{\{[<%].*?[>%]\}\}/)) return 'macroName'
    if (stream.match(/^!?\[[^\]]*\]\([^)]*\)/)) return 'link'
    if (stream.match(/^`[^`]*`/)) return 'monospace'
    if (stream.match(/^(\*\*|__)(?=\S)[^*_]+?\1/)) return 'strong'
    if (stream.match(/^([*_])(?=\S)[^*_]+?\1/)) return 'emphasis'
    if (stream.match(/^<\/?[a-zA-Z][^>]*>/)) return 'angleBracket'
    if (!stream.match(/^[^{[`*_<!]+/)) stream.next()
    return null
  }
}

/** The long-document highlighter, in place of the Markdown language. */
export function longDocumentSyntax(): Extension {
  return [StreamLanguage.define(parser), longFrontMatter()]
}
