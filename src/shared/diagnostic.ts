// A problem found in a document (front matter, shortcode, publishing check), with its place and an optional fix.

export type Severity = 'error' | 'warning' | 'info'

export interface TextChange {
  from: number
  to: number
  insert: string
}

export interface Diagnostic {
  /** Offsets into the whole document text (UTF-16 code units, as CodeMirror counts). */
  from: number
  to: number
  /** 1-based line and column of `from`. */
  line: number
  column: number
  severity: Severity
  /** Stable rule id, e.g. `front-matter-syntax`, `shortcode-unclosed`, `figure-missing-image`. */
  rule: string
  /** A sentence a person understands. */
  message: string
  /** The message's code and parameters, for words in the window's language (see src/shared/checks/messages.ts). */
  code?: string
  params?: Record<string, string | number>
  fix?: { label: string; changes: TextChange[] }
}

/** 1-based line and column of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}
