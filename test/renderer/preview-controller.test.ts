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
  return { host, rendered, controller, edit }
}

describe('incremental preview', () => {
  it('renders every chunk once, then only the chunk that changed', () => {
    const doc = 'One.\n\nTwo.\n\nThree.\n'
    const { host, rendered, edit } = setup(doc)
    expect(host.textContent).toBe('One.Two.Three.')
    const before = [...host.children]
    rendered.length = 0
    edit(doc.indexOf('Two.') + 3, ' more')
    expect(rendered).toEqual(['Two more.\n\n'])
    const after = [...host.children]
    expect(host.textContent).toBe('One.Two more.Three.')
    expect(after[0]).toBe(before[0])
    expect(after[2]).toBe(before[2])
    expect(after[1]).not.toBe(before[1])
  })

  it('splits and joins chunks when blank lines come and go', () => {
    const doc = 'One.\nTwo.\n'
    const { host, edit } = setup(doc)
    expect(host.children).toHaveLength(1)
    edit(5, '\n')
    expect([...host.children].map((c) => c.textContent)).toEqual(['One.', 'Two.'])
    edit(5, '', 6)
    expect([...host.children].map((c) => c.textContent)).toEqual(['One.\nTwo.'])
  })

  it('renders a long document in slices and reports when it is complete', async () => {
    const doc = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}.`).join('\n\n')
    const { controller, host } = setup(doc)
    expect(host.children).toHaveLength(3000)
    for (let i = 0; i < 200 && !controller.complete; i++) await new Promise((r) => setTimeout(r, 5))
    expect(controller.complete).toBe(true)
    expect(host.lastElementChild?.textContent).toBe('Paragraph 2999.')
  })
})
