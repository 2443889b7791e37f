// Every finding has a stable code and parameters: each rule has its messages in the table, and the shortcode parser
// and the front matter reader report codes of the table (the window translates from those, never from English).
import { describe, expect, it } from 'vitest'
import { checkEpisode, checkRules } from '../../../src/shared/checks'
import {
  checkFixes,
  checkMessage,
  checkMessages,
  codesOf,
  isCheckMessageCode
} from '../../../src/shared/checks/messages'
import { readFrontMatter } from '../../../src/shared/front-matter'
import { parseShortcodes } from '../../../src/shared/shortcodes/parse'
import { episode, GOOD_FM, NOW } from './helpers'

describe('the message table', () => {
  it('has messages for every check', () => {
    for (const rule of checkRules) expect(codesOf(checkMessages, rule.id), rule.id).not.toEqual([])
  })

  it('has a fix label for every code a quick fix uses', () => {
    for (const code of Object.keys(checkFixes)) expect(codesOf(checkMessages, code.split('.')[0]), code).not.toEqual([])
  })
})

describe('the shortcode parser’s words', () => {
  it.each([
    '{{</* figure src="a" ',
    '{{< figure src="a" ',
    '{{< //alert >}}',
    '{{< figure / src="a" >}}',
    '{{< !x >}}',
    '{{< /alert a >}}',
    '{{< figure src="a >}}',
    '{{< figure "a >}}',
    '{{< figure `a >}}',
    '{{< figure src="a.png title="x" >}}',
    '{{< figure src="a" b >}}',
    '{{< x a b="c" >}}',
    '{{< x a=b ! >}}',
    '{{<  >}}',
    '{{% alert note %}}\nx',
    '{{< figure src="a" />}}',
    '{{< /figure >}}',
    '{{< /alert >}}'
  ])('%j is reported as a code of the table with its parameters', (text) => {
    const diagnostics = parseShortcodes(text, 0).diagnostics
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) {
      expect(isCheckMessageCode(d.code), d.code).toBe(true)
      expect(d.code === d.rule || d.code.startsWith(d.rule + '.')).toBe(true)
      expect(checkMessage(d.code, d.params)).toBe(d.message)
      expect(d.message).not.toMatch(/\{\w+\}/)
    }
  })
})

describe('the front matter reader’s words', () => {
  it.each([
    ['YAML', '---\ntitle: [oops\n---\n'],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n'],
    ['unclosed', '---\ntitle: a\n'],
    ['TOML', '+++\ntitle = \n+++\n'],
    ['JSON', '{\n"title": \n}\n'],
    ['not a map', '---\n- a\n---\n']
  ])('%s: a code of the table, its English sentence as the detail', (_name, text) => {
    const { diagnostics } = readFrontMatter(text)
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) {
      expect(isCheckMessageCode(d.code), d.rule).toBe(true)
      expect(checkMessage(d.code as never, d.params)).toBe(d.message)
    }
  })
})

describe('checkEpisode', () => {
  it('gives each finding its code and parameters beside the English words', () => {
    const text = episode(GOOD_FM.replace('title: "#7 Soldering at midnight"', 'title: ""'), '## Kits\n\n{{< figure src="mixer.png" >}}\n\n{{% alert note %}}\nUnclosed.\n')
    const found = checkEpisode(text, { now: NOW, bundleFiles: ['kato/mixer.png'], headingIds: [] })
    const byRule = Object.fromEntries(found.map((d) => [d.rule, [d.code, d.params]]))
    expect(byRule).toEqual({
      'title-missing': ['title-missing.empty', {}],
      'figure-missing-image': ['figure-missing-image.figure-guess', { src: 'mixer.png', guess: 'kato/mixer.png' }],
      'bundle-file-unused': ['bundle-file-unused', { file: 'kato/mixer.png' }],
      'shortcode-unclosed': ['shortcode-unclosed', { name: 'alert', closing: '{{% /alert %}}' }]
    })
    const title = found.find((d) => d.rule === 'title-missing')!
    expect(title.fix).toMatchObject({ label: 'Use the first heading as title: "Kits"', code: 'title-missing.heading', params: { heading: 'Kits' } })
  })
})
