// Opt-in autosave to the file: saves a while after the typing stops, but never in the middle of an IME
// composition (the half-typed reading would land on disk) and never when `canSave` says no (a conflict is open).
import type { Extension } from '@codemirror/state'
import { ViewPlugin, type EditorView, type PluginValue, type ViewUpdate } from '@codemirror/view'

export interface AutosaveOptions {
  /** Quiet time after the last edit before saving, in ms. */
  delay?: number
  /** Read when the time comes: autosave is on and nothing (a conflict) forbids writing now. */
  canSave: () => boolean
  save: () => void
}

export const autosaveDelay = 1500

function isComposing(view: EditorView): boolean {
  return view.composing || view.compositionStarted
}

/** Saves `delay` ms after the last change to the text; a composition in progress postpones it to its end. */
export function autosave(options: AutosaveOptions): Extension {
  const delay = options.delay ?? autosaveDelay
  return ViewPlugin.fromClass(
    class implements PluginValue {
      timer: ReturnType<typeof setTimeout> | undefined
      /** The time came while composing: save once the composition ends. */
      waitingForComposition = false

      constructor(readonly view: EditorView) {}

      update(u: ViewUpdate): void {
        // A reload from disk is not the host's typing: nothing new to save.
        if (u.docChanged && !u.transactions.every((tr) => tr.isUserEvent('input.reload'))) this.schedule()
      }

      schedule(): void {
        clearTimeout(this.timer)
        this.timer = setTimeout(() => this.fire(), delay)
      }

      fire(): void {
        this.timer = undefined
        if (isComposing(this.view)) {
          this.waitingForComposition = true
          return
        }
        this.waitingForComposition = false
        if (options.canSave()) options.save()
      }

      destroy(): void {
        clearTimeout(this.timer)
      }
    },
    {
      eventHandlers: {
        compositionend() {
          // Give the committed text the same quiet time as any other edit.
          if (this.waitingForComposition) this.schedule()
        }
      }
    }
  )
}
