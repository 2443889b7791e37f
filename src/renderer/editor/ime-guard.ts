// Keeps IME composition undisturbed: edits from outside the keyboard (the form, a drop finishing, a reload) wait
// while the user is composing Japanese text and are applied, against the text as it is then, at compositionend.
import type { EditorState, Extension, TransactionSpec } from '@codemirror/state'
import { ViewPlugin, type EditorView, type PluginValue } from '@codemirror/view'

/** An edit computed from the state it will apply to (null: nothing to do any more). */
export type OutsideEdit = (state: EditorState) => TransactionSpec | null

class ImeQueue implements PluginValue {
  queue: OutsideEdit[] = []
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(readonly view: EditorView) {}

  /** Tries again shortly: CodeMirror finishes its own composition work after the DOM event. */
  schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(), 0)
  }

  flush(): void {
    if (isComposing(this.view)) return this.schedule()
    const pending = this.queue
    this.queue = []
    for (const edit of pending) {
      const spec = edit(this.view.state)
      if (spec) this.view.dispatch(spec)
    }
  }

  destroy(): void {
    clearTimeout(this.timer)
    this.queue = []
  }
}

const imeQueue = ViewPlugin.fromClass(ImeQueue, {
  eventHandlers: {
    compositionend() {
      if (this.queue.length) this.schedule()
    }
  }
})

function isComposing(view: EditorView): boolean {
  return view.composing || view.compositionStarted
}

/** The extension that holds queued outside edits; part of the editor set-up. */
export function imeGuard(): Extension {
  return imeQueue
}

/**
 * Applies an edit that did not come from typing: now, or after the composition in progress ends.
 * Returns true when it was applied at once.
 */
export function dispatchOutside(view: EditorView, edit: OutsideEdit): boolean {
  const plugin = view.plugin(imeQueue)
  if (plugin && (isComposing(view) || plugin.queue.length)) {
    plugin.queue.push(edit)
    plugin.schedule()
    return false
  }
  const spec = edit(view.state)
  if (spec) view.dispatch(spec)
  return true
}
