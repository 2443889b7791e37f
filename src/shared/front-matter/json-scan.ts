// Finds where each member of JSON front matter is written (JSON.parse does not say), and repeated keys.
// Runs only on text JSON.parse has accepted and whose depth was checked, so it can trust the syntax.

export interface JsonMember {
  path: string[]
  keyFrom: number
  valueFrom: number
  valueTo: number
  /** True when every container above it is an object (a field the form can show). */
  field: boolean
}

export interface JsonObject {
  path: string[]
  open: number
  close: number
  members: JsonMember[]
}

export interface JsonLayout {
  members: JsonMember[]
  objects: JsonObject[]
  duplicates: JsonMember[]
}

export function scanJson(text: string): JsonLayout {
  const layout: JsonLayout = { members: [], objects: [], duplicates: [] }
  let i = 0
  const space = (): void => {
    while (i < text.length && /\s/.test(text[i])) i++
  }
  const string = (): string => {
    const from = i
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(from, i)) as string
  }
  const value = (path: string[], field: boolean): void => {
    space()
    const c = text[i]
    if (c === '{') {
      const object: JsonObject = { path, open: i, close: i, members: [] }
      layout.objects.push(object)
      const seen = new Set<string>()
      i++
      space()
      while (text[i] !== '}' && i < text.length) {
        space()
        const keyFrom = i
        const key = string()
        space()
        i++ // ':'
        space()
        const valueFrom = i
        value([...path, key], field)
        const member = { path: [...path, key], keyFrom, valueFrom, valueTo: i, field }
        if (seen.has(key)) layout.duplicates.push(member)
        seen.add(key)
        object.members.push(member)
        layout.members.push(member)
        space()
        if (text[i] === ',') i++
        space()
      }
      object.close = i
      i++
    } else if (c === '[') {
      i++
      space()
      for (let n = 0; text[i] !== ']' && i < text.length; n++) {
        value([...path, String(n)], false)
        space()
        if (text[i] === ',') i++
        space()
      }
      i++
    } else if (c === '"') {
      string()
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i])) i++
    }
  }
  value([], true)
  return layout
}

/** The deepest nesting of `[` and `{` outside strings, found without recursion. */
export function jsonDepth(text: string): { depth: number; at: number } {
  let depth = 0
  let max = 0
  let at = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (++depth > max) {
        max = depth
        at = i
      }
    } else if (c === '}' || c === ']') depth--
  }
  return { depth: max, at }
}
