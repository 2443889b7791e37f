// The app's commands in one table: id, label and shortcut, read by the editor's keymap, the window's keydown,
// the desktop menu (main process) and the README test. Handlers live in the window; the menu sends the id.

export type CommandId =
  | 'save' | 'newEpisode' | 'openFolder' | 'togglePreview' | 'toggleListen' | 'checkEpisode' | 'quoteTranscript' | 'find'
  | 'searchSite' | 'insertSnippet' | 'saveSnippet'

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
  { id: 'toggleListen', keys: { key: 'a', shift: true }, scope: 'app' },
  { id: 'checkEpisode', keys: { key: 'k', shift: true }, scope: 'app' },
  { id: 'quoteTranscript', keys: { key: 'e', shift: true }, scope: 'app' },
  { id: 'find', keys: { key: 'f' }, scope: 'editor' },
  { id: 'searchSite', keys: { key: 'f', shift: true }, scope: 'app' },
  { id: 'insertSnippet', keys: { key: ';' }, scope: 'app' },
  { id: 'saveSnippet', keys: { key: 'l', shift: true }, scope: 'app' }
]

/** The commands' names, as the menu shows them; the window shows the same words (`command.<id>` in i18n.ts). */
export const commandLabels: Record<'en' | 'ja', Record<CommandId, string>> = {
  en: {
    save: 'Save',
    openFolder: 'Open Folder…',
    newEpisode: 'New Episode',
    togglePreview: 'Toggle Preview',
    toggleListen: 'Listen Panel',
    checkEpisode: 'Check Episode',
    quoteTranscript: 'Quote from the Transcript',
    find: 'Find and Replace',
    searchSite: 'Search the Site',
    insertSnippet: 'Insert Snippet…',
    saveSnippet: 'Save Selection as Snippet…'
  },
  ja: {
    save: '保存',
    openFolder: 'フォルダを開く…',
    newEpisode: '新しいエピソード',
    togglePreview: 'プレビューの表示/非表示',
    toggleListen: '聴くパネル',
    checkEpisode: 'エピソードをチェック',
    quoteTranscript: '文字起こしから引用',
    find: '検索と置換',
    searchSite: 'サイト全体を検索',
    insertSnippet: 'スニペットを挿入…',
    saveSnippet: '選択範囲をスニペットとして保存…'
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

/** The Listen panel's commands: keys the editor handles while you type (src/renderer/editor/listen-keys.ts). */
export type ListenCommand = 'listenPlay' | 'listenBack' | 'listenForward' | 'listenSlower' | 'listenFaster' | 'listenStamp'

/** What the desktop menu can ask the window for. */
export type MenuCommand = CommandId | ListenCommand

/**
 * The Listen panel's keys, for the View menu: listed there with their keys but not registered, so Esc stays the
 * editor's whenever it needs it; a click runs the command in the panel.
 */
export const listenMenu: ReadonlyArray<{ id: ListenCommand; accelerator: string; en: string; ja: string }> = [
  { id: 'listenPlay', accelerator: 'Esc', en: 'Play or Pause', ja: '再生/一時停止' },
  { id: 'listenBack', accelerator: 'F1', en: 'Back 5 Seconds', ja: '5秒戻る' },
  { id: 'listenForward', accelerator: 'F2', en: 'Forward 5 Seconds', ja: '5秒進む' },
  { id: 'listenSlower', accelerator: 'F3', en: 'Slower', ja: '遅く' },
  { id: 'listenFaster', accelerator: 'F4', en: 'Faster', ja: '速く' },
  { id: 'listenStamp', accelerator: 'CmdOrCtrl+J', en: 'Stamp the Line', ja: '行にタイムスタンプ' }
]

export function isCommandId(id: string): id is CommandId {
  return commands.some((c) => c.id === id)
}
