// The app's commands in one table: id, label and shortcut, read by the editor's keymap, the window's keydown,
// the desktop menu (main process) and the README test. Handlers live in the window; the menu sends the id.

export type CommandId = 'save' | 'newEpisode' | 'openFolder' | 'togglePreview' | 'checkEpisode' | 'find'

/** A shortcut with Ctrl (Windows, Linux) or Cmd (macOS) held: the letter and the other modifiers. */
export interface Shortcut {
  key: string
  shift?: boolean
  alt?: boolean
}

export interface Command {
  id: CommandId
  keys: Shortcut
  /**
   * `app`: the window runs it from anywhere (the editor hands the key over, so CodeMirror's default for it never
   * runs). `editor`: CodeMirror's own keymap has the key (find); the menu still lists the command.
   */
  scope: 'app' | 'editor'
}

export const commands: readonly Command[] = [
  { id: 'save', keys: { key: 's' }, scope: 'app' },
  { id: 'openFolder', keys: { key: 'o' }, scope: 'app' },
  { id: 'newEpisode', keys: { key: 'n', alt: true }, scope: 'app' },
  { id: 'togglePreview', keys: { key: 'p', shift: true }, scope: 'app' },
  { id: 'checkEpisode', keys: { key: 'k', shift: true }, scope: 'app' },
  { id: 'find', keys: { key: 'f' }, scope: 'editor' }
]

/** The commands' names, as the menu shows them; the window shows the same words (`command.<id>` in i18n.ts). */
export const commandLabels: Record<'en' | 'ja', Record<CommandId, string>> = {
  en: {
    save: 'Save',
    openFolder: 'Open Folder…',
    newEpisode: 'New Episode',
    togglePreview: 'Toggle Preview',
    checkEpisode: 'Check Episode',
    find: 'Find and Replace'
  },
  ja: {
    save: '保存',
    openFolder: 'フォルダを開く…',
    newEpisode: '新しいエピソード',
    togglePreview: 'プレビューの表示/非表示',
    checkEpisode: 'エピソードをチェック',
    find: '検索と置換'
  }
}

export function command(id: CommandId): Command {
  const found = commands.find((c) => c.id === id)
  if (!found) throw new Error(`No command ${id}`)
  return found
}

/** CodeMirror's key name: `Mod-Shift-k`. */
export function codeMirrorKey({ key, shift, alt }: Shortcut): string {
  return ['Mod', alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('-')
}

/** Electron's accelerator: `CmdOrCtrl+Shift+K`. */
export function accelerator({ key, shift, alt }: Shortcut): string {
  return ['CmdOrCtrl', alt && 'Alt', shift && 'Shift', key.toUpperCase()].filter(Boolean).join('+')
}

/** The words a person reads, as in the README and the toolbar's hints: `Ctrl/Cmd+Shift+K`. */
export function shortcutText({ key, shift, alt }: Shortcut): string {
  return ['Ctrl/Cmd', alt && 'Alt', shift && 'Shift', key.toUpperCase()].filter(Boolean).join('+')
}

/** What a keydown needs to be matched (a DOM KeyboardEvent has these). */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** The `app` command a key press asks for, or null. */
export function commandForKey(e: KeyPress): CommandId | null {
  if (!(e.ctrlKey || e.metaKey)) return null
  const key = e.key.toLowerCase()
  const found = commands.find((c) => c.scope === 'app' && c.keys.key === key && !!c.keys.shift === e.shiftKey && !!c.keys.alt === e.altKey)
  return found?.id ?? null
}
