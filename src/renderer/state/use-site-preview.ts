// "Preview on site": asks the main process to run `hugo server` for the site and opens the episode's page in the
// system browser. Kept by the window (not the panel) so a running preview can be stopped after the panel closed.
// One hugo server per site, whichever episode started it: Stop shows from any episode while it may run, and a
// window that goes away (or loads afresh, not knowing of one) stops it.
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

/** Failures after which no hugo runs (it did not start); after any other (no page for one episode) it still does. */
const notRunningAfter: ReadonlySet<SitePreviewProblem['kind']> = new Set(['hugo-missing', 'build-failed', 'timeout', 'no-layout'])

export function useSitePreview(workspaceRoot: string | null) {
  const [state, setState] = useState<SitePreview>({ phase: 'idle' })
  /** True while a hugo server started from this window may be running. */
  const [running, setRunning] = useState(false)
  const attempt = useRef(0)

  // A server left by an earlier page (reloaded, closed) cannot be stopped from here any more: stop it now, and stop
  // this page's one when the page goes away (the desktop app also stops it with its window).
  useEffect(() => {
    const stopAll = () => void api.site.stopPreview({}).catch(() => undefined)
    stopAll()
    window.addEventListener('pagehide', stopAll)
    return () => window.removeEventListener('pagehide', stopAll)
  }, [])

  // Opening another folder stops hugo in the main process; forget what ran for the old one.
  useEffect(() => {
    attempt.current++
    setState({ phase: 'idle' })
    setRunning(false)
  }, [workspaceRoot])

  const start = useCallback(async (episode: string) => {
    const mine = ++attempt.current
    setState({ phase: 'starting', episode })
    setRunning(true)
    try {
      const { pageUrl, siteUrl } = await api.site.preview({ episode })
      if (mine !== attempt.current) return
      setState({ phase: 'running', episode, pageUrl, siteUrl })
      // The page's address stays on show: a browser that did not open is no reason to call the preview failed.
      await openOutside(pageUrl).catch(() => undefined)
    } catch (err) {
      if (mine !== attempt.current) return
      const problem = sitePreviewProblem(err)
      setState({ phase: 'failed', episode, problem })
      if (notRunningAfter.has(problem.kind)) setRunning(false)
    }
  }, [])

  const stop = useCallback(async () => {
    attempt.current++
    setState({ phase: 'idle' })
    setRunning(false)
    await api.site.stopPreview({}).catch(() => undefined)
  }, [])

  return { state, running, start, stop }
}
