// @vitest-environment jsdom
// In the desktop app the Listen panel reopens a recording chosen from outside the site by itself (the main process
// remembers its path); a chosen file is handed over by path. In a browser neither happens (no path to give).
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'

const granted = { name: 'ep12.wav', size: 15, mtime: 1_700_000_000_000, url: '/recording/1b4e28ba-2fa1-11d2-883f-0016d3cca427/ep12.wav' }
const listen = { rememberRecording: vi.fn(async () => granted), rememberedRecording: vi.fn(async () => granted) }
vi.mock('../../src/renderer/api', () => ({ api: { listen }, mediaUrl: (p: string) => `/media/x/${p}` }))
const { useRecording } = await import('../../src/renderer/listen/use-recording')
const { rememberEpisodeListening } = await import('../../src/renderer/listen/listen-memory')

const episode = 'content/talk/0012/index.md'
let seen: ReturnType<typeof useRecording> | null = null
function Probe() {
  seen = useRecording('/sites/radio', episode, [], null)
  return null
}

let cleanup: (() => void) | null = null
afterEach(() => {
  cleanup?.()
  localStorage.clear()
  delete window.shownotesFiles
  vi.clearAllMocks()
})

async function mount() {
  const host = document.createElement('div')
  const root = createRoot(host)
  await act(async () => root.render(<Probe />))
  cleanup = () => root.unmount()
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 5)))
}

describe('a recording from outside the site', () => {
  it('comes back by itself in the desktop app, played from the address main granted', async () => {
    window.shownotesFiles = { pathOf: () => '' }
    rememberEpisodeListening('/sites/radio', episode, { recording: { kind: 'local', name: 'ep12.wav', size: 15, mtime: granted.mtime }, position: 754 })
    await mount()
    expect(listen.rememberedRecording).toHaveBeenCalledWith({ episode })
    expect(seen?.recording).toMatchObject({ src: granted.url, name: 'ep12.wav', ref: { kind: 'local', name: 'ep12.wav', size: 15 } })
    expect(seen?.chooseAgain).toBeNull()
    expect(seen?.resumable).toBe(754)
  })

  it('is handed to main by its path when the host chooses it in the desktop app', async () => {
    window.shownotesFiles = { pathOf: (f: File) => `/home/host/${f.name}` }
    await mount()
    const file = new File(['RIFF'], 'ep12.wav', { lastModified: granted.mtime })
    await act(async () => seen!.chooseFile(file))
    expect(listen.rememberRecording).toHaveBeenCalledWith({ episode, path: '/home/host/ep12.wav' })
  })

  it('is chosen again in a browser, which says so', async () => {
    rememberEpisodeListening('/sites/radio', episode, { recording: { kind: 'local', name: 'ep12.wav', size: 15, mtime: 1 }, position: 0 })
    await mount()
    expect(listen.rememberedRecording).not.toHaveBeenCalled()
    expect(seen?.recording).toBeNull()
    expect(seen?.chooseAgain).toBe('ep12.wav')
  })
})
