// Find and replace in the editor: CodeMirror's search with a panel laid out in two tidy rows (find, then
// replace), toggles for case, regular expression and whole word, and a match count; its words follow the UI
// language through the editor's phrases.
import {
  closeSearchPanel,
  findNext,
  findPrevious,
  getSearchQuery,
  replaceAll,
  replaceNext,
  search,
  SearchQuery,
  selectMatches,
  setSearchQuery
} from '@codemirror/search'
import type { EditorState, Extension } from '@codemirror/state'
import type { EditorView, Panel, ViewUpdate } from '@codemirror/view'

const countLimit = 1000

/** How many matches `query` has in `state` (counting stops at 1000), and which one the selection is on. */
function matchCount(state: EditorState, query: SearchQuery): { total: number; current: number; capped: boolean } {
  if (!query.valid) return { total: 0, current: 0, capped: false }
  const cursor = query.getCursor(state)
  const sel = state.selection.main
  let total = 0
  let current = 0
  for (let next = cursor.next(); !next.done; next = cursor.next()) {
    total++
    if (next.value.from === sel.from && next.value.to === sel.to) current = total
    if (total >= countLimit) return { total, current, capped: true }
  }
  return { total, current, capped: false }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('data-') || key.startsWith('aria-') || key === 'name' || key === 'main-field') node.setAttribute(key, String(value))
    else (node as unknown as Record<string, unknown>)[key] = value
  }
  node.append(...children)
  return node
}

function createPanel(view: EditorView): Panel {
  const phrase = (p: string, ...insert: unknown[]) => view.state.phrase(p, ...insert)
  let query = getSearchQuery(view.state)

  const find = el('input', { className: 'cm-textfield', name: 'search', 'main-field': 'true', placeholder: phrase('Find'), 'aria-label': phrase('Find'), value: query.search })
  const replace = el('input', { className: 'cm-textfield', name: 'replace', placeholder: phrase('Replace'), 'aria-label': phrase('Replace'), value: query.replace })
  const toggle = (name: string, label: string, text: string, on: boolean) =>
    el('button', { type: 'button', className: 'cm-search-toggle', name, title: phrase(label), 'aria-label': phrase(label), 'aria-pressed': String(on) }, text)
  const caseBtn = toggle('case', 'match case', 'Aa', query.caseSensitive)
  const reBtn = toggle('re', 'regexp', '.*', query.regexp)
  const wordBtn = toggle('word', 'by word', 'W', query.wholeWord)
  const count = el('span', { className: 'cm-search-count', 'aria-live': 'polite' })
  const button = (name: string, label: string, run: () => void, text = phrase(label)) =>
    el('button', { type: 'button', className: 'cm-button', name, title: phrase(label), onclick: run }, text)

  const commit = () => {
    const next = new SearchQuery({
      search: find.value,
      replace: replace.value,
      caseSensitive: caseBtn.getAttribute('aria-pressed') === 'true',
      regexp: reBtn.getAttribute('aria-pressed') === 'true',
      wholeWord: wordBtn.getAttribute('aria-pressed') === 'true'
    })
    if (!next.eq(query)) {
      query = next
      view.dispatch({ effects: setSearchQuery.of(next) })
    }
  }
  const showCount = (state: EditorState) => {
    if (!query.search) return (count.textContent = '')
    const { total, current, capped } = matchCount(state, query)
    count.textContent = total === 0 ? phrase('No matches') : phrase('$1 of $2', current || '–', capped ? `${total}+` : total)
    count.classList.toggle('none', total === 0)
  }
  for (const b of [caseBtn, reBtn, wordBtn]) {
    b.onclick = () => {
      b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'))
      commit()
    }
  }
  find.oninput = replace.oninput = commit
  find.onkeydown = (e) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      ;(e.shiftKey ? findPrevious : findNext)(view)
    }
  }
  replace.onkeydown = (e) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      replaceNext(view)
    }
  }

  const dom = el(
    'div',
    { className: 'cm-search cm-search-rows', onkeydown: (e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), closeSearchPanel(view), view.focus()) },
    el('div', { className: 'cm-search-row' }, find, caseBtn, reBtn, wordBtn, count, button('prev', 'previous', () => findPrevious(view), '↑'), button('next', 'next', () => findNext(view), '↓'), button('all', 'all', () => selectMatches(view))),
    el('div', { className: 'cm-search-row' }, replace, button('replace', 'replace', () => replaceNext(view)), button('replaceAll', 'replace all', () => replaceAll(view))),
    el('button', { type: 'button', className: 'cm-search-close', name: 'close', 'aria-label': phrase('close'), title: phrase('close'), onclick: () => (closeSearchPanel(view), view.focus()) }, '×')
  )
  showCount(view.state)

  return {
    dom,
    top: true,
    mount: () => find.select(),
    update(u: ViewUpdate) {
      for (const tr of u.transactions) {
        for (const effect of tr.effects) {
          if (effect.is(setSearchQuery) && !effect.value.eq(query)) {
            query = effect.value
            find.value = query.search
            replace.value = query.replace
            caseBtn.setAttribute('aria-pressed', String(query.caseSensitive))
            reBtn.setAttribute('aria-pressed', String(query.regexp))
            wordBtn.setAttribute('aria-pressed', String(query.wholeWord))
          }
        }
      }
      if (u.docChanged || u.selectionSet || u.transactions.some((tr) => tr.effects.some((e) => e.is(setSearchQuery)))) showCount(u.state)
    }
  }
}

/** The search extension with Shownotes' panel (open with Mod-f; Enter / Shift-Enter step through matches). */
export function searchPanel(): Extension {
  return search({ top: true, createPanel })
}
