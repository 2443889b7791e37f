// @vitest-environment jsdom
// Recovery follows what the host chose: text brought back into the editor (a recovered buffer, Undo after deleting
// the episode) is journaled at once, so a reload still offers it; text discarded with "Reload theirs" is dropped
// from the journal, and no write still pending for it lands afterwards.
import { EditorState } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const journal: { call: 'journal' | 'discard'; path: string; text?: string }[] = []
vi.mock('../../src/renderer/api', () => ({
  api: {
    recovery: {
      journal: async (a: { path: string; text: string }) => (journal.push({ call: 'journal', path: a.path, text: a.text }), { ok: true }),
      discard: async (a: { path: string }) => (journal.push({ call: 'discard', path: a.path }), { ok: true })
    },
    on: () => () => undefined
  }
}))

const { useEpisode } = await import('../../src/renderer/state/use-episode')
const { EditorBus } = await import('../../src/renderer/state/editor-bus')
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

type Episode = ReturnType<typeof useEpisode>
const path = 'content/talk/0001/index.md'
let ep: Episode
let unmount: () => void

function Probe() {
  ep = useEpisode(new EditorBus(), () => undefined)
  return null
}

beforeEach(async () => {
  vi.useFakeTimers()
  journal.length = 0
  const root = createRoot(document.createElement('div'))
  await act(async () => root.render(<Probe />))
  unmount = () => act(() => root.unmount())
})
afterEach(() => {
  unmount()
  vi.useRealTimers()
})

const typed = (text: string) => ({ state: EditorState.create({ doc: text }) }) as unknown as EditorView

describe('recovery after the host’s choices', () => {
  it('journals text brought back into the editor at once, before any keystroke', async () => {
    await act(async () => ep.load(path, 'on disk\n', 'h1', 'on disk\nunsaved line\n'))
    expect(journal).toEqual([{ call: 'journal', path, text: 'on disk\nunsaved line\n' }])
    expect(ep.dirty).toBe(true)
  })

  it('journals nothing for a plain open', async () => {
    await act(async () => ep.load(path, 'on disk\n', 'h1'))
    await act(async () => vi.advanceTimersByTime(2000))
    expect(journal).toEqual([])
  })

  it('drops the text discarded with "Reload theirs", even a journal write still pending for it', async () => {
    await act(async () => ep.load(path, 'base\n', 'h1'))
    await act(async () => ep.onChange(typed('base\nmine\n')))
    await act(async () => ep.setConflict({ kind: 'changed', diskText: 'theirs\n', diskHash: 'h2' }))
    await act(async () => ep.reloadTheirs())
    await act(async () => vi.advanceTimersByTime(2000))
    expect(journal.filter((j) => j.text === 'base\nmine\n')).toEqual([])
    expect(journal.at(-1)).toEqual({ call: 'discard', path })
    expect(ep.dirty).toBe(false)
  })

  it('still journals typed text after a while, as before', async () => {
    await act(async () => ep.load(path, 'base\n', 'h1'))
    await act(async () => ep.onChange(typed('base\nmine\n')))
    await act(async () => vi.advanceTimersByTime(2000))
    expect(journal).toEqual([{ call: 'journal', path, text: 'base\nmine\n' }])
  })
})
