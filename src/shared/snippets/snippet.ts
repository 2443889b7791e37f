// A snippet: a part every episode repeats (the sponsor read, the "follow us" links), kept as a Markdown file in the
// site's `.shownotes/snippets/` or the user's data folder. Its name is the file's; an optional front matter gives
// the `prefix` typed after `;` and a `description`.
import { splitDocument } from '../document'
import { readFrontMatter } from '../front-matter/read'

export interface Snippet {
  /** The file's name without `.md`: `sponsor`. */
  name: string
  /** Typed after `;` to insert it: `;sponsor`. */
  prefix: string
  description: string
  /** The text, with placeholders: `${1:guest}`, `${date}`, `${episode}`, `${title}`. */
  body: string
  /** The site's (shared with co-hosts through git) or the user's own. */
  source: 'site' | 'user'
}

/** A snippet name: letters, digits, `-` and `_` (it becomes a file name and a prefix). */
export const SNIPPET_NAME = /^[\p{L}\p{N}_-]{1,64}$/u

/** Reads one snippet file. Bad front matter leaves the whole text as the body rather than losing it. */
export function parseSnippet(name: string, text: string, source: Snippet['source']): Snippet {
  const split = splitDocument(text)
  let prefix = name
  let description = ''
  let body = text
  if (split.frontMatter && split.format) {
    const data = readFrontMatter(text, split).data
    if (data) {
      if (typeof data.prefix === 'string' && data.prefix.trim()) prefix = data.prefix.trim().replace(/^;/, '')
      if (typeof data.description === 'string') description = data.description
      body = split.body
    }
  }
  return { name, prefix, description, body: body.replace(/\r\n?/g, '\n').replace(/\n$/, ''), source }
}

/**
 * The file text a new snippet is saved as: the plain text (the name is the file's), behind an empty front matter
 * when the text itself starts like front matter, so it reads back as it was.
 */
export function snippetFileText(body: string): string {
  const text = body.endsWith('\n') ? body : body + '\n'
  const split = splitDocument(text)
  return split.frontMatter || split.unclosed ? `---\ndescription: ""\n---\n${text}` : text
}

/** Site snippets first; a user's snippet of the same prefix is shown too, after them. */
export function mergeSnippets(site: Snippet[], user: Snippet[]): Snippet[] {
  const byName = (a: Snippet, b: Snippet) => a.prefix.localeCompare(b.prefix)
  return [...[...site].sort(byName), ...[...user].sort(byName)]
}
