// Turns a snippet's body into a template for CodeMirror's `snippet()`: the named values the app knows (`${date}`,
// `${episode}`, `${title}`) are filled in; numbered fields (`${1:guest}`) stay fields to tab through.

export interface SnippetValues {
  /** The day as YYYY-MM-DD. */
  date: string
  /** The episode's number, or '' when it has none. */
  episode: string
  title: string
}

const KNOWN = /\$\{(date|episode|title)\}/g

/** Braces and `#{` in filled text would read as fields: they are escaped for the template. */
function literal(text: string): string {
  return text.replace(/\\(?=[{}])/g, '\\\\').replace(/[{}]/g, '\\$&')
}

/** The body as a `snippet()` template. */
export function snippetTemplate(body: string, values: SnippetValues): string {
  let out = ''
  let at = 0
  for (const m of body.matchAll(KNOWN)) {
    out += protect(body.slice(at, m.index)) + literal(values[m[1] as keyof SnippetValues])
    at = m.index + m[0].length
  }
  return out + protect(body.slice(at))
}

/** The body's own text: `#{` is not a field here (only `${…}` is), and a backslash before a brace stays. */
function protect(text: string): string {
  return text.replace(/\\(?=[{}])/g, '\\\\').replace(/#\{/g, '#\\{')
}

/** The date the way Hugo front matter writes a day, in the host's own time zone. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
