// @vitest-environment jsdom
// The status bar's counts belong to the episode on screen: none while the worker is still counting it, never the
// previous episode's numbers and never a false "0 words".
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditorBus } from '../../src/renderer/state/editor-bus'
import { I18nContext, translate, type I18n } from '../../src/renderer/i18n'

const pending: { body: string; resolve: (c: { words: number; characters: number }) => void }[] = []
vi.mock('../../src/renderer/workers/episode-worker-client', () => ({
  episodeWorker: () => ({ count: (body: string) => new Promise((resolve) => pending.push({ body, resolve })) })
}))
const { StatusBar } = await import('../../src/renderer/components/StatusBar')

/** Lets timers, frames and React run until `ready` holds (the bus tells the bar after a frame). */
async function until(ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i++) await act(() => new Promise((r) => setTimeout(r, 10)))
}
let cleanup: (() => void) | null = null
afterEach(() => cleanup?.())

describe('the status bar counts', () => {
  it('shows an episode’s counts once counted, and none of the last episode’s for the next', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    const bus = new EditorBus()
    const i18n: I18n = { lang: 'en', t: (key, vars) => translate('en', key, vars) }
    await act(async () => root.render(<I18nContext.Provider value={i18n}><StatusBar bus={bus} path="x" episodes={2} /></I18nContext.Provider>))
    const views = ['Hello there, world.', 'Second'].map((doc) => new EditorView({ parent: document.body, state: EditorState.create({ doc }) }))
    cleanup = () => (root.unmount(), views.forEach((v) => v.destroy()), host.remove())
    const counts = () => host.querySelector('[data-testid="counts"]')?.textContent ?? null

    bus.attach(views[0]!)
    await until(() => pending.length === 1)
    expect(host.textContent).toContain('Ln 1, Col 1')
    expect(counts()).toBeNull()
    await act(async () => pending.at(-1)!.resolve({ words: 3, characters: 19 }))
    expect(counts()).toBe('3 words · 19 characters')

    bus.attach(views[1]!)
    await until(() => pending.length === 2)
    expect(pending.at(-1)!.body).toBe('Second')
    expect(counts()).toBeNull()
    await act(async () => pending.at(-1)!.resolve({ words: 1, characters: 6 }))
    expect(counts()).toBe('1 word · 6 characters')
  })
})
