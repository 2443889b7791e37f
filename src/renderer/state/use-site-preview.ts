// "Preview on site": asks the main process to run `hugo server` for the site and opens the episode's page in the
// system browser. Kept by the window (not the panel) so a running preview can be stopped after the panel closed.
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../api'

export type SitePreview =
  | { phase: 'idle' }
  | { phase: 'starting'; episode: string }
  | { phase: 'running'; episode: string; pageUrl: string; siteUrl: string }
  | { phase: 'failed'; episode: string; problem: SitePreviewProblem }

export interface SitePreviewProblem {
  kind: 'hugo-missing' | 'build-failed' | 'other'
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
  const kind = code === 'hugo-missing' ? 'hugo-missing' : code === 'hugo-build-failed' || code === 'hugo-timeout' ? 'build-failed' : 'other'
  return { kind, message, output }
}

/** Opens a page outside the app: the system browser in the desktop app, a new tab in web mode. */
export async function openOutside(url: string): Promise<void> {
  const { opened } = await api.app.openExternal({ url })
  if (!opened) window.open(url, '_blank', 'noopener')
}

export function useSitePreview(workspaceRoot: string | null) {
  const [state, setState] = useState<SitePreview>({ phase: 'idle' })
  const attempt = useRef(0)

  // Opening another folder stops hugo in the main process; forget what ran for the old one.
  useEffect(() => {
    attempt.current++
    setState({ phase: 'idle' })
  }, [workspaceRoot])

  const start = useCallback(async (episode: string) => {
    const mine = ++attempt.current
    setState({ phase: 'starting', episode })
    try {
      const { pageUrl, siteUrl } = await api.site.preview({ episode })
      if (mine !== attempt.current) return
      setState({ phase: 'running', episode, pageUrl, siteUrl })
      // The page's address stays on show: a browser that did not open is no reason to call the preview failed.
      await openOutside(pageUrl).catch(() => undefined)
    } catch (err) {
      if (mine === attempt.current) setState({ phase: 'failed', episode, problem: sitePreviewProblem(err) })
    }
  }, [])

  const stop = useCallback(async () => {
    attempt.current++
    setState({ phase: 'idle' })
    await api.site.stopPreview({}).catch(() => undefined)
  }, [])

  return { state, start, stop }
}
