// A page title made safe as the text of a Markdown link: one line, trimmed, not too long, with the characters that
// would end the link or start emphasis, code, HTML or a shortcode escaped.

/** Longest link text made from a page title; longer titles are cut at a word and end with "…". */
export const TITLE_LIMIT = 200

/** `title` as Markdown link text: `[x] *y*` → `\[x\] \*y\*`. Empty when the title has no visible characters. */
export function linkTextOf(title: string): string {
  // Control characters (and the line breaks among them) become spaces; runs of white space become one.
  // eslint-disable-next-line no-control-regex
  let text = title.replace(/[\u0000-\u001f\u007f\u200b\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim()
  if (text.length > TITLE_LIMIT) {
    const cut = text.slice(0, TITLE_LIMIT)
    const space = cut.lastIndexOf(' ')
    text = (space > TITLE_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd() + '…'
  }
  // `{{` would open a Hugo shortcode; escaping the brace keeps it text.
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\{\{/g, '\\{\\{')
}

/** A Markdown link: `[text](url)`; a URL holding spaces or parentheses is written in `<…>`. */
export function markdownLink(text: string, url: string): string {
  const dest = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url
  return `[${text}](${dest})`
}
