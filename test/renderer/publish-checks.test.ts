// The Publish view's list comes from the editor's own lint: grouped errors → warnings → notes, each with its line,
// and a quick fix that is one edit (one undo takes it back).
import { history, undo } from '@codemirror/commands'
import { setDiagnostics } from '@codemirror/lint'
import { EditorState, type TransactionSpec } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import { describe, expect, it } from 'vitest'
import { checkEpisode } from '../../src/shared/checks'
import { toLintDiagnostics, type LintWords } from '../../src/renderer/editor/episode-lint'
import { checkText, fixText } from '../../src/renderer/check-messages'
import { applyFix, checksOf, groupBySeverity } from '../../src/renderer/state/publish-checks'

const text = `---
title: ""
date: 2027-04-01T21:00:00+09:00
draft: false
summary: "A guest talks about the shop that started as a side project."
---
## Guest of the week

{{< figure src="studio.png" title="The studio" >}}

[empty]()
`

/** An editor state whose lint shows what the publishing checks find, and a stand-in view to apply actions to. */
function linted(words?: LintWords) {
  let state = EditorState.create({ doc: text, extensions: [history()] })
  const found = checkEpisode(text, { bundleFiles: ['photos/studio.png'], now: new Date('2026-11-20T00:00:00Z') })
  state = state.update(setDiagnostics(state, toLintDiagnostics(state, found, words))).state
  const view = {
    get state() {
      return state
    },
    dispatch: (spec: TransactionSpec) => {
      state = state.update(spec).state
    }
  }
  return { view, get state() { return state } }
}

describe('publish checks', () => {
  it('lists each problem with its line, rule and fix', () => {
    const items = checksOf(linted().state)
    expect(items.map((i) => [i.line, i.severity, i.rule, i.fix?.label ?? null])).toEqual([
      [1, 'info', 'bundle-file-unused', null],
      [2, 'error', 'title-missing', 'Use the first heading as title: "Guest of the week"'],
      [3, 'info', 'publish-date-future', null],
      [9, 'error', 'figure-missing-image', 'Use "photos/studio.png"'],
      [11, 'warning', 'link-empty', 'Keep "empty" as plain text']
    ])
  })

  it('groups errors first, then warnings, then notes', () => {
    const groups = groupBySeverity(checksOf(linted().state))
    expect(groups.map((g) => [g.severity, g.items.length])).toEqual([
      ['error', 2],
      ['warning', 1],
      ['info', 2]
    ])
    expect(groupBySeverity([])).toEqual([])
  })

  it('applies a quick fix as one edit that one undo takes back', () => {
    const editor = linted()
    const title = checksOf(editor.state).find((i) => i.rule === 'title-missing')!
    applyFix(editor.view as unknown as EditorView, title)
    expect(editor.state.doc.line(2).text).toBe('title: "Guest of the week"')
    undo(editor.view)
    expect(editor.state.doc.toString()).toBe(text)
  })

  it('does nothing for a problem without a fix', () => {
    const editor = linted()
    const note = checksOf(editor.state).find((i) => i.rule === 'publish-date-future')!
    applyFix(editor.view as unknown as EditorView, note)
    expect(editor.state.doc.toString()).toBe(text)
  })

  it('keeps each problem’s code, so the Publish tab words it in its own language whatever the editor shows', () => {
    const japanese: LintWords = {
      message: (d) => checkText('ja', { rule: d.rule, message: d.message, code: d.code, params: d.params }),
      fix: (d) => (d.fix ? fixText('ja', d.rule, d.fix) : '')
    }
    const title = checksOf(linted(japanese).state).find((i) => i.rule === 'title-missing')!
    expect(title.message).toMatch(/^This episode has no title|^The title is empty/)
    expect(checkText('en', title)).toBe(title.message)
    expect(checkText('ja', title)).toMatch(/タイトル/)
    expect(fixText('en', title.rule, title.fix!)).toBe('Use the first heading as title: "Guest of the week"')
    expect(fixText('ja', title.rule, title.fix!)).not.toMatch(/Use the first heading/)
  })
})

describe('a figure check’s fix', () => {
  it('hands the photo to the file fix (which asks and processes it) and leaves the text alone', () => {
    const doc = '---\ntitle: x\n---\n\n{{< figure src="desk.jpg" >}}\n'
    let state = EditorState.create({ doc })
    const found = checkEpisode(doc, { bundleFiles: ['desk.jpg'], bundleImages: [['desk.jpg', { width: 4000, height: 3000, location: true }]] })
    const asked: [string, string][] = []
    state = state.update(setDiagnostics(state, toLintDiagnostics(state, found, undefined, (file, rule) => void asked.push([file, rule])))).state
    const view = { state, dispatch: () => expect.unreachable('the text must not change') } as unknown as EditorView
    const items = checksOf(state).filter((i) => i.rule?.startsWith('figure-'))
    expect(items.map((i) => [i.rule, i.fix?.label])).toEqual([
      ['figure-has-location', 'Remove the location from "desk.jpg"'],
      ['figure-too-large', 'Shrink "desk.jpg" to 2560 pixels']
    ])
    for (const item of items) applyFix(view, item)
    expect(asked).toEqual([
      ['desk.jpg', 'figure-has-location'],
      ['desk.jpg', 'figure-too-large']
    ])
    expect(fixText('ja', 'figure-has-location', items[0].fix!)).toBe('"desk.jpg" から位置情報を削除')
  })
})
