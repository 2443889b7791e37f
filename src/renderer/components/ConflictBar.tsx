// Shown when the open episode changed (or vanished) on disk while it had unsaved edits: the user decides.
import type { Conflict } from '../state/use-episode'

export interface ConflictBarProps {
  conflict: Conflict
  onReloadTheirs: () => void
  onKeepMine: () => void
  onCompare: () => void
}

export function ConflictBar({ conflict, onReloadTheirs, onKeepMine, onCompare }: ConflictBarProps) {
  if (conflict.kind === 'deleted') {
    return (
      <div className="bar bar-warning" role="alert" data-testid="conflict-bar">
        <span>This episode was deleted or moved on disk. Your text is still here.</span>
        <button onClick={onKeepMine}>Save it again here</button>
      </div>
    )
  }
  return (
    <div className="bar bar-warning" role="alert" data-testid="conflict-bar">
      <span>This episode changed on disk while you were editing it.</span>
      <button onClick={onReloadTheirs}>Reload theirs</button>
      <button onClick={onKeepMine}>Keep mine (overwrite)</button>
      <button onClick={onCompare}>Compare</button>
    </div>
  )
}
