// Reads the rendering fixture files: cases of `# name {json options}`, then `.`, the input, `.`, the expected HTML,
// `.` (markdown-it's fixture layout). Options: emoji, params, bundleFiles, resolve (a URL prefix), hugo (false when
// Hugo cannot build or render the case the same way).
import type { RenderOptions } from '../../../src/shared/render/render-episode'

export interface FixtureCase {
  header: string
  name: string
  options: Record<string, unknown>
  input: string
  expected: string
}

export function parseFixtures(text: string): FixtureCase[] {
  const lines = text.split('\n')
  const cases: FixtureCase[] = []
  let i = 0
  const section = () => {
    const start = i
    while (i < lines.length && lines[i] !== '.') i++
    const body = lines.slice(start, i).join('\n')
    i++
    return body
  }
  while (i < lines.length) {
    const line = lines[i++]
    if (!line.startsWith('# ')) continue
    const header = line.slice(2)
    const json = /\s(\{.*\})$/.exec(header)
    if (lines[i++] !== '.') throw new Error(`fixture "${header}": expected "." after the header`)
    const input = section()
    const expected = section()
    cases.push({ header, name: json ? header.slice(0, json.index) : header, options: json ? JSON.parse(json[1]) : {}, input, expected })
  }
  return cases
}

export function fixtureOptions(options: Record<string, unknown>): RenderOptions {
  const prefix = typeof options.resolve === 'string' ? options.resolve : undefined
  return {
    emoji: options.emoji === true,
    params: (options.params as Record<string, unknown>) ?? undefined,
    bundleFiles: (options.bundleFiles as string[]) ?? undefined,
    resolveUrl: prefix ? (url, kind) => `${prefix}${kind}/${url}` : undefined
  }
}
