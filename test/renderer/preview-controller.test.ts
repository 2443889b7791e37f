// @vitest-environment jsdom
// The preview patches its DOM: after an edit only the chunk that changed is rendered again and replaced; the
// elements of the other chunks are the very same nodes (a playing player or a loaded image stays as it is).
import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { PreviewController } from '../../src/renderer/preview/preview-controller'

function setup(doc: string) {
  const host = document.createElement('div')
  document.body.append(host)
  const rendered: string[] = []
  const controller = new PreviewController(host, {
    render: (text) => {
      rendered.push(text)
      return { html: `<p>${text.trim().replace(/</g, '&lt;')}</p>` }
    },
    chunkOptions: { pairedNames: new Set() }
  })
  let state = EditorState.create({ doc })
  controller.reset(state.doc, 0)
  const edit = (from: number, insert: string, to = from) => {
    const tr = state.update({ changes: { from, to, insert } })
    state = tr.state
    controller.update(state.doc, tr.changes, 0)
  }
  const chunks = () => [...host.querySelectorAll('.chunk')]
  return { host, rendered, controller, edit, chunks }
}

describe('incremental preview', () => {
  it('renders every chunk once, then only the chunk that changed', () => {
    const doc = 'One.\n\nTwo.\n\nThree.\n'
    const { host, rendered, edit, chunks } = setup(doc)
    expect(host.textContent).toBe('One.Two.Three.')
    const before = chunks()
    rendered.length = 0
    edit(doc.indexOf('Two.') + 3, ' more')
    expect(rendered).toEqual(['Two more.\n\n'])
    const after = chunks()
    expect(host.textContent).toBe('One.Two more.Three.')
    expect(after[0]).toBe(before[0])
    expect(after[2]).toBe(before[2])
    expect(after[1]).not.toBe(before[1])
  })

  it('splits and joins chunks when blank lines come and go', () => {
    const doc = 'One.\nTwo.\n'
    const { edit, chunks } = setup(doc)
    expect(chunks()).toHaveLength(1)
    edit(5, '\n')
    expect(chunks().map((c) => c.textContent)).toEqual(['One.', 'Two.'])
    edit(5, '', 6)
    expect(chunks().map((c) => c.textContent)).toEqual(['One.\nTwo.'])
  })

  it('renders a long document in slices and reports when it is complete', async () => {
    const doc = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}.`).join('\n\n')
    const { controller, host, chunks } = setup(doc)
    expect(chunks()).toHaveLength(3000)
    // Grouped in sections, so the browser lays out a few dozen boxes, not thousands.
    expect(host.children.length).toBe(Math.ceil(3000 / 64))
    for (let i = 0; i < 400 && !controller.complete; i++) await new Promise((r) => setTimeout(r, 5))
    expect(controller.complete).toBe(true)
    expect(chunks().at(-1)?.textContent).toBe('Paragraph 2999.')
  })

  it('splits a section that grew by many inserts and drops one that emptied', () => {
    const doc = Array.from({ length: 70 }, (_, i) => `P${i}.`).join('\n\n')
    const { host, edit, chunks } = setup(doc)
    expect(host.children.length).toBe(2)
    edit(0, Array.from({ length: 100 }, (_, i) => `N${i}.\n\n`).join(''))
    expect(chunks()).toHaveLength(170)
    expect(host.children.length).toBe(3)
    expect(chunks().map((c) => c.textContent).slice(98, 102)).toEqual(['N98.', 'N99.', 'P0.', 'P1.'])
    expect(host.lastElementChild!.textContent).toBe('P64.P65.P66.P67.P68.P69.')
    const newDoc = Array.from({ length: 100 }, (_, i) => `N${i}.\n\n`).join('') + doc
    edit(newDoc.indexOf('\n\nP64.'), '', newDoc.length)
    expect(chunks().at(-1)?.textContent).toBe('P63.')
    expect(host.children.length).toBe(2)
  })

  it('shows why in place of a chunk whose rendering threw, renders the others, and renders it again once edited', () => {
    const host = document.createElement('div')
    const controller = new PreviewController(host, {
      render: (text) => {
        if (text.includes('boom')) throw new RangeError('Invalid code point 1114112')
        return { html: `<p>${text.trim()}</p>` }
      },
      failed: (error) => `Could not show this part (${(error as Error).message}).`,
      chunkOptions: { pairedNames: new Set() }
    })
    let state = EditorState.create({ doc: 'One.\n\nboom\n\nThree.\n' })
    controller.reset(state.doc, 0)
    const notes = () => [...host.querySelectorAll('.chunk')].map((c) => c.textContent)
    expect(notes()).toEqual(['One.', 'Could not show this part (Invalid code point 1114112).', 'Three.'])
    expect(host.querySelector('[role="alert"]')).not.toBeNull()
    const at = state.doc.toString().indexOf('boom')
    const tr = state.update({ changes: { from: at, to: at + 4, insert: 'Two.' } })
    state = tr.state
    controller.update(state.doc, tr.changes, 0)
    expect(notes()).toEqual(['One.', 'Two.', 'Three.'])
    // A new episode renders from scratch, whatever the last one did.
    controller.reset(EditorState.create({ doc: 'Another episode.\n' }).doc, 0)
    expect(notes()).toEqual(['Another episode.'])
  })

  it('renders the part asked for at once, then the rest in the background, each block as a full render gives it', async () => {
    const doc = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `## Part ${i}` : `Paragraph *${i}* of [the show](https://example.org/${i}).`)).join('\n\n') + '\n'
    const { controller, chunks, rendered } = setup(doc)
    // Scroll sync asks where line 4001 (paragraph 2000) is shown: that part renders before the answer.
    controller.offsetOf(4001)
    const at = chunks().findIndex((c) => c.textContent?.includes('Paragraph *2000*'))
    expect(at).toBe(2000)
    expect(chunks()[2000].hasAttribute('data-pending')).toBe(false)
    expect(chunks()[2030].hasAttribute('data-pending')).toBe(false)
    expect(controller.complete).toBe(false)
    for (let i = 0; i < 400 && !controller.complete; i++) await new Promise((r) => setTimeout(r, 5))
    expect(controller.complete).toBe(true)
    // Every chunk rendered once, and each shows what rendering its text alone gives.
    expect(rendered).toHaveLength(3000)
    const texts = doc.split(/(?<=\n\n)(?=\S)/)
    expect(chunks().map((c) => c.innerHTML)).toEqual(texts.map((t) => `<p>${t.trim().replace(/</g, '&lt;')}</p>`))
    expect(chunks().some((c) => c.hasAttribute('data-pending'))).toBe(false)
  })

  it('typing a new paragraph at the end of a long episode renders only the new block, there', async () => {
    const doc = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}.`).join('\n\n') + '\n'
    const { controller, chunks, rendered, edit } = setup(doc)
    for (let i = 0; i < 400 && !controller.complete; i++) await new Promise((r) => setTimeout(r, 5))
    const before = chunks()
    rendered.length = 0
    let end = doc.length
    for (const text of ['\n', 'N', 'e', 'w']) {
      edit(end, text)
      end += text.length
    }
    expect(chunks()).toHaveLength(3001)
    expect(chunks().at(-1)?.textContent).toBe('New')
    expect(chunks().at(-2)?.textContent).toBe('Paragraph 2999.')
    expect(chunks().slice(0, 2999)).toEqual(before.slice(0, 2999))
    // Each keystroke rendered the last paragraph and the new one at most, never the episode.
    expect(rendered.every((t) => t.startsWith('Paragraph 2999.') || /^N/.test(t))).toBe(true)
    expect(rendered.length).toBeLessThanOrEqual(8)
  })
})
