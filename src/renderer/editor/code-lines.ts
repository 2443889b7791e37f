// Front matter and code blocks stay monospace when prose is set in a proportional font: their lines get a class
// (`cm-mono-line`, see theme.ts). Only the visible lines are looked at, again when the text, view or tree changes.
import { syntaxTree } from '@codemirror/language'
import type { Extension, Range } from '@codemirror/state'
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view'

const monoLine = Decoration.line({ class: 'cm-mono-line' })
const CODE = new Set(['FrontMatter', 'FencedCode', 'CodeBlock'])
// Blocks that may hold code blocks; every other node is left unvisited (its inline children are never code blocks).
const CONTAINERS = new Set(['Document', 'BulletList', 'OrderedList', 'ListItem', 'Blockquote'])

function codeLines(view: EditorView): DecorationSet {
  const found: Range<Decoration>[] = []
  const tree = syntaxTree(view.state)
  for (const { from, to } of view.visibleRanges) {
    tree.iterate({
      from,
      to,
      enter: (node) => {
        if (CODE.has(node.name)) {
          const start = view.state.doc.lineAt(Math.max(node.from, from)).number
          const end = view.state.doc.lineAt(Math.min(node.to, to)).number
          for (let n = start; n <= end; n++) found.push(monoLine.range(view.state.doc.line(n).from))
          return false
        }
        return CONTAINERS.has(node.name)
      }
    })
  }
  return Decoration.set(found, true)
}

/** The `cm-mono-line` class on the lines of front matter and code blocks. */
export function monospaceCodeLines(): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet
      constructor(view: EditorView) {
        this.decorations = codeLines(view)
      }
      update(u: ViewUpdate) {
        if (u.docChanged || u.viewportChanged || syntaxTree(u.startState) !== syntaxTree(u.state)) this.decorations = codeLines(u.view)
      }
    },
    { decorations: (p) => p.decorations }
  )
}
