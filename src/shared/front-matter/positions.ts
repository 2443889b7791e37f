// Turns offsets in the whole document into 1-based line/column and builds diagnostics from them.
import type { Diagnostic, Severity } from '../diagnostic'
import type { FrontMatterRule } from './types'

export type Locate = (offset: number) => { line: number; column: number }

/** A fast offset → line/column lookup for one text (line starts computed once, binary search per call). */
export function locator(text: string): Locate {
  let starts: number[] | null = null
  return (offset) => {
    if (!starts) {
      starts = [0]
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 }
  }
}

/** A front matter problem: its rule is its code, and the reader's sentence its `detail`. */
export function diagnostic(locate: Locate, from: number, to: number, severity: Severity, rule: FrontMatterRule, message: string): Diagnostic {
  const { line, column } = locate(from)
  return { from, to: Math.max(from, to), line, column, severity, rule, message, code: rule, params: { detail: message } }
}
