// Creates and drops one hidden editor with a small invented episode while the window is idle, so the first real
// one opens with its code compiled, its styles mounted and its Markdown and YAML parsers warmed up.
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterPaint } from '../after-paint'
import { editorExtensions } from './setup'

const SAMPLE = [
  '---',
  'title: "#1 Warming up"',
  'date: 2025-01-01T20:00:00+09:00',
  'tags: [warm-up]',
  '---',
  '',
  '## Notes',
  '',
  '- A [link](https://example.org/) and *emphasis*',
  '  - 日本語のメモ',
  '',
  '{{< figure src="desk.png" title="Desk" numbered="true" >}}',
  ''
].join('\n')

export function warmUpEditor(): void {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:600px;height:300px;visibility:hidden;contain:strict'
  // In a closed shadow root: nothing looking for the window's editor (its own code, assistive tools) finds it.
  const root = host.attachShadow({ mode: 'closed' })
  const parent = document.createElement('div')
  root.append(parent)
  document.body.append(host)
  const state = EditorState.create({ doc: SAMPLE, extensions: editorExtensions({ onSave: () => undefined }) })
  const view = new EditorView({ parent, root, state })
  // Dropped after it has been measured once (CodeMirror measures in the next frame).
  afterPaint(() => {
    view.destroy()
    host.remove()
  })
}
