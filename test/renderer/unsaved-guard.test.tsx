// @vitest-environment jsdom
// Leaving unsaved text asks first: nothing is asked when all is saved; "save" saves before leaving, "discard"
// leaves without saving, "cancel" stays; closing the window with unsaved text asks the browser's question.
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useUnsavedGuard, type UnsavedGuard } from '../../src/renderer/state/use-unsaved-guard'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
let cleanup: (() => void) | null = null
afterEach(() => {
  cleanup?.()
  cleanup = null
})

/** Mounts the hook; `guard()` is its latest value, `rerender` changes whether the text is unsaved. */
function mount(dirty: boolean) {
  const order: string[] = []
  const save = vi.fn(async () => void order.push('save'))
  let latest: UnsavedGuard | null = null
  function Probe({ dirty }: { dirty: boolean }) {
    latest = useUnsavedGuard(dirty, save)
    return null
  }
  const root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe dirty={dirty} />))
  cleanup = () => act(() => root.unmount())
  const leaveTo = (name: string) => vi.fn(async () => void order.push(name))
  return { guard: () => latest as unknown as UnsavedGuard, save, order, leaveTo, rerender: (d: boolean) => act(() => root.render(<Probe dirty={d} />)) }
}

describe('the unsaved-changes guard', () => {
  it('leaves at once when nothing is unsaved', () => {
    const { guard, leaveTo } = mount(false)
    const open = leaveTo('open')
    let asked = true
    act(() => void (asked = guard().leave(open)))
    expect(asked).toBe(false)
    expect(open).toHaveBeenCalledTimes(1)
    expect(guard().asking).toBe(false)
  })

  it('asks with unsaved text, and "save" saves before leaving', async () => {
    const { guard, leaveTo, order } = mount(true)
    const open = leaveTo('open')
    act(() => void guard().leave(open))
    expect(guard().asking).toBe(true)
    expect(open).not.toHaveBeenCalled()
    await act(() => guard().answer('save'))
    expect(order).toEqual(['save', 'open'])
    expect(guard().asking).toBe(false)
  })

  it('"discard" leaves without saving, "cancel" stays', async () => {
    const { guard, leaveTo, save } = mount(true)
    const first = leaveTo('first')
    act(() => void guard().leave(first))
    await act(() => guard().answer('cancel'))
    expect(first).not.toHaveBeenCalled()
    expect(guard().asking).toBe(false)
    const second = leaveTo('second')
    act(() => void guard().leave(second))
    await act(() => guard().answer('discard'))
    expect(second).toHaveBeenCalledTimes(1)
    expect(save).not.toHaveBeenCalled()
  })

  it('asks before the window closes only while text is unsaved', () => {
    const { rerender } = mount(true)
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(e)
      return e.defaultPrevented
    }
    expect(unload()).toBe(true)
    rerender(false)
    expect(unload()).toBe(false)
  })
})
