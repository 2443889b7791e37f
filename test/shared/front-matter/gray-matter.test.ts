// Why the split is our own scan and not a gray-matter call, checked: gray-matter caches by content unless given
// options, would run a ---js block with its default engines, and gives no offsets. Where it does apply, we agree.
import matter from 'gray-matter'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../../src/shared/document'
import { talkEpisode, tomlEpisode } from './fixtures'

const refuse = (): never => {
  throw new Error('front matter in this language is never run')
}
/** The options the design asks for: only YAML, TOML and JSON engines, code-running engines replaced. */
const safe = (language: 'yaml' | 'toml') => ({
  language,
  delimiters: language === 'toml' ? '+++' : '---',
  engines: {
    yaml: (s: string) => parseYaml(s, { version: '1.2' }) as object,
    toml: (s: string) => parseToml(s) as object,
    json: (s: string) => JSON.parse(s) as object,
    javascript: refuse,
    js: refuse,
    coffee: refuse
  }
})

describe('gray-matter, checked', () => {
  it('caches results by content when called without options, and not with options', () => {
    const text = '---\ntitle: cached\n---\nbody'
    matter(text)
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).toContain(text)
    const other = '---\ntitle: not cached\n---\nbody'
    matter(other, safe('yaml'))
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).not.toContain(other)
  })

  it('would run a ---js block with its default engines; with ours it refuses, and splitDocument never runs it', () => {
    const js = '---js\n{ title: (globalThis.grayMatterRan = "ran") }\n---\nbody'
    expect(() => matter(js, safe('yaml'))).toThrow(/never run/)
    expect((globalThis as Record<string, unknown>).grayMatterRan).toBeUndefined()
    expect(splitDocument(js).format).toBeNull()
  })

  it('agrees with our split on YAML and TOML episodes', () => {
    for (const [text, language] of [[talkEpisode, 'yaml'], [tomlEpisode, 'toml']] as const) {
      const theirs = matter(text, safe(language))
      const ours = splitDocument(text)
      // gray-matter keeps the opener's line break and drops the last one; the body is the same text.
      expect(theirs.matter.replace(/^\n/, '') + '\n').toBe(ours.frontMatter!.text)
      expect(theirs.content).toBe(ours.body)
    }
  })

  it('leaves a stray carriage return at the end of a CRLF block, which our split does not', () => {
    const text = talkEpisode.replace(/\n/g, '\r\n')
    const theirs = matter(text, { ...safe('yaml'), engines: { ...safe('yaml').engines, yaml: () => ({}) } })
    expect(theirs.matter.endsWith('projects: []\r')).toBe(true)
    expect(splitDocument(text).frontMatter!.text.endsWith('projects: []\r\n')).toBe(true)
    expect(theirs.content).toBe(splitDocument(text).body)
  })
})
