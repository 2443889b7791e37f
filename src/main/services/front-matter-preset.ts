// Sets a few top-level fields of a new episode's front matter (title, date, draft) by changing only their lines,
// so an archetype's comments and layout stay as the host wrote them. YAML, TOML and JSON front matter.

export type PresetValue = { string: string } | { date: string } | { bool: boolean }

function render(format: 'yaml' | 'toml' | 'json', v: PresetValue): string {
  if ('bool' in v) return String(v.bool)
  if ('date' in v) return format === 'json' ? JSON.stringify(v.date) : v.date
  return JSON.stringify(v.string) // a valid double-quoted string in YAML and a basic string in TOML too
}

const escapeKey = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Returns `text` with each field set (replaced in place, or added right after the opening delimiter). */
export function presetFields(text: string, fields: [key: string, value: PresetValue][]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const open = /^(\uFEFF?)(---|\+\+\+)[ \t]*\r?\n/.exec(text)
  if (!open) {
    if (/^\uFEFF?\s*\{/.test(text)) return presetJson(text, fields)
    const lines = fields.map(([k, v]) => `${k}: ${render('yaml', v)}`)
    return ['---', ...lines, '---', ''].join(eol) + text
  }
  const format = open[2] === '---' ? 'yaml' : 'toml'
  const start = open[0].length
  const closeRe = new RegExp(`^${open[2] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`, 'm')
  const close = closeRe.exec(text.slice(start))
  const end = close ? start + close.index : text.length
  let block = text.slice(start, end)
  const missing: string[] = []
  for (const [key, value] of fields) {
    const rendered = render(format, value)
    const lines = block.split(/(?<=\n)/)
    // Top level only: YAML keys at column 0; TOML keys before the first [table].
    const firstTable = format === 'toml' ? lines.findIndex((l) => /^\s*\[/.test(l)) : -1
    const limit = firstTable === -1 ? lines.length : firstTable
    const keyRe = new RegExp(`^(${escapeKey(key)}|"${escapeKey(key)}")(\\s*${format === 'yaml' ? ':' : '='})([ \\t]*)(.*?)(\\r?\\n)?$`)
    const i = lines.slice(0, limit).findIndex((l) => keyRe.test(l))
    if (i === -1) {
      missing.push(`${key}${format === 'yaml' ? ':' : ' ='} ${rendered}${eol}`)
      continue
    }
    const m = keyRe.exec(lines[i])!
    const comment = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^#"']*?)(\s+#.*)$/.exec(m[4])?.[1] ?? ''
    lines[i] = `${m[1]}${m[2]} ${rendered}${comment}${m[5] ?? ''}`
    // A block value (`|`, `>`, or nested lines under an empty value) is replaced as a whole.
    if (format === 'yaml' && (/^[|>]/.test(m[4]) || m[4].trim() === '')) {
      let j = i + 1
      while (j < lines.length && /^([ \t]+\S|-\s)/.test(lines[j])) j++
      lines.splice(i + 1, j - i - 1)
    }
    block = lines.join('')
  }
  if (missing.length) {
    // New keys go after the existing top-level ones: the end of YAML, before TOML's first [table].
    const lines = block.split(/(?<=\n)/)
    const firstTable = format === 'toml' ? lines.findIndex((l) => /^\s*\[/.test(l)) : -1
    const at = firstTable === -1 ? lines.length : firstTable
    if (at > 0 && !lines[at - 1].endsWith('\n')) lines[at - 1] += eol
    lines.splice(at, 0, ...missing)
    block = lines.join('')
  }
  return text.slice(0, start) + block + text.slice(end)
}

function presetJson(text: string, fields: [string, PresetValue][]): string {
  const startAt = text.indexOf('{')
  let depth = 0
  let inString = false
  let endAt = -1
  for (let i = startAt; i < text.length && endAt < 0; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) endAt = i + 1
  }
  let data: Record<string, unknown>
  try {
    data = JSON.parse(text.slice(startAt, endAt)) as Record<string, unknown>
  } catch {
    return text
  }
  for (const [key, v] of fields) data[key] = 'bool' in v ? v.bool : 'date' in v ? v.date : v.string
  return text.slice(0, startAt) + JSON.stringify(data, null, 2) + text.slice(endAt)
}
