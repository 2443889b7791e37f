// Assembles the episode editor's extensions in one place: Markdown with front matter and code-fence languages,
// history, search, keymaps and the theme. Features live one per file beside this one.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { bracketMatching, foldGutter, indentOnInput } from '@codemirror/language'
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search'
import { Compartment, EditorState, type Extension } from '@codemirror/state'
import { drawSelection, dropCursor, EditorView, highlightActiveLine, keymap, rectangularSelection } from '@codemirror/view'
import { codeMirrorKey, commands, type CommandId } from '../../shared/commands'
import { editorPhrasesJa, translate, type Language } from '../i18n'
import { episodeLint, lintLanguage, type AsyncDiagnosticSource, type FileFix } from './episode-lint'
import { episodeMarkdown } from './episode-markdown'
import { figureDrop, type FigureDropOptions } from './figure-drop'
import { frontMatterCompletionSource } from './front-matter-completion'
import { imeGuard } from './ime-guard'
import { languageCompletionSource } from './language-completion'
import { closeTagStepOver } from './close-tag-step'
import { monospaceCodeLines } from './code-lines'
import { listenKeys } from './listen-keys'
import { longDocumentSyntax } from './long-document'
import { searchPanel } from './search-panel'
import { snippetCompletionSource, snippetPicker, type SnippetHooks } from './snippet-completion'
import { shortcodeCompletionSource, type MediaFiles, type SiteShortcodesGetter } from './shortcode-completion'
import { smartPaste, type PasteOptions } from './smart-paste'
import { editorTheme } from './theme'
import { timestampSeek } from './timestamp-seek'

export interface EditorHooks {
  onSave: () => void
  /** The bundle's files, for `src=` completion. */
  files?: MediaFiles
  /** The shortcodes the site can use, for name completion (every known one while it is not known). */
  shortcodes?: SiteShortcodesGetter
  /** Keys of the site's archetype for this section, for front matter completion. */
  archetypeKeys?: () => readonly string[]
  /** The publishing checks to show as lint (they include the front matter's and shortcodes' own problems). */
  checks?: () => AsyncDiagnosticSource | null
  /** A check's fix that processes a bundle photo (asks first, then calls the main process). */
  onFileFix?: FileFix
  /** Dropped and pasted files; without it, drops insert nothing. */
  media?: FigureDropOptions
  /** Titled paste and rich paste; without it, pastes are plain text. */
  paste?: PasteOptions
  language?: Language
  /** A very long document: a line-by-line highlighter instead of the full Markdown parser (see long-document.ts). */
  long?: boolean
  /** The snippets offered after `;` and by "Insert Snippet…". */
  snippets?: SnippetHooks
  /** App commands whose shortcuts CodeMirror would otherwise take (Mod-Shift-k deletes a line by default). */
  onCommand?: (command: CommandId) => void
}

// The app's commands (src/shared/commands.ts) take their keys before CodeMirror's defaults (Mod-Shift-k deletes a
// line there); save runs the editor's own save hook.
function appCommandKeys(hooks: EditorHooks) {
  return commands
    .filter((c) => c.scope === 'app')
    .flatMap((c) => {
      const run = c.id === 'save' ? hooks.onSave : hooks.onCommand && (() => hooks.onCommand?.(c.id))
      return run ? [{ key: codeMirrorKey(c.keys), preventDefault: true, run: () => (run(), true) }] : []
    })
}

/** The editor's own words (search panel, lint and its problems) follow the UI language without a new editor. */
export const editorLanguage = new Compartment()

export function editorPhrases(language: Language | undefined): Extension {
  return [language === 'ja' ? EditorState.phrases.of(editorPhrasesJa) : [], lintLanguage.of(language ?? 'en')]
}

export function editorExtensions(hooks: EditorHooks, extra: Extension[] = []): Extension[] {
  return [
    history(),
    drawSelection(),
    dropCursor(),
    rectangularSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    // In show notes, `{` starts shortcodes and `'` is an apostrophe far more often than a quote: pair neither.
    EditorState.languageData.of(() => [{ closeBrackets: { brackets: ['(', '[', '"', '`'] } }]),
    highlightActiveLine(),
    highlightSelectionMatches(),
    foldGutter(),
    EditorView.lineWrapping,
    hooks.long ? longDocumentSyntax() : episodeMarkdown(),
    monospaceCodeLines(),
    closeTagStepOver(),
    autocompletion({
      override: [shortcodeCompletionSource(hooks.files, hooks.shortcodes), frontMatterCompletionSource(hooks.archetypeKeys), languageCompletionSource, ...(hooks.snippets ? [snippetCompletionSource(hooks.snippets)] : [])]
    }),
    snippetPicker,
    searchPanel(),
    episodeLint(hooks.checks, hooks.onFileFix),
    imeGuard(),
    hooks.media ? figureDrop(hooks.media) : [],
    hooks.paste ? smartPaste(hooks.paste) : [],
    listenKeys(),
    timestampSeek(translate(hooks.language ?? 'en', 'listen.seekHint')),
    editorLanguage.of(editorPhrases(hooks.language)),
    keymap.of([
      ...appCommandKeys(hooks),
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...completionKeymap,
      indentWithTab
    ]),
    editorTheme(),
    ...extra
  ]
}
