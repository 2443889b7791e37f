// Wires the autosave extension to the settings and the open episode: one stable extension for the editor,
// reading "is it on, is there a conflict" through a ref so toggling the setting never recreates the editor.
import type { Extension } from '@codemirror/state'
import { useMemo, useRef } from 'react'
import { autosave } from '../editor/autosave'

export interface AutosaveState {
  enabled: boolean
  /** An outside change or deletion waits for the host's choice: autosave must not decide for them. */
  conflict: boolean
  save: () => void
}

export function useAutosave(state: AutosaveState): Extension {
  const live = useRef(state)
  live.current = state
  return useMemo(
    () =>
      autosave({
        canSave: () => live.current.enabled && !live.current.conflict,
        save: () => live.current.save()
      }),
    []
  )
}
