// @vitest-environment jsdom
// A long episode's preview is rendered from both ends: the window from the reader's place on, the preview worker
// from the far end back. The page ends up the same; answers for chunks edited, shown or reset meanwhile are dropped,
// and chunks the worker could not render are rendered by the window.
import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { PreviewController, type ChunkHtml } from '../../src/renderer/preview/preview-controller'

const html = (text: string) => `<p>${text.trim()}</p>`
type Batch = { texts: string[]; answer: (r: (ChunkHtml | null)[]) => void }

function setup(doc: string) {
  const host = document.createElement('div')
  document.body.append(host)
  const here: string[] = []
  const batches: Batch[] = []
  const controller = new PreviewController(host, {
    render: (text) => (here.push(text.trim()), { html: html(text) }),
    chunkOptions: { pairedNames: new Set() },
    renderElsewhere: (texts) => new Promise((answer) => batches.push({ texts, answer }))
  })
  let state = EditorState.create({ doc })
  controller.reset(state.doc, 0)
  const edit = (from: number, insert: string, to = from) => {
    const tr = state.update({ changes: { from, to, insert } })
    state = tr.state
    controller.update(state.doc, tr.changes, 0)
  }
  const settle = async () => {
    for (let i = 0; i < 400 && !controller.complete; i++) {
      for (const b of batches.splice(0)) b.answer(b.texts.map((t) => ({ html: html(t) })))
      await new Promise((r) => setTimeout(r, 2))
    }
  }
  return { host, here, batches, controller, edit, settle, doc: () => state.doc.toString() }
}

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i}.`).join('\n\n')

describe('the preview from both ends', () => {
  it('renders the far end in the worker, the reader’s place here, and ends with the whole page', async () => {
    const s = setup(paragraphs(600))
    const first = s.batches[0]
    expect(first.texts.map((t) => t.trim())).toEqual(Array.from({ length: 48 }, (_, i) => `Paragraph ${599 - i}.`))
    expect(s.here).toContain('Paragraph 0.')
    await s.settle()
    expect(s.controller.complete).toBe(true)
    expect([...s.host.querySelectorAll('.chunk')].map((c) => c.textContent)).toEqual(Array.from({ length: 600 }, (_, i) => `Paragraph ${i}.`))
    // Each chunk rendered once: the window never renders what the worker answered.
    expect(s.here.filter((t) => t === 'Paragraph 599.')).toHaveLength(0)
    expect(new Set(s.here).size).toBe(s.here.length)
  })

  it('drops an answer for a chunk edited meanwhile, and shows the edit', async () => {
    const s = setup(paragraphs(600))
    const first = s.batches.shift()!
    const at = s.doc().indexOf('Paragraph 599.')
    s.edit(at + 'Paragraph 599'.length, ' edited')
    first.answer(first.texts.map((t) => ({ html: html(t) })))
    await s.settle()
    expect(s.host.querySelectorAll('.chunk')[599].textContent).toBe('Paragraph 599 edited.')
  })

  it('renders here what the worker could not, and drops answers that arrive after a reset', async () => {
    const s = setup(paragraphs(600))
    const failed = s.batches.shift()!
    failed.answer(failed.texts.map(() => null))
    await s.settle()
    expect(s.controller.complete).toBe(true)
    expect(s.here).toContain('Paragraph 599.')

    const late = setup(paragraphs(300))
    const stale = late.batches.shift()!
    late.controller.reset(EditorState.create({ doc: 'Fresh start.' }).doc, 0)
    stale.answer(stale.texts.map(() => ({ html: '<p>stale</p>' })))
    await late.settle()
    expect(late.host.textContent).toBe('Fresh start.')
  })

  it('leaves a short episode to the window alone', () => {
    const s = setup(paragraphs(20))
    expect(s.batches).toHaveLength(0)
  })
})
