// Small helpers over line boundaries in a text, shared by the YAML, TOML and JSON editors.

/** A change of the text: replace `from..to` with `insert`. */
export interface Splice {
  from: number
  to: number
  insert: string
}

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.from) + s.insert + text.slice(s.to)
}

export function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1
}

export function columnOf(text: string, pos: number): number {
  return pos - lineStartOf(text, pos)
}

/** Just after the line break of the line holding `pos` (or `pos` itself when a line just ended there). */
export function lineEndAfter(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos
  const i = text.indexOf('\n', pos)
  return i === -1 ? text.length : i + 1
}

/** Start of the line after the one holding `pos` (the end of the text on the last line). */
export function nextLineStart(text: string, pos: number): number {
  const i = text.indexOf('\n', pos)
  return i === -1 ? text.length : i + 1
}

/** `end` without one trailing line break. */
export function stripBreak(text: string, end: number): number {
  if (text[end - 1] !== '\n') return end
  return text[end - 2] === '\r' ? end - 2 : end - 1
}

export function onlyBlanks(text: string): boolean {
  return /^[ \t]*$/.test(text)
}

/** Inserts whole lines at a line boundary `at`, adding the missing line break when the text ends without one. */
export function insertLines(text: string, at: number, lines: string[], eol: string): Splice {
  const body = lines.join(eol)
  if (at === text.length && text.length > 0 && !text.endsWith('\n')) return { from: at, to: at, insert: eol + body }
  return { from: at, to: at, insert: body + eol }
}
