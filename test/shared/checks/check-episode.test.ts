import { describe, expect, it } from 'vitest'
import { checkEpisode, checkRules } from '../../../src/shared/checks'
import { episode, GOOD_FM, NOW } from './helpers'

describe('checkEpisode', () => {
  it('finds nothing in a finished episode', () => {
    const text = episode(GOOD_FM, [
      '<iframe src="https://anchor.fm/midnight/embed/episodes/ep7" height="102px" width="400px" frameborder="0" scrolling="no"></iframe>',
      '',
      '## Topics',
      '',
      '- The kit',
      '  {{< figure src="kit.png" title="The kit, half built" numbered="true" >}}',
      '- [Ground loops](#links)',
      '',
      '## Links',
      '',
      '- [Datasheet](https://example.org/ds.pdf)',
      ''
    ].join('\n'))
    expect(checkEpisode(text, { now: NOW, bundleFiles: ['kit.png', 'featured.jpg'] })).toEqual([])
  })

  it('returns every problem sorted by place, each with line, column, rule, severity and message', () => {
    const text = '---\ntitle: ""\nsummary: TODO\n---\n\n{{< figure src="gone.png" >}}\n\n[x]()\n'
    const list = checkEpisode(text, { now: NOW, bundleFiles: ['old.png'] })
    expect(list.map((d) => [d.line, d.column, d.severity, d.rule])).toEqual([
      [1, 1, 'warning', 'date-missing'],
      [1, 1, 'info', 'bundle-file-unused'],
      [2, 1, 'error', 'title-missing'],
      [3, 1, 'warning', 'template-placeholder'],
      [6, 17, 'error', 'figure-missing-image'],
      [8, 1, 'warning', 'link-empty']
    ])
    for (const d of list) {
      expect(d.message).toMatch(/^[A-Z"a-z].*[.?]$/)
      expect(d.to).toBeGreaterThanOrEqual(d.from)
    }
  })

  it('has a unique id, a severity and a description for every rule', () => {
    const ids = checkRules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of checkRules) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/)
      expect(['error', 'warning', 'info']).toContain(r.severity)
      expect(r.description.length).toBeGreaterThan(10)
    }
  })

  it('never throws on odd input', () => {
    for (const text of ['', '---', '---\n---\n', '+++\ntitle = 1\n', '{ "title": "x" }\n', '\uFEFF# hi', '[', '{{<', '<!--', '```', '---js\nx\n---\n']) {
      expect(() => checkEpisode(text, { now: NOW, bundleFiles: [] })).not.toThrow()
    }
  })

  it('reads TOML and JSON front matter too', () => {
    const toml = '+++\ntitle = "Ep"\ndate = 2025-05-01T20:00:00+09:00\nsummary = "Short."\n+++\n\nBody\n'
    expect(checkEpisode(toml, { now: NOW })).toEqual([])
    const json = '{\n  "title": "",\n  "date": "2025-05-01",\n  "summary": "Short."\n}\n\nBody\n'
    expect(checkEpisode(json, { now: NOW }).map((d) => d.rule)).toEqual(['title-missing'])
  })
})
