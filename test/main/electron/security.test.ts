// The Electron shell's hardening, checked without Electron's binary (vi.mock('electron')).
import { describe, expect, it, vi } from 'vitest'

const created: { options: Record<string, unknown> }[] = []
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: vi.fn((t) => t) },
  shell: { openExternal: vi.fn() },
  BrowserWindow: class {
    constructor(readonly options: Record<string, unknown>) {
      created.push(this)
    }
  }
}))

const { createMainWindow, isAppUrl } = await import('../../../src/main/electron/main-window')
const { hardenContents, hardenSession } = await import('../../../src/main/electron/harden')
const { callHandler } = await import('../../../src/main/electron/ipc')
const { menuTemplate } = await import('../../../src/main/electron/menu')

function fakeContents() {
  const listeners: Record<string, (...args: unknown[]) => void> = {}
  let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' })
  return {
    on: (name: string, fn: (...args: unknown[]) => void) => void (listeners[name] = fn),
    setWindowOpenHandler: (fn: typeof openHandler) => void (openHandler = fn),
    emit: (name: string, ...args: unknown[]) => listeners[name]?.(...args),
    open: (url: string) => openHandler({ url })
  }
}

describe('main window settings', () => {
  it('isolates and sandboxes the renderer with no Node in it', () => {
    createMainWindow('/app/preload.cjs')
    const prefs = created[0].options.webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/preload.cjs'
    })
  })

  it('knows the app origin and nothing else as its own', () => {
    expect(isAppUrl('app://shownotes/index.html')).toBe(true)
    expect(isAppUrl('file:///etc/passwd')).toBe(false)
    expect(isAppUrl('https://anchor.fm/x')).toBe(false)
    expect(isAppUrl('app://shownotes.evil/index.html')).toBe(false)
  })
})

describe('hardenContents', () => {
  const setup = () => {
    const contents = fakeContents()
    const openExternal = vi.fn()
    hardenContents(contents as never, { isAppUrl: (u) => isAppUrl(u), openExternal })
    return { contents, openExternal }
  }

  it('stops navigation away from the app and sends web links to the system browser', () => {
    const { contents, openExternal } = setup()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-navigate', event, 'https://gohugo.io/')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledWith('https://gohugo.io/')
  })

  it('never hands javascript:, file: or custom schemes to the system', () => {
    const { contents, openExternal } = setup()
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'ms-msdt:/id']) {
      const event = { preventDefault: vi.fn() }
      contents.emit('will-navigate', event, url)
      expect(event.preventDefault).toHaveBeenCalled()
      expect(contents.open(url)).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('denies every new window, opening http(s) and mailto outside instead', () => {
    const { contents, openExternal } = setup()
    expect(contents.open('mailto:host@example.org')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('mailto:host@example.org')
  })

  it('blocks webviews', () => {
    const { contents } = setup()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('lets the app navigate within itself', () => {
    const { contents } = setup()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-navigate', event, 'app://shownotes/index.html')
    expect(event.preventDefault).not.toHaveBeenCalled()
  })
})

describe('hardenSession', () => {
  it('denies every permission request and check, and downloads', () => {
    let request: (c: unknown, p: string, cb: (ok: boolean) => void) => void = () => undefined
    let check: () => boolean = () => true
    let download: (e: { preventDefault: () => void }) => void = () => undefined
    hardenSession({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      on: (_n: string, fn: typeof download) => (download = fn)
    } as never)
    const answer = vi.fn()
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) request(null, p, answer)
    expect(answer.mock.calls.every(([ok]) => ok === false)).toBe(true)
    expect(check()).toBe(false)
    const event = { preventDefault: vi.fn() }
    download(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('IPC', () => {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }))
  const handle = callHandler(dispatch, (u) => isAppUrl(u))

  it('answers the app window', async () => {
    expect(await handle({ senderFrame: { url: 'app://shownotes/index.html', parent: null } } as never, 'episodes.list', {})).toEqual({ ok: true, value: 'done' })
  })

  it('refuses calls from a foreign page or a sub-frame (a player iframe)', async () => {
    dispatch.mockClear()
    expect(await handle({ senderFrame: { url: 'https://anchor.fm/embed', parent: null } } as never, 'episodes.list', {})).toMatchObject({ ok: false, error: { code: 'sender-refused' } })
    expect(await handle({ senderFrame: { url: 'app://shownotes/index.html', parent: {} } } as never, 'episodes.list', {})).toMatchObject({ ok: false })
    expect(dispatch).not.toHaveBeenCalled()
  })
})

describe('application menu', () => {
  it('has File, Edit, View, Episode and Help, and sends commands to the UI', () => {
    const run = vi.fn()
    const template = menuTemplate(run, false)
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Episode', 'help'])
    const save = (template[0].submenu as { label?: string; click?: () => void }[]).find((i) => i.label === 'Save')
    save?.click?.()
    expect(run).toHaveBeenCalledWith('save')
  })

  it('pastes plain text with Ctrl/Cmd+Shift+V (Edit ▸ Paste and Match Style), as the editor expects', () => {
    const edit = menuTemplate(vi.fn(), false)[1].submenu as { role?: string; accelerator?: string }[]
    expect(edit.find((i) => i.role === 'pasteAndMatchStyle')?.accelerator).toBe('CmdOrCtrl+Shift+V')
  })
})
