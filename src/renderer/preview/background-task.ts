// Background work for the preview: runs after input and painting (Chromium's task scheduler at background priority,
// else a plain task), and tells a slice of it when a key or a click is waiting so it can stop at once.

type PostTask = (work: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<unknown>

/** Runs `work` soon, behind input and painting; returns a cancel function. */
export function inBackground(work: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler
  if (scheduler?.postTask) {
    const abort = new AbortController()
    // A cancelled task rejects its promise; that is expected, not an error.
    scheduler.postTask(work, { priority: 'background', signal: abort.signal }).catch(() => undefined)
    return () => abort.abort()
  }
  const timer = setTimeout(work, 0)
  return () => clearTimeout(timer)
}

/** True when the user's input is waiting for the main thread (where the browser can tell). */
export function inputPending(): boolean {
  return (navigator as { scheduling?: { isInputPending?: () => boolean } }).scheduling?.isInputPending?.() ?? false
}
