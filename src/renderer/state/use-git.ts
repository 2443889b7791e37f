// The site's git for the window: its status (re-read when the episode list changes, and after a quiet background
// fetch when the setting is on and there is a remote), publishing the open episode, pulling, the progress of either,
// and a conflict's two versions for the compare view.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { GitFailure, GitSiteStatus, GitStep } from '../../shared/api'
import { api } from '../api'

export const backgroundFetchMs = 5 * 60_000

/** What the last publish or pull came to, shown until the next one. */
export type GitOutcome =
  | { kind: 'published'; episode: string; commit: string | null; pushed: boolean; keptYours: string[] }
  | { kind: 'synced'; pulled: number }
  | { kind: 'failed'; action: 'publish' | 'sync'; episode: string | null; failure: GitFailure }

/** The open episode's text and what co-hosts published of it, when they clash. */
export interface GitConflict {
  path: string
  theirs: string | null
}

export interface GitState {
  status: GitSiteStatus | null
  busy: 'publish' | 'sync' | null
  step: GitStep | null
  outcome: GitOutcome | null
  conflict: GitConflict | null
  closeConflict: () => void
  refresh: () => void
  /** `save` saves the open episode first and says whether it could. */
  publish: (episode: string, message: string, save: () => Promise<boolean>) => Promise<void>
  sync: (openEpisode: string | null) => Promise<void>
}

export function useGit(root: string | null, backgroundFetch: boolean, onError: (err: unknown) => void): GitState {
  const [status, setStatus] = useState<GitSiteStatus | null>(null)
  const [busy, setBusy] = useState<GitState['busy']>(null)
  const [step, setStep] = useState<GitStep | null>(null)
  const [outcome, setOutcome] = useState<GitOutcome | null>(null)
  const [conflict, setConflict] = useState<GitConflict | null>(null)
  const reading = useRef(0)

  const refresh = useCallback(() => {
    if (!root) return setStatus(null)
    const mine = ++reading.current
    api.git.status({}).then(
      (s) => mine === reading.current && setStatus(s),
      () => mine === reading.current && setStatus(null)
    )
  }, [root])

  useEffect(() => {
    setOutcome(null)
    setConflict(null)
    refresh()
    // Back from a terminal where the host committed or pulled by hand: read it again.
    window.addEventListener('focus', refresh)
    const off = api.on('didChangeEpisodes', () => refresh())
    return () => (window.removeEventListener('focus', refresh), off())
  }, [refresh])

  useEffect(() => api.on('didGitProgress', ({ step }) => setStep(step)), [])

  const fetchable = backgroundFetch && status?.repo === true && status.hasRemote
  useEffect(() => {
    if (!fetchable) return
    const fetchNow = () => void api.git.fetch({}).then((s) => setStatus(s), () => undefined)
    const first = window.setTimeout(fetchNow, 2000)
    const every = window.setInterval(fetchNow, backgroundFetchMs)
    return () => (window.clearTimeout(first), window.clearInterval(every))
  }, [fetchable, root])

  const showConflict = useCallback(async (path: string) => {
    const { text } = await api.git.publishedText({ path })
    setConflict({ path, theirs: text })
  }, [])

  /** Runs one git action from the app: busy and the first step shown meanwhile, errors to the error bar, status after. */
  const running = useCallback(
    async (action: 'publish' | 'sync', first: GitStep, work: () => Promise<void>) => {
      setBusy(action)
      setStep(first)
      setOutcome(null)
      try {
        await work()
      } catch (err) {
        onError(err)
      } finally {
        setBusy(null)
        setStep(null)
        refresh()
      }
    },
    [onError, refresh]
  )

  const publish = useCallback(
    (episode: string, message: string, save: () => Promise<boolean>) =>
      running('publish', 'saving', async () => {
        setConflict(null)
        if (!(await save())) return
        const result = await api.git.publish({ paths: [episode], message })
        if (result.ok) setOutcome({ kind: 'published', episode, commit: result.commit, pushed: result.pushed, keptYours: result.keptYours })
        else {
          setOutcome({ kind: 'failed', action: 'publish', episode, failure: result.failure })
          if (result.failure.code === 'conflict' && result.failure.files.includes(episode)) await showConflict(episode)
        }
      }),
    [running, showConflict]
  )

  const sync = useCallback(
    (openEpisode: string | null) =>
      running('sync', 'fetching', async () => {
        const result = await api.git.sync({})
        if (!result.ok) setOutcome({ kind: 'failed', action: 'sync', episode: null, failure: result.failure })
        else if (result.conflicts.length) {
          setOutcome({ kind: 'failed', action: 'sync', episode: null, failure: { code: 'conflict', step: 'integrating', output: '', files: result.conflicts } })
          if (openEpisode && result.conflicts.includes(openEpisode)) await showConflict(openEpisode)
        } else setOutcome({ kind: 'synced', pulled: result.pulled })
      }),
    [running, showConflict]
  )

  const closeConflict = useCallback(() => setConflict(null), [])
  return { status, busy, step, outcome, conflict, closeConflict, refresh, publish, sync }
}
