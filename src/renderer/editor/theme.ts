// The editor's look in light and dark, and the highlight colours for Markdown, front matter and shortcodes. Prose
// reads in the text colour and the chosen prose font; colour marks only syntax (markers, links, code, shortcodes,
// front matter), and code and front matter stay monospace.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { yamlLanguage } from '@codemirror/lang-yaml'
import { EditorView } from '@codemirror/view'
import { tags as t } from '@lezer/highlight'
import type { Extension } from '@codemirror/state'
import { shortcodeTags } from './shortcode-syntax'

const base = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: 'var(--editor-bg)', color: 'var(--text)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.55' },
  '.cm-content': { padding: '16px 0 40vh', caretColor: 'var(--accent)', fontFamily: 'var(--prose-font, var(--mono))' },
  '.cm-line': { padding: '0 20px' },
  '.cm-line.cm-mono-line': { fontFamily: 'var(--mono)' },
  '.cm-gutters': { backgroundColor: 'var(--editor-bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection) !important' },
  '.cm-cursor': { borderLeftColor: 'var(--accent)' },
  '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--text)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', border: '1px solid var(--border)', borderRadius: '6px', boxShadow: '0 6px 24px rgb(0 0 0 / 0.12)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--selection)', color: 'var(--text)' },
  '.cm-completionDetail': { color: 'var(--muted)', fontStyle: 'normal', marginLeft: '1em' },
  '.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-search-rows': { position: 'relative', fontFamily: 'var(--sans)', fontSize: '12px', padding: '6px 34px 6px 10px', display: 'flex', flexDirection: 'column', gap: '5px' },
  '.cm-search-row': { display: 'flex', alignItems: 'center', gap: '4px' },
  '.cm-search-row .cm-textfield': { flex: '1 1 auto', minWidth: '8em', maxWidth: '22em', margin: 0, fontSize: '13px' },
  '.cm-search-row .cm-button': { margin: 0, padding: '2px 9px', fontSize: '12px', whiteSpace: 'nowrap' },
  '.cm-search-toggle': { margin: 0, padding: '1px 6px', minWidth: '26px', fontSize: '12px', fontFamily: 'var(--mono)', border: '1px solid transparent', borderRadius: '5px', background: 'transparent', color: 'var(--muted)', cursor: 'pointer' },
  '.cm-search-toggle[aria-pressed=true]': { background: 'var(--selection)', color: 'var(--text)', borderColor: 'var(--accent)' },
  '.cm-search-count': { minWidth: '6em', padding: '0 4px', color: 'var(--muted)', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  '.cm-search-count.none': { color: 'var(--danger)' },
  '.cm-search-close': { position: 'absolute', top: '5px', right: '8px', border: 'none', background: 'transparent', color: 'var(--muted)', fontSize: '18px', lineHeight: '1', cursor: 'pointer', padding: '0 4px' },
  '.cm-textfield': { borderRadius: '5px', border: '1px solid var(--border)', backgroundColor: 'var(--editor-bg)', color: 'var(--text)', padding: '3px 6px' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--panel)', border: '1px solid var(--border)', borderRadius: '5px', color: 'var(--text)' },
  '.cm-searchMatch': { backgroundColor: 'var(--warning-bg)', outline: '1px solid var(--number)' },
  '.cm-searchMatch-selected': { backgroundColor: 'var(--selection)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy #dc2626', textDecorationSkipInk: 'none' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy #d97706', textDecorationSkipInk: 'none' },
  '.cm-diagnostic': { fontFamily: 'var(--sans)', fontSize: '13px', maxWidth: '480px' },
  '.cm-gutter-lint': { width: '12px' }
})

/**
 * The Markdown and front matter colours. @lezer/markdown tags every paragraph `t.content` and every list `t.list`:
 * neither is coloured, so prose keeps the text colour (YAML's plain values are `t.content` too: see below).
 */
export const editorHighlight = HighlightStyle.define([
  { tag: t.heading, fontWeight: '700', color: 'var(--heading)' },
  { tag: t.heading1, fontWeight: '700', fontSize: '1.3em', color: 'var(--heading)' },
  { tag: t.heading2, fontWeight: '700', fontSize: '1.15em', color: 'var(--heading)' },
  { tag: [t.heading3, t.heading4, t.heading5, t.heading6], fontWeight: '700', color: 'var(--heading)' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: [t.link, t.url], color: 'var(--link)' },
  { tag: t.monospace, color: 'var(--code)', fontFamily: 'var(--mono)' },
  { tag: [t.processingInstruction, t.meta, t.documentMeta], color: 'var(--muted)' },
  { tag: t.quote, color: 'var(--quote)' },
  { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--key)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--string)' },
  { tag: [t.number, t.bool, t.null, t.atom, t.keyword], color: 'var(--number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--comment)', fontStyle: 'italic' },
  { tag: [t.angleBracket, t.tagName, t.attributeName], color: 'var(--html)' },
  { tag: t.macroName, color: 'var(--shortcode)', fontWeight: '600' },
  { tag: shortcodeTags.mark, color: 'var(--shortcode)', fontWeight: '600' },
  { tag: shortcodeTags.name, color: 'var(--shortcode)', fontWeight: '700' },
  { tag: shortcodeTags.param, color: 'var(--key)' },
  { tag: shortcodeTags.value, color: 'var(--string)' },
  { tag: shortcodeTags.escaped, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: t.contentSeparator, color: 'var(--muted)' }
])

/** YAML front matter's plain values (`title: Hello`) are `t.content`: coloured as strings there only. */
export const frontMatterHighlight = HighlightStyle.define([{ tag: t.content, color: 'var(--string)' }], { scope: yamlLanguage })

export function editorTheme(): Extension {
  return [base, syntaxHighlighting(editorHighlight), syntaxHighlighting(frontMatterHighlight)]
}
