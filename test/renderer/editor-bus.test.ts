// @vitest-environment jsdom
// The editor bus: an opened episode shows first; the panels hear of its editor once it has painted and its
// commands are ready, and never of an editor that was replaced meanwhile.
import { describe, expect, it, vi } from 'vitest'
import type { EditorView } from '@codemirror/view'
import { EditorBus, type EditorCommands } from '../../src/renderer/state/editor-bus'

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
const fakeView = (name: string) => ({ name }) as unknown as EditorView
const fakeCommands = (name: string) => ({ name }) as unknown as EditorCommands

describe('the editor bus', () => {
  it('has the view at once, and tells the panels (with the commands ready) only after the paint', async () => {
    const shown = vi.fn()
    const bus = new EditorBus(shown)
    const heard: unknown[] = []
    bus.subscribe((update, view) => heard.push([update, view]))
    const view = fakeView('a')
    let release: (c: EditorCommands) => void = () => undefined
    bus.attach(view, () => new Promise((resolve) => (release = resolve)))
    expect(bus.view).toBe(view)
    expect(bus.commands).toBeNull()
    bus.emit({} as never, view)
    expect(heard).toEqual([])
    await frame()
    expect(heard).toEqual([])
    release(fakeCommands('a'))
    await frame()
    expect(heard).toEqual([[null, view]])
    expect(bus.commands).toEqual({ name: 'a' })
    expect(shown).toHaveBeenCalledTimes(1)
  })

  it('never announces an editor replaced before it painted', async () => {
    const bus = new EditorBus()
    const heard: unknown[] = []
    bus.subscribe((_u, view) => heard.push(view))
    bus.attach(fakeView('old'), () => fakeCommands('old'))
    bus.attach(fakeView('new'), () => fakeCommands('new'))
    await frame()
    await frame()
    expect(heard).toEqual([{ name: 'new' }])
    expect(bus.commands).toEqual({ name: 'new' })
  })

  it('tells the panels at once when the editor closes', () => {
    const bus = new EditorBus()
    const heard: unknown[] = []
    bus.subscribe((update, view) => heard.push([update, view]))
    bus.attach(fakeView('a'), () => fakeCommands('a'))
    bus.attach(null)
    expect(heard).toEqual([[null, null]])
    expect(bus.view).toBeNull()
    expect(bus.commands).toBeNull()
  })
})
