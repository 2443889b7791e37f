// "Preview on site": asks the main process to run `hugo server` for the site and opens the episode's page in the
// system browser. Kept by the window (not the panel) so a running preview can be stopped after the panel closed.
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../api'
import { sitePreviewProblem, type SitePreviewProblem } from './site-preview-problem'

export type SitePreview =
  | { phase: 'idle' }
  | { phase: 'starting'; episode: string }
  | { phase: 'running'; episode: string; pageUrl: string; siteUrl: string }
  | { phase: 'failed'; episode: string; problem: SitePreviewProblem }

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
