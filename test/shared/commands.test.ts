// The one command table: its names in both languages, its key names for CodeMirror, Electron and people, the
// window's keydown matching, and the README's shortcut table kept true.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { accelerator, codeMirrorKey, commandForKey, commandLabels, commands, shortcutText, type KeyPress } from '../../src/shared/commands'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('command table', () => {
  it('names every command in English and Japanese, and no two alike', () => {
    for (const lang of ['en', 'ja'] as const) {
      const names = commands.map((c) => commandLabels[lang][c.id])
      for (const name of names) expect(name?.trim()).toBeTruthy()
      expect(new Set(names).size).toBe(names.length)
    }
    for (const c of commands) expect(commandLabels.ja[c.id]).not.toBe(commandLabels.en[c.id])
  })

  it('gives every command its own shortcut', () => {
    const keys = commands.map((c) => shortcutText(c.keys))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('writes a shortcut as CodeMirror, Electron and a person each spell it', () => {
    const keys = { key: 'k', shift: true }
    expect(codeMirrorKey(keys)).toBe('Mod-Shift-k')
    expect(accelerator(keys)).toBe('CmdOrCtrl+Shift+K')
    expect(shortcutText(keys)).toBe('Ctrl/Cmd+Shift+K')
    expect(codeMirrorKey({ key: 'n', alt: true })).toBe('Mod-Alt-n')
  })

  it.each([
    [press('s', { ctrlKey: true }), 'save'],
    [press('S', { metaKey: true }), 'save'],
    [press('o', { ctrlKey: true }), 'openFolder'],
    [press('n', { ctrlKey: true, altKey: true }), 'newEpisode'],
    [press('P', { ctrlKey: true, shiftKey: true }), 'togglePreview'],
    [press('k', { metaKey: true, shiftKey: true }), 'checkEpisode'],
    [press('E', { ctrlKey: true, shiftKey: true }), 'quoteTranscript'],
    [press('e', { ctrlKey: true }), null],
    [press('s'), null],
    [press('k', { ctrlKey: true }), null],
    [press('p', { ctrlKey: true }), null],
    [press('n', { ctrlKey: true }), null],
    // Find belongs to the editor's own keymap: outside the editor, the browser's find is left alone.
    [press('f', { ctrlKey: true }), null]
  ])('maps a key press to its command (%o → %s)', (e, id) => {
    expect(commandForKey(e)).toBe(id)
  })

  it("is what the README's keyboard shortcuts table lists", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('## Keyboard shortcuts'))
    const rows = section.slice(0, section.indexOf('\n## ')).split('\n').filter((l) => l.startsWith('| '))
    const listed = rows.flatMap((r) => r.split('|')[1].split(',').map((k) => k.trim()))
    for (const c of commands) expect(listed).toContain(shortcutText(c.keys))
  })
})
