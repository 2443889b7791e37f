// The editor's look in light and dark, and the highlight colours for Markdown, front matter and shortcodes.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import { tags as t } from '@lezer/highlight'
import type { Extension } from '@codemirror/state'

const base = EditorView.theme({
  '&': { height: '100%', fontSize: '14.5px', backgroundColor: 'var(--editor-bg)', color: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.6' },
  '.cm-content': { padding: '16px 0 40vh', caretColor: 'var(--accent)' },
  '.cm-line': { padding: '0 20px' },
  '.cm-gutters': { backgroundColor: 'var(--editor-bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection) !important' },
  '.cm-cursor': { borderLeftColor: 'var(--accent)' },
  '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--text)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', border: '1px solid var(--border)' }
})

const highlight = HighlightStyle.define([
  { tag: t.heading1, fontWeight: '700', fontSize: '1.3em', color: 'var(--heading)' },
  { tag: t.heading2, fontWeight: '700', fontSize: '1.15em', color: 'var(--heading)' },
  { tag: [t.heading3, t.heading4, t.heading5, t.heading6], fontWeight: '700', color: 'var(--heading)' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: [t.link, t.url], color: 'var(--link)' },
  { tag: t.monospace, color: 'var(--code)' },
  { tag: [t.processingInstruction, t.meta, t.documentMeta], color: 'var(--muted)' },
  { tag: t.quote, color: 'var(--quote)', fontStyle: 'italic' },
  { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--key)' },
  { tag: [t.string, t.special(t.string), t.content], color: 'var(--string)' },
  { tag: [t.number, t.bool, t.null, t.atom, t.keyword], color: 'var(--number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--comment)', fontStyle: 'italic' },
  { tag: [t.angleBracket, t.tagName, t.attributeName], color: 'var(--html)' },
  { tag: t.list, color: 'var(--accent)' },
  { tag: t.contentSeparator, color: 'var(--muted)' }
])

export function editorTheme(): Extension {
  return [base, syntaxHighlighting(highlight)]
}
