// Why "Preview on site" did not start, as the Publish view shows it: hugo missing, the site failing to build (with
// hugo's own output and its first error line), no layout for episode pages, or something else; split from the main
// process's message, which puts hugo's output after the first line.
export interface SitePreviewProblem {
  kind: 'hugo-missing' | 'build-failed' | 'timeout' | 'no-layout' | 'other'
  /** The first line: what happened, in a sentence. */
  message: string
  /** Hugo's own output (the rest of the message), shown as it printed it. */
  output: string
  /** The line of hugo's output that says what went wrong (its first error, else its first warning), without the timestamp. */
  headline: string | null
}

const kinds: Record<string, SitePreviewProblem['kind']> = {
  'hugo-missing': 'hugo-missing',
  'hugo-build-failed': 'build-failed',
  'hugo-timeout': 'timeout',
  'hugo-no-layout': 'no-layout'
}

/** Hugo's first `ERROR` line (else its first `WARN` line), with the date and time hugo puts after the level cut. */
export function firstHugoError(output: string): string | null {
  const lines = output.split('\n')
  const found = lines.find((l) => /^(ERROR|Error:)/.test(l.trim())) ?? lines.find((l) => /^WARN/.test(l.trim()))
  return found ? found.trim().replace(/^(ERROR|WARN)\s+\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\s+/, '') : null
}

/** Splits an error from `site.preview` into the sentence and hugo's output. */
export function sitePreviewProblem(err: unknown): SitePreviewProblem {
  const code = (err as { code?: string } | null)?.code ?? ''
  const text = err instanceof Error ? err.message : String(err)
  const cut = text.indexOf('\n')
  const message = cut === -1 ? text : text.slice(0, cut)
  const output = cut === -1 ? '' : text.slice(cut + 1).replace(/\s+$/, '')
  return { kind: kinds[code] ?? 'other', message, output, headline: firstHugoError(output) }
}
