// Keys for listening back while typing (oTranscribe's, adapted): Esc plays or pauses, F1/F2 go back/forward 5 s,
// F3/F4 slow down/speed up, Ctrl/Cmd+J stamps the line. Esc is taken only when nothing of the editor's own wants
// it (completion, a snippet, find and replace, the problems list) and never during an IME composition, and no key
// acts unless a recording is loaded, so without one every key does what it did before.
import { completionStatus, hasNextSnippetField, hasPrevSnippetField } from '@codemirror/autocomplete'
import { searchPanelOpen } from '@codemirror/search'
import { Prec, type EditorState, type Extension } from '@codemirror/state'
import { keymap, type EditorView } from '@codemirror/view'
import { insertStamp } from '../listen/insert-stamp'
import { player } from '../listen/player'
import { dispatchOutside } from './ime-guard'

/** What else in the editor would use Esc right now; the player takes it only when this is empty. */
export function escapeTakenBy(state: EditorState, view?: { composing: boolean; compositionStarted: boolean; dom: HTMLElement }): string | null {
  if (view && (view.composing || view.compositionStarted)) return 'composition'
  if (completionStatus(state) !== null) return 'completion'
  if (hasNextSnippetField(state) || hasPrevSnippetField(state)) return 'snippet'
  if (searchPanelOpen(state)) return 'search'
  if (view?.dom.querySelector('.cm-panel-lint')) return 'problems'
  return null
}

function composing(view: EditorView): boolean {
  return view.composing || view.compositionStarted
}

/** Runs `act` when a recording is loaded and nobody is composing; otherwise leaves the key to others. */
function whenListening(act: (view: EditorView) => void) {
  return (view: EditorView) => {
    if (!player.ready() || composing(view)) return false
    act(view)
    return true
  }
}

/** Stamps the cursor's line with the player's time (after the composition, if one is in progress). */
export function stampLine(view: EditorView): boolean {
  if (!player.ready()) return false
  const time = player.time()
  dispatchOutside(view, (state) => insertStamp(state, time, player.lag))
  return true
}

export function listenKeys(): Extension {
  // Low precedence: completion's and search's own Esc run first and keep it when they have something to close.
  return Prec.low(
    keymap.of([
      { key: 'Escape', run: (view) => (player.ready() && escapeTakenBy(view.state, view) === null ? (player.toggle(), true) : false) },
      { key: 'F1', run: whenListening(() => player.skip(-5)) },
      { key: 'F2', run: whenListening(() => player.skip(5)) },
      { key: 'F3', run: whenListening(() => player.step(-1)) },
      { key: 'F4', run: whenListening(() => player.step(1)) },
      { key: 'Mod-j', run: stampLine }
    ])
  )
}
