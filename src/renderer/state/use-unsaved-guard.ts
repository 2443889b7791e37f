// Leaving unsaved text asks first: another episode or another folder waits for the host's answer (save, discard
// or cancel), and closing the window with unsaved text asks the browser's own question.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

export type UnsavedAnswer = 'save' | 'discard' | 'cancel'

export interface UnsavedGuard {
  /** True while the question is on screen. */
  asking: boolean
  /** Runs `then` at once when nothing is unsaved, else asks first; says whether it asked. */
  leave: (then: () => Promise<unknown>) => boolean
  /** The host's answer: save then leave, leave without saving, or stay. */
  answer: (choice: UnsavedAnswer) => Promise<void>
}

export function useUnsavedGuard(dirty: boolean, save: () => Promise<unknown>): UnsavedGuard {
  const [waiting, setWaiting] = useState<{ then: () => Promise<unknown> } | null>(null)
  const saveRef = useRef(save)
  saveRef.current = save

  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const leave = useCallback(
    (then: () => Promise<unknown>) => {
      if (!dirty) {
        void then()
        return false
      }
      setWaiting({ then })
      return true
    },
    [dirty]
  )

  const answer = useCallback(
    async (choice: UnsavedAnswer) => {
      if (!waiting || choice === 'cancel') return setWaiting(null)
      if (choice === 'save') await saveRef.current()
      await waiting.then()
      setWaiting(null)
    },
    [waiting]
  )

  const asking = waiting !== null
  return useMemo(() => ({ asking, leave, answer }), [asking, leave, answer])
}
