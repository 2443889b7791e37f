// Builds small invented episodes and runs the checks on them, keeping only the rules a test looks at.
import type { Diagnostic, TextChange } from '../../../src/shared/diagnostic'
import { checkEpisode, type CheckOptions } from '../../../src/shared/checks'

export const NOW = new Date('2025-06-01T00:00:00Z')

/** A YAML episode: `fm` lines between `---`, then the body. */
export function episode(fm: string, body = 'Notes.\n'): string {
  return `---\n${fm.trim()}\n---\n\n${body}`
}

export const GOOD_FM = `title: "#7 Soldering at midnight"
date: 2025-05-01T20:00:00+09:00
publishDate: 2025-05-01T21:00:00+09:00
summary: Kai builds a synthesizer kit and Rin explains ground loops.
draft: false`

export function run(text: string, rule: string, options: CheckOptions = {}): Diagnostic[] {
  return checkEpisode(text, { now: NOW, headingIds: [], ...options }).filter((d) => d.rule === rule)
}

export function applyFix(text: string, changes: TextChange[]): string {
  let out = text
  for (const c of [...changes].sort((a, b) => b.from - a.from)) out = out.slice(0, c.from) + c.insert + out.slice(c.to)
  return out
}
