// Heading ids as Hugo makes them (autoHeadingIDType "github"): from the heading's raw source line, letters and
// digits kept (any script, lower-cased), spaces and hyphens as "-", the rest dropped; "-1", "-2" for repeats; and
// `{#id .class key=value}` at the end of a heading line as its attributes.
import type { MarkdownIt } from 'markdown-it'
import type { StateCore, Token } from 'markdown-it'

const keep = /[\p{L}\p{Nd}_]/u

/** Hugo's `anchorize` / github-style id of a text, without making it unique. */
export function anchorize(text: string): string {
  let out = ''
  for (const ch of text) {
    if (ch === ' ' || ch === '-') out += '-'
    else if (keep.test(ch)) out += ch.toLowerCase()
  }
  return out
}

/** Hands out unique ids the way Hugo's id factory does (explicit ids reserved as they appear). */
export class HeadingIds {
  private readonly used = new Set<string>()

  reserve(id: string): void {
    this.used.add(id)
  }

  generate(raw: string): string {
    let id = anchorize(raw)
    if (!id) id = 'heading'
    if (this.used.has(id)) {
      for (let i = 1; ; i++) {
        if (!this.used.has(`${id}-${i}`)) {
          id = `${id}-${i}`
          break
        }
      }
    }
    this.used.add(id)
    return id
  }
}

const attrBlock = /[ \t]*\{([^{}\n]*)\}[ \t]*$/
const attrPart = /\s*(?:#([^\s#.{}="']+)|\.([^\s#.{}="']+)|([A-Za-z_:][-A-Za-z0-9_:.]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+)))/y

/** Parses `{#id .class key=value}`; null when the braces hold something else (then they stay text). */
export function parseAttributeBlock(inner: string): [string, string][] | null {
  const attrs: [string, string][] = []
  const classes: string[] = []
  let classAt = -1
  attrPart.lastIndex = 0
  let pos = 0
  while (pos < inner.length) {
    if (!inner.slice(pos).trim()) break
    attrPart.lastIndex = pos
    const m = attrPart.exec(inner)
    if (!m) return null
    pos = attrPart.lastIndex
    if (m[1] !== undefined) attrs.push(['id', m[1]])
    else if (m[2] !== undefined) {
      if (classAt === -1) {
        classAt = attrs.length
        attrs.push(['class', ''])
      }
      classes.push(m[2])
    } else attrs.push([m[3], m[4] ?? m[5] ?? m[6]])
  }
  if (!attrs.length) return null
  if (classAt !== -1) attrs[classAt][1] = classes.join(' ')
  return attrs
}

// Runs before inline parsing: takes the attribute block off the heading text and remembers the raw line for the id.
function headingAttributes(state: StateCore): void {
  const tokens = state.tokens
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]
    if (open.type !== 'heading_open') continue
    const inline = tokens[i + 1]
    let content = inline.content
    const m = attrBlock.exec(content)
    if (m) {
      const attrs = parseAttributeBlock(m[1])
      if (attrs) {
        content = content.slice(0, m.index).replace(/[ \t]+$/, '')
        inline.content = content
        for (const [k, v] of attrs) open.attrSet(k, v)
      }
    }
    // Goldmark takes the id from the heading's last source line.
    const lines = content.split('\n')
    open.meta = { ...(open.meta ?? {}), rawLine: lines[lines.length - 1].trim() }
  }
}

function headingIds(state: StateCore): void {
  const ids = (state.env.headingIds ??= new HeadingIds()) as HeadingIds
  for (const t of state.tokens as Token[]) {
    if (t.type !== 'heading_open') continue
    const id = t.attrGet('id')
    if (id != null) ids.reserve(String(id))
    else {
      t.attrs = [['id', ids.generate(String(t.meta?.rawLine ?? ''))], ...(t.attrs ?? [])]
    }
  }
}

/** markdown-it plugin: `{#id .class}` heading attributes and Hugo's github-style heading ids. */
export function headingsPlugin(md: MarkdownIt): void {
  md.core.ruler.before('inline', 'heading_attributes', headingAttributes)
  md.core.ruler.after('inline', 'heading_ids', headingIds)
}
