// @vitest-environment jsdom
// Chapter imports and retimes as editor transactions: each is one undo step; a retime's bundle files are written with
// it, and undo (then redo) writes the earlier (then the later) texts back, each only over the text it replaced.
import { history, redo, undo } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureBesideFileSync, importChaptersSpec, retimeSpec, type BesideChange } from '../../src/renderer/editor/timed-edits'

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
})

function editor(doc: string) {
  view = new EditorView({ parent: document.body, state: EditorState.create({ doc, extensions: [history()] }) })
  return view
}

const notes = '---\ntitle: x\n---\n\nIntro words.\n\n## Chapters\n\n- 00:00 Intro\n- 01:30 News\n'

describe('importChaptersSpec', () => {
  it('rewrites the chapter list, and one undo takes the whole import back', () => {
    const v = editor(notes)
    v.dispatch({ changes: { from: notes.indexOf('Intro words') + 5, insert: ' typed' }, userEvent: 'input.type' })
    const typed = v.state.doc.toString()
    v.dispatch(importChaptersSpec(v.state, [{ start: 0, title: 'Intro' }, { start: 95.4, title: 'News' }, { start: 200, title: 'Mail' }]))
    expect(v.state.doc.toString()).toBe(typed.replace('- 01:30 News\n', '- 01:35 News\n- 03:20 Mail\n'))
    undo(v)
    expect(v.state.doc.toString()).toBe(typed)
  })

  it('adds a Chapters list (チャプター for Japanese notes) when there is none', () => {
    const v = editor('---\ntitle: x\n---\n\n今回はサイドプロジェクトの話です。\n')
    v.dispatch(importChaptersSpec(v.state, [{ start: 0, title: 'オープニング' }]))
    expect(v.state.doc.toString()).toBe('---\ntitle: x\n---\n\n今回はサイドプロジェクトの話です。\n\n## チャプター\n\n- 00:00 オープニング\n')
  })
})

describe('retimeSpec', () => {
  it('moves the stamps and writes the bundle files; undo and redo write them back, each over what it replaced', () => {
    const v = editor(notes)
    const writes: Array<{ episode: string } & BesideChange> = []
    ensureBesideFileSync(v, async (episode, change) => void writes.push({ episode, ...change }))
    const file: BesideChange = { name: 'transcript.vtt', before: 'WEBVTT before', after: 'WEBVTT after' }
    v.dispatch(retimeSpec(v.state, { at: 60, by: -10 }, { episode: 'e/index.md', files: [file] }))
    expect(v.state.doc.toString()).toBe(notes.replace('01:30 News', '01:20 News'))
    undo(v)
    expect(v.state.doc.toString()).toBe(notes)
    redo(v)
    expect(v.state.doc.toString()).toBe(notes.replace('01:30 News', '01:20 News'))
    expect(writes).toEqual([
      { episode: 'e/index.md', name: 'transcript.vtt', before: 'WEBVTT before', after: 'WEBVTT after' },
      { episode: 'e/index.md', name: 'transcript.vtt', before: 'WEBVTT after', after: 'WEBVTT before' },
      { episode: 'e/index.md', name: 'transcript.vtt', before: 'WEBVTT before', after: 'WEBVTT after' }
    ])
  })

  it('changes nothing when no time is at or after the edit', () => {
    const v = editor(notes)
    const spec = retimeSpec(v.state, { at: 3600, by: 5 }, null)
    expect(spec.changes).toEqual([])
    expect(spec.effects).toEqual([])
  })
})
