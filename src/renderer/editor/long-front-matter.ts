// The front matter of a very long document, highlighted by its own language (YAML, TOML or JSON) as in any other
// episode: the line-by-line highlighter (long-document.ts) colours the body only. The front matter is small, so
// it is parsed whole, and again only when an edit touches it.
import { StateField, type EditorState, type Extension, type Range } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'
import { highlightTree } from '@lezer/highlight'
import { frontMatterHead } from './front-matter-head'
import { frontMatterParser } from './front-matter-syntax'
import { editorHighlight, frontMatterHighlight } from './theme'

interface Marks {
  decorations: DecorationSet
  /** Where the front matter ends (its closing delimiter line); edits after it leave the marks as they are. */
  to: number
}

const monoLine = Decoration.line({ class: 'cm-mono-line' })

function marks(state: EditorState): Marks {
  const { split } = frontMatterHead(state.doc)
  const block = split.frontMatter
  // Without front matter only an edit at the start can make one; an unclosed one can be closed by any edit.
  if (!block || !split.format) return { decorations: Decoration.none, to: split.unclosed ? state.doc.length : 0 }
  const found: Range<Decoration>[] = []
  const tree = frontMatterParser(split.format).parse(block.text)
  highlightTree(tree, [editorHighlight, frontMatterHighlight], (from, to, classes) => {
    found.push(Decoration.mark({ class: classes }).range(block.contentFrom + from, block.contentFrom + to))
  })
  const first = state.doc.lineAt(block.from).number
  const last = state.doc.lineAt(block.to).number
  for (let n = first; n <= last; n++) found.push(monoLine.range(state.doc.line(n).from))
  return { decorations: Decoration.set(found, true), to: block.to }
}

const frontMatterMarks = StateField.define<Marks>({
  create: marks,
  update(value, tr) {
    if (!tr.docChanged) return value
    // An edit up to the line after the front matter can change it (or make the body's first line its end).
    if (tr.changes.touchesRange(0, Math.max(0, value.to + 1))) return marks(tr.state)
    return { decorations: value.decorations.map(tr.changes), to: tr.changes.mapPos(value.to) }
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations)
})

/** Front matter highlighting for the long-document mode. */
export function longFrontMatter(): Extension {
  return frontMatterMarks
}
