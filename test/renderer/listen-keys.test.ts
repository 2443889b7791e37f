// @vitest-environment jsdom
// The keys for listening while typing: Esc plays or pauses only when the editor has nothing of its own to close
// (completion, find and replace, a composition), Ctrl/Cmd+J stamps the line in the notes' own style, and with no
// recording loaded every key is left to the editor.
import { startCompletion, autocompletion } from '@codemirror/autocomplete'
import { openSearchPanel, search } from '@codemirror/search'
import { EditorState } from '@codemirror/state'
import { EditorView, runScopeHandlers } from '@codemirror/view'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { escapeTakenBy, listenKeys } from '../../src/renderer/editor/listen-keys'
import { insertStamp } from '../../src/renderer/listen/insert-stamp'
import { nextSpeed, player } from '../../src/renderer/listen/player'
import { stateWithCursor } from './cursor'

/** A stand-in for the `<audio>` element: what the player reads and sets. */
function fakeAudio(at = 0) {
  const audio = { currentSrc: 'blob:x', currentTime: at, duration: 3600, paused: true, playbackRate: 1, play: async () => void (audio.paused = false), pause: () => void (audio.paused = true) }
  return audio
}

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
  player.attach(null)
})

function editor(doc: string, cursor = doc.length) {
  view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc, selection: { anchor: cursor }, extensions: [autocompletion({ override: [() => ({ from: 0, options: [{ label: 'hello' }] })] }), search(), listenKeys()] })
  })
  return view
}

const key = (v: EditorView, k: string, mods: Partial<KeyboardEventInit> = {}) => runScopeHandlers(v, new KeyboardEvent('keydown', { key: k, ...mods }), 'editor')

describe('Esc for the player', () => {
  let audio: ReturnType<typeof fakeAudio>
  beforeEach(() => {
    audio = fakeAudio(30)
    player.attach(audio as unknown as HTMLAudioElement)
  })

  it('plays and pauses when nothing else uses it', () => {
    const v = editor('notes')
    expect(escapeTakenBy(v.state, v)).toBeNull()
    expect(key(v, 'Escape')).toBe(true)
    expect(audio.paused).toBe(false)
    key(v, 'Escape')
    expect(audio.paused).toBe(true)
  })

  it('is left to completion while its list is open', () => {
    const v = editor('he')
    startCompletion(v)
    expect(escapeTakenBy(v.state, v)).toBe('completion')
    key(v, 'Escape')
    expect(audio.paused).toBe(true)
  })

  it('is left to find and replace while its panel is open', () => {
    const v = editor('notes')
    openSearchPanel(v)
    expect(escapeTakenBy(v.state, v)).toBe('search')
    expect(key(v, 'Escape')).toBe(false)
    expect(audio.paused).toBe(true)
  })

  it('is left to an IME composition', () => {
    const v = editor('notes')
    Object.defineProperty(v, 'composing', { get: () => true })
    expect(escapeTakenBy(v.state, v)).toBe('composition')
    key(v, 'Escape')
    key(v, 'F2')
    expect(audio.paused).toBe(true)
    expect(audio.currentTime).toBe(30)
  })

  it('F1/F2 step 5 s, F3/F4 change the speed', () => {
    const v = editor('notes')
    key(v, 'F1')
    expect(audio.currentTime).toBe(25)
    key(v, 'F2')
    key(v, 'F2')
    expect(audio.currentTime).toBe(35)
    key(v, 'F4')
    expect(audio.playbackRate).toBe(1.25)
    key(v, 'F3')
    key(v, 'F3')
    expect(audio.playbackRate).toBe(0.75)
  })

  it('Ctrl+J stamps the line with the time less the lag', () => {
    player.lag = 2
    const v = editor('- Topic', 7)
    expect(key(v, 'j', { ctrlKey: true })).toBe(true)
    expect(v.state.doc.toString()).toBe('- 00:28 Topic')
  })
})

describe('without a recording', () => {
  it('leaves every key to the editor', () => {
    const v = editor('notes')
    for (const k of ['Escape', 'F1', 'F2', 'F3', 'F4']) expect(key(v, k), k).toBe(false)
    expect(key(v, 'j', { ctrlKey: true })).toBe(false)
    expect(v.state.doc.toString()).toBe('notes')
  })
})

describe('stamp', () => {
  const stamp = (text: string, time: number, lag = 2) => {
    const state = stateWithCursor(text)
    const next = state.update(insertStamp(state, time, lag)).state
    const doc = next.doc.toString()
    const at = next.selection.main.head
    return doc.slice(0, at) + '|' + doc.slice(at)
  }

  it('goes after a list marker, a heading or a quote, the cursor after it on an empty item', () => {
    expect(stamp('- |', 754.8)).toBe('- 12:32 |')
    expect(stamp('## Guest| joins', 62)).toBe('## 01:00 Guest| joins')
    expect(stamp('> quo|te', 10)).toBe('> 00:08 quo|te')
    expect(stamp('1. [ ] item|', 70)).toBe('1. 01:08 [ ] item|')
  })

  it('goes at the start of a paragraph line, at the cursor on an empty line', () => {
    expect(stamp('Some topic|', 100)).toBe('01:38 Some topic|')
    expect(stamp('first\n|', 100)).toBe('first\n01:38 |')
  })

  it('writes hours in the notes\' style, past an hour always, and never below 0', () => {
    expect(stamp('- 00:00:05 Intro\n- |', 754)).toBe('- 00:00:05 Intro\n- 00:12:32 |')
    expect(stamp('- |', 3725)).toBe('- 1:02:03 |')
    expect(stamp('- |', 1)).toBe('- 00:00 |')
  })

  it('corrects the stamp a line already starts with', () => {
    expect(stamp('- 00:10 Top|ic', 42)).toBe('- 00:40 Top|ic')
  })

  it('speeds step through 0.5× … 3×', () => {
    expect(nextSpeed(1, 1)).toBe(1.25)
    expect(nextSpeed(3, 1)).toBe(3)
    expect(nextSpeed(0.5, -1)).toBe(0.5)
    expect(nextSpeed(1.1, 1)).toBe(1.25)
    expect(nextSpeed(1.1, -1)).toBe(1)
  })
})
