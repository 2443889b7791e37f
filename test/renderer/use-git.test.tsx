// @vitest-environment jsdom
// The background fetch: quiet, every few minutes, only when the setting is on and the site's repository has a
// remote; the status it brings back (↓ counts, marks) replaces the one shown.
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GitSiteStatus } from '../../src/shared/api'

let hasRemote = true
let fetches = 0
const status = (behind: number): GitSiteStatus => ({ repo: true, version: '2.39.5', branch: 'main', upstream: hasRemote ? 'origin/main' : null, hasRemote, ahead: 0, behind, inProgress: null, marks: {} })
vi.mock('../../src/renderer/api', () => ({
  api: {
    git: {
      status: async () => status(0),
      fetch: async () => (fetches++, status(fetches))
    },
    on: () => () => undefined
  }
}))

const { useGit, backgroundFetchMs } = await import('../../src/renderer/state/use-git')
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let git: ReturnType<typeof useGit>
let unmount: () => void

async function mount(backgroundFetch: boolean) {
  function Probe() {
    git = useGit('/site', backgroundFetch, () => undefined)
    return null
  }
  const root = createRoot(document.createElement('div'))
  await act(async () => root.render(<Probe />))
  await act(async () => undefined)
  unmount = () => act(() => root.unmount())
}

beforeEach(() => {
  vi.useFakeTimers()
  fetches = 0
  hasRemote = true
})
afterEach(() => {
  unmount()
  vi.useRealTimers()
})

describe('background fetch', () => {
  it('fetches soon after opening and then every few minutes, showing what it brought back', async () => {
    await mount(true)
    expect(fetches).toBe(0)
    await act(async () => vi.advanceTimersByTimeAsync(2000))
    expect(fetches).toBe(1)
    expect(git.status).toMatchObject({ behind: 1 })
    await act(async () => vi.advanceTimersByTimeAsync(backgroundFetchMs * 2))
    expect(fetches).toBe(3)
    expect(git.status).toMatchObject({ behind: 3 })
  })

  it('never fetches when the setting is off', async () => {
    await mount(false)
    await act(async () => vi.advanceTimersByTimeAsync(backgroundFetchMs * 3))
    expect(fetches).toBe(0)
  })

  it('never fetches for a repository without a remote', async () => {
    hasRemote = false
    await mount(true)
    await act(async () => vi.advanceTimersByTimeAsync(backgroundFetchMs * 3))
    expect(fetches).toBe(0)
  })
})
