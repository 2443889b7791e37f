// @vitest-environment jsdom
// The window's first render gets the folder, its episodes and the episode to reopen: from the answers written
// into the page, else in one round of calls; after opening the last folder when none is open (the desktop app),
// else the sample site.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const calls: string[] = []
const state = { current: null as null | { root: string }, recent: [] as string[], unopenable: false }
vi.mock('../../src/renderer/api', () => {
  const answer = (method: string, value: () => unknown) => async (args: unknown) => {
    calls.push(`${method} ${JSON.stringify(args)}`)
    return value()
  }
  return {
    api: {
      settings: { get: answer('settings.get', () => ({ language: 'ja' })) },
      workspace: {
        current: answer('workspace.current', () => state.current),
        recent: answer('workspace.recent', () => state.recent),
        openLast: async () => {
          calls.push('workspace.openLast')
          if (state.unopenable) throw new Error('The sample site could not be copied.')
          return (state.current = { root: state.recent[0] ?? '/data/sample-site' })
        },
        lastEpisode: answer('workspace.lastEpisode', () => (state.current ? { path: 'content/talk/0002/index.md', text: 'x', hash: 'h' } : null))
      },
      episodes: {
        list: async () => {
          calls.push('episodes.list')
          if (!state.current) throw new Error('No folder is open.')
          return [{ path: 'content/talk/0002/index.md' }]
        }
      }
    }
  }
})

const { loadStartup, takeWrittenAnswers } = await import('../../src/renderer/state/startup')
const { embedStartupAnswers } = await import('../../src/shared/startup-answers')

beforeEach(() => {
  calls.length = 0
  state.current = null
  state.recent = []
  state.unopenable = false
})

describe('the window’s startup', () => {
  it('takes the open folder, its episodes and the episode to reopen in one round of calls', async () => {
    state.current = { root: '/sites/radio' }
    const s = await loadStartup({})
    expect(s).toMatchObject({ settings: { language: 'ja' }, workspace: { root: '/sites/radio' }, episodes: [{}], episode: { path: 'content/talk/0002/index.md' } })
    expect(calls).not.toContain('workspace.openLast')
  })

  it('opens the last folder first when none is open, and still reopens its episode', async () => {
    state.recent = ['/sites/radio']
    const s = await loadStartup({})
    expect(calls).toContain('workspace.openLast')
    expect(s).toMatchObject({ workspace: { root: '/sites/radio' }, episodes: [{}], episode: { path: 'content/talk/0002/index.md' } })
  })

  it('starts with no folder, and no list, when not even the sample site opens', async () => {
    state.unopenable = true
    const s = await loadStartup({})
    expect(s).toMatchObject({ workspace: null, episodes: null, episode: null })
  })

  it('asks nothing when the page carries the answers, and takes them only once', async () => {
    const html = embedStartupAnswers('<html><head></head><body></body></html>', {
      'settings.get': { ok: true, value: { language: 'en' } as never },
      'workspace.current': { ok: true, value: { root: '/sites/written' } as never },
      'episodes.list': { ok: true, value: [] },
      'workspace.lastEpisode': { ok: true, value: null }
    })
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const s = await loadStartup(takeWrittenAnswers(doc))
    expect(calls).toEqual([])
    expect(s).toEqual({ settings: { language: 'en' }, workspace: { root: '/sites/written' }, episodes: [], episode: null })
    expect(takeWrittenAnswers(doc)).toEqual({})
  })

  it('opens the last folder when the page says none is open (the desktop app’s first load)', async () => {
    state.recent = ['/sites/radio']
    const s = await loadStartup({
      'workspace.current': { ok: true, value: null },
      'episodes.list': { ok: false, error: { message: 'No folder is open.', code: 'no-workspace' } }
    })
    expect(calls).toContain('workspace.openLast')
    expect(s).toMatchObject({ workspace: { root: '/sites/radio' }, episodes: [{}], episode: { path: 'content/talk/0002/index.md' } })
  })
})
