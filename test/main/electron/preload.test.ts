// The preload, checked without Electron's binary: it exposes the API object and, for the recording the desktop app
// remembers, only the path of a file the host chose (Electron's webUtils), nothing else of Node.
import { describe, expect, it, vi } from 'vitest'

const exposed: Record<string, unknown> = {}
const getPathForFile = vi.fn((file: { name: string }) => `/home/host/Recordings/${file.name}`)
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile }
}))
await import('../../../src/preload/index')

describe('the preload', () => {
  it('exposes the API and the path of a chosen file, and nothing more', () => {
    expect(Object.keys(exposed).sort()).toEqual(['shownotes', 'shownotesFiles'])
    const files = exposed.shownotesFiles as { pathOf(file: unknown): string }
    expect(Object.keys(files)).toEqual(['pathOf'])
    expect(files.pathOf({ name: 'ep12.wav' })).toBe('/home/host/Recordings/ep12.wav')
    expect(getPathForFile).toHaveBeenCalledTimes(1)
  })
})
