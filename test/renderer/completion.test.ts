// Completion in the editor: shortcode names after `{{<`, a figure's parameters, `src=` from the bundle's files,
// parameter values, and front matter keys the episode does not have yet (nested ones under their parent).
import { describe, expect, it } from 'vitest'
import { CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete'
import type { MediaFile } from '../../src/shared/api'
import { shortcodeCompletionSource, snippetFor } from '../../src/renderer/editor/shortcode-completion'
import { shortcodeInfo } from '../../src/shared/shortcodes/catalog'
import { frontMatterCompletionSource } from '../../src/renderer/editor/front-matter-completion'
import { stateWithCursor } from './cursor'
import { languageCompletionSource } from '../../src/renderer/editor/language-completion'
import { loadFullMarkdown } from '../../src/renderer/editor/episode-markdown'

const files: MediaFile[] = [
  { name: 'studio-desk.png', size: 10, kind: 'image', state: 'used' },
  { name: 'new-mic.jpg', size: 10, kind: 'image', state: 'unused' },
  { name: 'gone.png', size: 0, kind: 'image', state: 'missing' },
  { name: 'episode.mp3', size: 10, kind: 'audio', state: 'unused' }
]

function complete(source: CompletionSource, text: string, explicit = false): { from: number; labels: string[] } | null {
  const state = stateWithCursor(text)
  const result = source(new CompletionContext(state, state.selection.main.head, explicit)) as CompletionResult | null
  return result ? { from: result.from, labels: result.options.map((o) => o.label) } : null
}

describe('shortcode completion', () => {
  const source = shortcodeCompletionSource(() => files)

  it('offers shortcode names after {{<', () => {
    const r = complete(source, 'Look: {{< fi|')!
    expect(r.labels).toContain('figure')
    expect(r.labels).toContain('youtube')
    expect(r.from).toBe('Look: {{< '.length)
  })

  it('writes a whole shortcode with the right closing delimiter, replacing braces closed by typing', () => {
    expect(snippetFor(shortcodeInfo('figure')!, '<')).toBe('figure src="${}" title="${}" >}}')
    expect(snippetFor(shortcodeInfo('alert')!, '%')).toBe('alert ${note} %}}${}{{% /alert %}}')
    expect(snippetFor(shortcodeInfo('spoiler')!, '<')).toBe('spoiler text="${}" >}}${}{{< /spoiler >}}')
    const state = stateWithCursor('{{< fi|}}')
    const result = source(new CompletionContext(state, state.selection.main.head, false)) as CompletionResult
    expect([result.from, result.to]).toEqual([4, state.doc.length])
  })

  it("offers a figure's parameters it does not have yet", () => {
    const r = complete(source, '{{< figure src="a.png" |')!
    expect(r.labels).toContain('title')
    expect(r.labels).toContain('numbered')
    expect(r.labels).not.toContain('src')
  })

  it('offers the images of the bundle for src=, never missing ones', () => {
    expect(complete(source, '{{< figure src="|" >}}')!.labels).toEqual(['studio-desk.png', 'new-mic.jpg'])
    expect(complete(source, '{{< audio src="ep|" >}}')!.labels).toEqual(['episode.mp3'])
  })

  it('offers the values a parameter takes', () => {
    expect(complete(source, '{{< figure numbered="|" >}}')!.labels).toEqual(['true', 'false'])
  })

  it.each([
    ['outside a tag', 'Plain text |'],
    ['after a closed tag', '{{< figure src="a" >}} |'],
    ['inside a free-text value', '{{< figure title="My |']
  ])('stays quiet %s', (_name, text) => {
    expect(complete(source, text)).toBeNull()
  })
})

describe('front matter key completion', () => {
  const source = frontMatterCompletionSource(() => ['episode_number'])
  const doc = (cursorLine: string) => `---\ntitle: "x"\ntags: [a]\n${cursorLine}\nimage:\n  caption: c\n  |\n---\nBody`

  it('offers talk keys the episode does not have, and the archetype\'s own', () => {
    const r = complete(source, '---\ntitle: "x"\nsu|\n---\nBody')!
    expect(r.labels).toContain('summary')
    expect(r.labels).toContain('episode_number')
    expect(r.labels).not.toContain('title')
  })

  it('offers the keys of a nested map under it', () => {
    const r = complete(source, doc('draft: false'), true)!
    expect(r.labels).toEqual(['focal_point', 'preview_only'])
  })

  it('stays quiet in the body and after a colon', () => {
    expect(complete(source, '---\ntitle: x\n---\nsu|')).toBeNull()
    expect(complete(source, '---\ntitle: su|\n---\n')).toBeNull()
  })

  it('works in TOML front matter with = ', () => {
    const state = stateWithCursor('+++\ntitle = "x"\ndra|\n+++\n')
    const r = source(new CompletionContext(state, state.selection.main.head, false)) as CompletionResult
    const draft = r.options.find((o) => o.label === 'draft')!
    expect(draft.apply).toBe('draft = ')
  })
})

describe('the languages’ own completion', () => {
  const labels = async (text: string) => {
    const state = stateWithCursor(text, [await loadFullMarkdown()])
    const result = await languageCompletionSource(new CompletionContext(state, state.selection.main.head, false))
    return result?.options.map((o) => o.label) ?? null
  }

  it('offers HTML tags after < in Markdown text', async () => {
    expect(await labels('A player: <ifr|')).toContain('<iframe')
  })

  it('leaves `{{<` to the shortcodes, and code alone', async () => {
    expect(await labels('{{<|')).toBeNull()
    expect(await labels('{{< fig|')).toBeNull()
    expect(await labels('```\n<ifr|')).toBeNull()
  })
})
