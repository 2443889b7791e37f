// Assembles the episode editor's extensions in one place: Markdown with front matter and code-fence languages,
// history, search, keymaps and the theme. Features live one per file beside this one.
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { markdown, markdownLanguage } from '@codemirror/lang-markdown'
import { languages } from '@codemirror/language-data'
import { bracketMatching, foldGutter, indentOnInput } from '@codemirror/language'
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search'
import type { Extension } from '@codemirror/state'
import { drawSelection, dropCursor, EditorView, highlightActiveLine, keymap, rectangularSelection } from '@codemirror/view'
import { frontMatterSyntax } from './front-matter-syntax'
import { editorTheme } from './theme'

export interface EditorHooks {
  onSave: () => void
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
    highlightActiveLine(),
    highlightSelectionMatches(),
    foldGutter(),
    EditorView.lineWrapping,
    markdown({ base: markdownLanguage, codeLanguages: languages, extensions: [frontMatterSyntax] }),
    keymap.of([
      { key: 'Mod-s', preventDefault: true, run: () => (hooks.onSave(), true) },
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
