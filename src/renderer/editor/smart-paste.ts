// Pasting into an episode: a bare URL becomes a link titled with its page's title (titled-link.ts), a URL over
// selected text links that text, copied HTML becomes Markdown (html-markdown.ts); in front matter, code or a
// shortcode's tag everything stays plain, and Ctrl/Cmd+Shift+V always pastes plain text.
import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { markdownLink } from '../../shared/links/link-text'
import { isPlainPlace, pasteDecision } from '../../shared/links/paste-decision'
import { htmlToMarkdown, sameAsText } from './html-markdown'
import { pasteTitledLink, pendingTitles } from './titled-link'

export interface PasteOptions {
  /** The page's title (asked of the main process), or null. */
  fetchTitle: (url: string) => Promise<string | null>
  /** Read at each paste: the titled paste setting. */
  titled: () => boolean
}

/** The paste that follows Ctrl/Cmd+Shift+V within this long is plain. */
const PLAIN_WINDOW_MS = 1000

export function smartPaste(options: PasteOptions): Extension {
  let plainUntil = 0
  return [
    pendingTitles,
    EditorView.domEventHandlers({
      keydown(event) {
        // The browser's own "paste as plain text" key: the paste event it fires next is left to CodeMirror as text.
        if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'v') plainUntil = Date.now() + PLAIN_WINDOW_MS
        return false
      },
      paste(event, view) {
        const data = event.clipboardData
        if (!data) return false
        if (Date.now() < plainUntil) {
          plainUntil = 0
          return false
        }
        const text = data.getData('text/plain')
        const { from, to } = view.state.selection.main
        const doc = view.state.doc.toString()
        const decision = pasteDecision(doc, from, to, text)
        if (decision.kind === 'wrap') {
          event.preventDefault()
          const link = markdownLink(decision.text, decision.url)
          view.dispatch({ changes: { from, to, insert: link }, selection: { anchor: from + link.length }, userEvent: 'input.paste', scrollIntoView: true })
          return true
        }
        if (decision.kind === 'titled') {
          if (!options.titled()) return false
          event.preventDefault()
          pasteTitledLink(view, decision.url, options.fetchTitle)
          return true
        }
        const html = data.getData('text/html')
        if (!html || isPlainPlace(doc, from)) return false
        const markdown = htmlToMarkdown(html)
        if (!markdown || sameAsText(markdown, text)) return false
        event.preventDefault()
        view.dispatch({ changes: { from, to, insert: markdown }, selection: { anchor: from + markdown.length }, userEvent: 'input.paste', scrollIntoView: true })
        return true
      }
    })
  ]
}
