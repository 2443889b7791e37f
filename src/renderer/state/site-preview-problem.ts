// Why "Preview on site" did not start, as the Publish view shows it: hugo missing, the site failing to build (with
// hugo's own output), or something else; split from the main process's message, which puts hugo's output after
// the first line.
export interface SitePreviewProblem {
  kind: 'hugo-missing' | 'build-failed' | 'timeout' | 'other'
  /** The first line: what happened, in a sentence. */
  message: string
  /** Hugo's own output (the rest of the message), shown as it printed it. */
  output: string
}

/** Splits an error from `site.preview` into the sentence and hugo's output. */
export function sitePreviewProblem(err: unknown): SitePreviewProblem {
  const code = (err as { code?: string } | null)?.code ?? ''
  const text = err instanceof Error ? err.message : String(err)
  const cut = text.indexOf('\n')
  const message = cut === -1 ? text : text.slice(0, cut)
  const output = cut === -1 ? '' : text.slice(cut + 1).replace(/\s+$/, '')
  const kind = code === 'hugo-missing' ? 'hugo-missing' : code === 'hugo-build-failed' ? 'build-failed' : code === 'hugo-timeout' ? 'timeout' : 'other'
  return { kind, message, output }
}
