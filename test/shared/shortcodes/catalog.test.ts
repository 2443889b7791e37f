// The one shortcode catalog feeds the preview's renderers, the parser's pairing, the unknown-shortcode check and the
// editor's completion: nothing may know a shortcode the catalog does not.
import { describe, expect, it } from 'vitest'
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete'
import { goldmarkMarkdown } from '../../../src/shared/render/markdown'
import { registeredShortcodes } from '../../../src/shared/render/shortcode-registry'
import { allShortcodeSets, shortcodeCatalog, shortcodeInfo } from '../../../src/shared/shortcodes/catalog'
import { parseShortcodes } from '../../../src/shared/shortcodes/parse'
import { knownShortcodes } from '../../../src/shared/checks'
import { shortcodeCompletionSource } from '../../../src/renderer/editor/shortcode-completion'
import { stateWithCursor } from '../../renderer/cursor'
import { EpisodeWorker } from '../../../src/renderer/workers/episode-worker-client'

describe('the shortcode catalog', () => {
  it('has every shortcode the preview renders', () => {
    const rendered = registeredShortcodes(goldmarkMarkdown())
    expect(rendered.length).toBeGreaterThan(15)
    expect(rendered.filter((name) => !shortcodeInfo(name))).toEqual([])
  })

  it('names each shortcode once', () => {
    const names = shortcodeCatalog.map((s) => s.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('is what completion offers after {{<, twitter included', () => {
    const state = stateWithCursor('{{< |')
    const result = shortcodeCompletionSource()(new CompletionContext(state, state.selection.main.head, true)) as CompletionResult
    const offered = result.options.map((o) => o.label)
    expect(offered.filter((name) => !shortcodeInfo(name))).toEqual([])
    expect(offered).toEqual(expect.arrayContaining(shortcodeCatalog.map((s) => s.name)))
    expect(offered).toContain('twitter')
  })

  it('is what the unknown-shortcode check knows when nothing is known of the theme', () => {
    expect([...knownShortcodes([], allShortcodeSets)].sort()).toEqual(shortcodeCatalog.map((s) => s.name).sort())
  })

  it('decides pairing in the parser', () => {
    for (const s of shortcodeCatalog) {
      const { diagnostics } = parseShortcodes(`{{< ${s.name} >}}`)
      // A shortcode that takes inner content must be closed; the others stand alone.
      expect(diagnostics.map((d) => d.rule), s.name).toEqual(s.paired === true ? ['shortcode-unclosed'] : [])
      const closed = parseShortcodes(`{{< ${s.name} >}}x{{< /${s.name} >}}`)
      expect(closed.diagnostics.map((d) => d.rule), s.name).toEqual(s.paired === false ? ['shortcode-mismatched'] : [])
    }
  })
})

describe("the site's shortcodes in the window", () => {
  const noAcademic = { sets: ['hugo' as const], own: ['sponsor'] }

  it('completes only what the site has: Hugo, its own, Academic only with the theme', () => {
    const state = stateWithCursor('{{< |')
    const offered = (site?: typeof noAcademic) =>
      (shortcodeCompletionSource(() => [], () => site)(new CompletionContext(state, state.selection.main.head, true)) as CompletionResult).options.map((o) => o.label)
    expect(offered(noAcademic)).toEqual(expect.arrayContaining(['figure', 'youtube', 'twitter', 'sponsor']))
    expect(offered(noAcademic)).not.toContain('spoiler')
    expect(offered({ sets: ['hugo', 'academic'] as never, own: [] })).toContain('spoiler')
  })

  it("warns in the editor's checks about a theme shortcode the site does not have", async () => {
    const text = '---\ntitle: x\n---\n\n{{< spoiler text="a" >}}b{{< /spoiler >}}\n'
    const unknown = async (shortcodes?: typeof noAcademic) => (await new EpisodeWorker().check(text, null, new Date(), shortcodes && { shortcodes })).filter((d) => d.rule === 'shortcode-unknown')
    expect(await unknown(noAcademic)).toHaveLength(1)
    expect(await unknown({ sets: ['hugo', 'academic'] as never, own: [] })).toHaveLength(0)
    expect(await unknown({ sets: ['hugo'] as never, own: ['spoiler'] })).toHaveLength(0)
  })

  it("follows the site's .shownotes.yaml in the editor's checks: a rule turned off or given another severity", async () => {
    const text = '---\ntitle: x\n---\n\n{{< spoiler text="a" >}}b{{< /spoiler >}}\n'
    const check = async (checks?: { rules: Record<string, 'off' | 'error' | 'warning' | 'info'> }) =>
      (await new EpisodeWorker().check(text, null, new Date(), { shortcodes: noAcademic, checks: checks && { rules: checks.rules, summaryLimit: 160, iframeHosts: [], placeholders: [] } }))
        .filter((d) => d.rule === 'shortcode-unknown').map((d) => d.severity)
    const usual = await check()
    expect(usual).toHaveLength(1)
    expect(await check({ rules: { 'shortcode-unknown': 'off' } })).toEqual([])
    expect(await check({ rules: { 'shortcode-unknown': 'info' } })).toEqual(['info'])
  })
})
