// @vitest-environment jsdom
// The episode's Markdown: front matter, shortcodes and headings from the first paint; once the editor has shown,
// the full Markdown support (HTML inside the Markdown, section folding, list continuation, tag completion) takes
// over without touching the text, and never in the middle of an IME composition.
import { afterEach, describe, expect, it } from 'vitest'
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete'
import { ensureSyntaxTree, foldable, syntaxTree } from '@codemirror/language'
import { EditorSelection, EditorState, type Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { insertNewlineContinueMarkup } from '@codemirror/lang-markdown'
import { episodeMarkdown, lightMarkdown, loadFullMarkdown } from '../../src/renderer/editor/episode-markdown'
import { imeGuard } from '../../src/renderer/editor/ime-guard'

const EPISODE = ['---', 'title: "#3 Players"', '---', '', '## Listen', '', '<iframe src="https://anchor.fm/x" width="100%"></iframe>', '', '{{< figure src="a.png" >}}', '', '## Links', '', '- one', ''].join('\n')

function nodeNames(state: EditorState): Set<string> {
  const names = new Set<string>()
  ensureSyntaxTree(state, state.doc.length, 5000)!.iterate({ enter: (n) => void names.add(n.name) })
  return names
}

/** The innermost node at the first "iframe" of the text: TagName once HTML is parsed inside the Markdown. */
function nodeAtIframe(state: EditorState): string {
  ensureSyntaxTree(state, state.doc.length, 5000)
  return syntaxTree(state).resolveInner(state.doc.toString().indexOf('iframe') + 1, 1).name
}

const stateWith = (extension: Extension, doc = EPISODE) => EditorState.create({ doc, extensions: extension })

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
})

describe('episode Markdown', () => {
  it('shows front matter, shortcodes and headings from the start, HTML only as a Markdown block', () => {
    const state = stateWith(lightMarkdown())
    const names = nodeNames(state)
    expect(names).toContain('BlockMapping')
    expect(names).toContain('ShortcodeName')
    expect(names).toContain('ATXHeading2')
    expect(nodeAtIframe(state)).toBe('HTMLBlock')
  })

  it('parses HTML inside the Markdown with the full support', async () => {
    const state = stateWith(await loadFullMarkdown())
    expect(nodeAtIframe(state)).toBe('TagName')
    expect(nodeNames(state)).toContain('BlockMapping')
  })

  it('gives the same Markdown tree light and full, so nothing shifts when the full support takes over', async () => {
    const doc = EPISODE + '\n> quote with *em*, `code` and [a link](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ :smile:\n\n```\nplain\n```\n'
    const tree = (state: EditorState) => {
      const out: string[] = []
      ensureSyntaxTree(state, state.doc.length, 5000)!.iterate({ enter: (n) => void out.push(`${n.name}@${n.from}-${n.to}`) })
      return out
    }
    expect(tree(stateWith(lightMarkdown(), doc))).toEqual(tree(stateWith(await loadFullMarkdown(), doc)))
  })

  it('folds a heading’s section up to the next heading of its level', async () => {
    const state = stateWith(await loadFullMarkdown())
    const heading = state.doc.line(5)
    const range = foldable(state, heading.from, heading.to)
    expect(state.sliceDoc(range!.from, range!.to)).toBe(['', '', '<iframe src="https://anchor.fm/x" width="100%"></iframe>', '', '{{< figure src="a.png" >}}'].join('\n'))
  })

  it('continues a list on Enter', async () => {
    let state = stateWith(await loadFullMarkdown())
    state = state.update({ selection: EditorSelection.cursor(state.doc.length - 1) }).state
    insertNewlineContinueMarkup({ state, dispatch: (tr) => (state = tr.state) })
    expect(state.doc.toString().endsWith('- one\n- \n')).toBe(true)
  })

  it('completes HTML tags after < once HTML has loaded, not inside code', async () => {
    const state = stateWith(await loadFullMarkdown(), 'Text <ifr')
    const sources = state.languageDataAt<(c: CompletionContext) => CompletionResult | null>('autocomplete', state.doc.length)
    const labels = sources.flatMap((s) => s(new CompletionContext(state, state.doc.length, false))?.options.map((o) => o.label) ?? [])
    expect(labels).toContain('<iframe')
    const inCode = stateWith(await loadFullMarkdown(), '```\n<ifr')
    const none = inCode.languageDataAt<(c: CompletionContext) => CompletionResult | null>('autocomplete', inCode.doc.length)
    expect(none.map((s) => s(new CompletionContext(inCode, inCode.doc.length, false))).filter(Boolean)).toEqual([])
  })

  it('upgrades an editor to HTML after it first shows, keeping its text and selection', async () => {
    view = new EditorView({ parent: document.body, state: stateWith([episodeMarkdown(), imeGuard()]) })
    view.dispatch({ selection: { anchor: 10 } })
    expect(nodeAtIframe(view.state)).toBe('HTMLBlock')
    await loadFullMarkdown()
    await new Promise((r) => setTimeout(r, 100))
    expect(nodeAtIframe(view.state)).toBe('TagName')
    expect(view.state.doc.toString()).toBe(EPISODE)
    expect(view.state.selection.main.head).toBe(10)
  })

  it('waits for an IME composition to end before the upgrade', async () => {
    view = new EditorView({ parent: document.body, state: stateWith([episodeMarkdown(), imeGuard()]) })
    let composing = true
    Object.defineProperty(view, 'composing', { get: () => composing })
    Object.defineProperty(view, 'compositionStarted', { get: () => composing })
    await loadFullMarkdown()
    await new Promise((r) => setTimeout(r, 100))
    expect(nodeAtIframe(view.state)).toBe('HTMLBlock')
    composing = false
    await new Promise((r) => setTimeout(r, 50))
    expect(nodeAtIframe(view.state)).toBe('TagName')
  })
})
