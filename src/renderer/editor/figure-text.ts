// The text a dropped or pasted file becomes: a figure shortcode with a title from the file name for images, a
// Markdown link for other files, placed on lines of their own at the list indentation of the drop point.
import type { EditorState } from '@codemirror/state'
import type { ImportedMedia } from '../../shared/api'
import { extensionForMime } from '../../shared/file-kinds'

/** "studio-desk_02.png" → "Studio desk 02": a caption to start from. */
export function titleFromFileName(name: string): string {
  const base = name.split('/').pop() ?? name
  const stem = base.replace(/\.[^.]+$/, '')
  const words = stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The name a pasted image gets: `image-YYYYMMDD-HHMMSS.png` in local time. */
export function pastedImageName(now: Date, type = 'image/png'): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`
  const ext = (type.startsWith('image/') && extensionForMime(type)) || 'png'
  return `image-${stamp}.${ext}`
}

function quoted(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'
}

/** The shortcode or link for one imported file. */
export function mediaText(media: ImportedMedia, title = titleFromFileName(media.name)): string {
  if (media.kind === 'image') return `{{< figure src=${quoted(media.name)} title=${quoted(title)} numbered="true" >}}`
  const label = (media.name.split('/').pop() ?? media.name).replace(/([[\]])/g, '\\$1')
  return `[${label}](${media.src})`
}

const QUOTE = /^(?:\s*>[ ]?)*/
const blank = (text: string) => /^(?:\s*>)*\s*$/.test(text)

/**
 * The insertion for `texts` at `pos`: each on a line of its own. Dropped on a blank line (between blocks) they make
 * a block of their own with a blank line kept on each side, so Markdown never folds them into the list item or
 * paragraph above. Dropped in a line's text they join it as a new line, indented like the content of the list item
 * (or line, or blockquote) there, with line breaks added only where the drop point has text before or after it.
 */
export function insertionAt(state: EditorState, pos: number, texts: string[]): { from: number; to: number; insert: string; cursor: number } {
  const line = state.doc.lineAt(pos)
  // Inside a blockquote the new lines keep its `>` markers; inside a list item, its content's indentation.
  const quote = QUOTE.exec(line.text)?.[0] ?? ''
  const rest = line.text.slice(quote.length)
  if (rest.trim() === '') return ownBlock(state, line.number, quote, texts)
  const before = line.text.slice(0, pos - line.from)
  const after = line.text.slice(pos - line.from)
  const item = /^\s*(?:[-+*]|\d{1,9}[.)])\s+/.exec(rest)
  const indent = quote + (item ? ' '.repeat(item[0].length) : (/^\s*/.exec(rest)?.[0] ?? ''))
  const body = texts.join('\n' + indent)
  const lead = before.trim() ? '\n' + indent : ''
  const tail = after.trim() ? '\n' + indent : ''
  const insert = lead + body + tail
  return { from: pos, to: pos, insert, cursor: pos + lead.length + body.length }
}

/**
 * `texts` replacing the blank line `n` as a block of their own. They take the indentation of the next line when it
 * continues the list item above (an indented line after a blank one), so a figure between a list item's paragraphs
 * stays in that item; otherwise they start at the quote's margin and end the list.
 */
function ownBlock(state: EditorState, n: number, quote: string, texts: string[]) {
  const line = state.doc.line(n)
  const prev = n > 1 ? state.doc.line(n - 1).text : null
  const next = n < state.doc.lines ? state.doc.line(n + 1).text : null
  const margin = quote.replace(/\s+$/, '')
  const prefix = margin ? margin + ' ' : ''
  const nextIndent = next !== null && !blank(next) ? (/^\s*/.exec(next.replace(QUOTE, ''))?.[0] ?? '') : ''
  const indent = prefix + nextIndent
  const body = texts.map((t) => indent + t).join('\n')
  const lead = prev !== null && !blank(prev) ? margin + '\n' : ''
  // At the end of the text the blank line it replaces is kept, so the file still ends with a line break.
  const tail = next === null ? '\n' : blank(next) ? '' : '\n' + margin
  return { from: line.from, to: line.to, insert: lead + body + tail, cursor: line.from + lead.length + body.length }
}
