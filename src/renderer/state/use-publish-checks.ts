// Keeps the "Ready to publish" list in step with the editor's lint: refreshed when the checks report, marked stale
// while an edit waits for them (a fix computed on the old text must not be applied to the new one).
import { useEffect, useState } from 'react'
import type { EditorBus } from './editor-bus'
import type { CheckItem } from './publish-checks'

export interface PublishChecks {
  items: CheckItem[]
  /** False until the checks have looked at this editor's text once. */
  ready: boolean
  /** True between an edit and the checks' answer to it. */
  stale: boolean
}

const initial: PublishChecks = { items: [], ready: false, stale: false }

export function usePublishChecks(bus: EditorBus): PublishChecks {
  const [checks, setChecks] = useState<PublishChecks>(initial)
  useEffect(() => {
    // Mounted after an editor exists (the window's hooks mount first, so only on a hot reload): take what it shows.
    setChecks(bus.commands ? { items: bus.commands.checkItems(), ready: true, stale: false } : initial)
    return bus.subscribe((u, v) => {
      const commands = bus.commands
      if (!u || !v || !commands) return setChecks(initial)
      if (commands.checksReported(u)) setChecks({ items: commands.checkItems(), ready: true, stale: false })
      // Marked stale once per burst of typing: the window does not re-render on every keystroke.
      else if (u.docChanged) setChecks((c) => (c.stale ? c : { ...c, items: commands.checkItems(), stale: true }))
    })
  }, [bus])
  return checks
}
