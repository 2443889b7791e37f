// Task list check boxes as Goldmark makes them: `[ ]`, `[x]` or `[X]` anywhere in the first paragraph of a list item
// (even before a link), rendered `<input checked="" disabled="" type="checkbox"> `.
import type { MarkdownIt } from 'markdown-it'
import type { StateCore, StateInline } from 'markdown-it'

const box = /\[([ \t\n\f\r\vxX])\][ \t]*/y

// Marks inline content that is the first paragraph of a list item; the inline rule below only fires there.
function markTaskParagraphs(state: StateCore): void {
  const tokens = state.tokens
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.type === 'inline' && tokens[i - 1].type === 'paragraph_open' && tokens[i - 2].type === 'list_item_open' && t.content.includes('[')) {
      t.meta = { ...(t.meta ?? {}), taskParagraph: true }
    }
  }
}

function taskCheckbox(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || !state.env.__taskParagraph) return false
  box.lastIndex = state.pos
  const m = box.exec(state.src)
  if (!m) return false
  if (!silent) {
    const token = state.push('task_checkbox', 'input', 0)
    token.meta = { checked: m[1] === 'x' || m[1] === 'X' }
  }
  state.pos = box.lastIndex
  return true
}

/** markdown-it plugin: Goldmark's task list check boxes. */
export function taskListPlugin(md: MarkdownIt): void {
  md.core.ruler.before('inline', 'task_paragraphs', markTaskParagraphs)
  // The core inline rule, with the "first paragraph of a list item" flag passed to the inline rules through env.
  md.core.ruler.at('inline', (state) => {
    for (const t of state.tokens) {
      if (t.type !== 'inline') continue
      state.env.__taskParagraph = t.meta?.taskParagraph === true
      state.md.inline.parse(t.content, state.md, state.env, t.children ?? (t.children = []))
    }
    state.env.__taskParagraph = false
  })
  md.inline.ruler.before('link', 'task_checkbox', taskCheckbox)
  md.renderer.rules.task_checkbox = (tokens, idx) =>
    tokens[idx].meta?.checked ? '<input checked="" disabled="" type="checkbox"> ' : '<input disabled="" type="checkbox"> '
}
