// The episode's Markdown language. An editor first shows with a light one, straight from the Lezer parser: GFM
// with front matter and shortcodes, highlighted. Once it has painted, lang-markdown's full support takes over:
// code fences in their languages, HTML inside the Markdown, list continuation on Enter, section folding, tag
// completion. lang-markdown brings the HTML, CSS and JavaScript languages with it (about 300 KB of code), which
// the first paint does without.
import { defineLanguageFacet, Language, LanguageSupport } from '@codemirror/language'
import { Compartment, type Extension } from '@codemirror/state'
import { ViewPlugin } from '@codemirror/view'
import { Emoji, GFM, parser, Subscript, Superscript } from '@lezer/markdown'
import { afterPaint } from '../after-paint'
import { frontMatterSyntax } from './front-matter-syntax'
import { dispatchOutside } from './ime-guard'
import { shortcodeSyntax } from './shortcode-syntax'

const commentTokens = defineLanguageFacet({ commentTokens: { block: { open: '<!--', close: '-->' } } })

/** Markdown as the editor first shows it: the same syntax tree (HTML and code fences not parsed inside). */
export function lightMarkdown(): LanguageSupport {
  const light = parser.configure([GFM, Subscript, Superscript, Emoji, frontMatterSyntax, shortcodeSyntax()])
  return new LanguageSupport(new Language(commentTokens, light, [], 'markdown'))
}

let full: Promise<LanguageSupport> | null = null

/** lang-markdown's full support with the episode's syntax and every code-fence language; loaded once. */
export function loadFullMarkdown(): Promise<LanguageSupport> {
  full ??= Promise.all([import('@codemirror/lang-markdown'), import('@codemirror/language-data')]).then(([{ markdown, markdownLanguage }, { languages }]) =>
    markdown({ base: markdownLanguage, codeLanguages: languages, extensions: [frontMatterSyntax, shortcodeSyntax()] })
  )
  return full
}

/** The episode's Markdown: light until the editor has painted, then full (see above). */
export function episodeMarkdown(): Extension {
  const markdown = new Compartment()
  const upgrade = ViewPlugin.define((view) => {
    let live = true
    const cancel = afterPaint(() => {
      void loadFullMarkdown().then((support) => {
        // Waits for an IME composition to end, as every outside change does.
        if (live) dispatchOutside(view, () => ({ effects: markdown.reconfigure(support) }))
      })
    })
    return {
      destroy() {
        live = false
        cancel()
      }
    }
  })
  return [markdown.of(lightMarkdown()), upgrade]
}
