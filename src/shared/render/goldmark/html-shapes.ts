// The HTML shapes Goldmark writes where markdown-it's differ: `<del>` for strikethrough and Goldmark's footnotes
// (`fnref:1`, `fn:1`, `role="doc-noteref"`, a `div.footnotes` with an `<hr>` and back links).
import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'

const footnoteNumber = (t: Token) => Number(t.meta?.id) + 1
const refId = (t: Token) => (Number(t.meta?.subId) > 0 ? `fnref${t.meta?.subId}:${footnoteNumber(t)}` : `fnref:${footnoteNumber(t)}`)

/** markdown-it plugin: Goldmark's HTML for strikethrough and footnotes (needs markdown-it-footnote loaded first). */
export function goldmarkHtmlShapesPlugin(md: MarkdownIt): void {
  const rules = md.renderer.rules
  rules.s_open = () => '<del>'
  rules.s_close = () => '</del>'
  rules.footnote_ref = (tokens, idx) => {
    const t = tokens[idx]
    const n = footnoteNumber(t)
    return `<sup id="${refId(t)}"><a href="#fn:${n}" class="footnote-ref" role="doc-noteref">${n}</a></sup>`
  }
  rules.footnote_block_open = () => '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n'
  rules.footnote_block_close = () => '</ol>\n</div>\n'
  rules.footnote_open = (tokens, idx) => `<li id="fn:${footnoteNumber(tokens[idx])}">\n`
  rules.footnote_close = () => '</li>\n'
  rules.footnote_anchor = (tokens, idx) =>
    `&#160;<a href="#${refId(tokens[idx])}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`
}
