// Whether the Listen panel is open: toggled from the toolbar, the View menu and Ctrl/Cmd+Shift+A, and the same
// after a restart.
import { useCallback, useMemo, useState } from 'react'
import { listenPanelOpen, rememberListenPanel } from './listen-memory'

export function useListenPanel(): { open: boolean; toggle: () => void } {
  const [open, setOpen] = useState(listenPanelOpen)
  const toggle = useCallback(
    () =>
      setOpen((was) => {
        rememberListenPanel(!was)
        return !was
      }),
    []
  )
  return useMemo(() => ({ open, toggle }), [open, toggle])
}
