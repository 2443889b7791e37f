// Every finding has a stable code and parameters: each rule has its messages in the table, the English text can be
// read back into code and parameters (the window translates from those), and the shortcode parser's own words are
// all known to the table.
import { describe, expect, it } from 'vitest'
import { checkEpisode, checkRules } from '../../../src/shared/checks'
import {
  checkFixes,
  checkMessage,
  checkMessages,
  codesOf,
  fillTemplate,
  readCheckMessage,
  readFixLabel,
  type CheckFixCode,
  type CheckMessageCode
} from '../../../src/shared/checks/messages'
import { parseShortcodes } from '../../../src/shared/shortcodes/parse'
import { episode, GOOD_FM, NOW } from './helpers'

const ruleOf = (code: string) => code.split('.')[0]
// Values that look like the words around them: quotes, parentheses, colons, a full stop, Japanese.
const tricky = ['a.png', 'kato/Untitled 1.png', 'say "hi" (now): ok.', '#35 はじめまして', '']

describe('the message table', () => {
  it('has messages for every check', () => {
    for (const rule of checkRules) expect(codesOf(checkMessages, rule.id), rule.id).not.toEqual([])
  })

  it.each(Object.keys(checkMessages) as CheckMessageCode[])('%s reads back into its code and parameters', (code) => {
    const names = [...checkMessages[code].matchAll(/\{(\w+)\}/g)].map((m) => m[1])
    for (const value of tricky) {
      const params = Object.fromEntries(names.map((n) => [n, value]))
      const text = checkMessage(code, params)
      if (code.endsWith('.other')) continue // the fallback: any text at all
      expect(readCheckMessage(ruleOf(code), text)).toEqual({ code, params })
    }
  })

  it.each(Object.keys(checkFixes) as CheckFixCode[])('the fix %s reads back too', (code) => {
    const names = [...checkFixes[code].matchAll(/\{(\w+)\}/g)].map((m) => m[1])
    const params = Object.fromEntries(names.map((n) => [n, 'say "hi" (now).']))
    expect(readFixLabel(ruleOf(code), fillTemplate(checkFixes[code], params))).toEqual({ code, params })
  })

  it('does not take one rule’s words for another’s', () => {
    expect(readCheckMessage('title-missing', checkMessage('summary-empty'))).toBeNull()
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
  ])('%j is a known message with parameters, not the fallback', (text) => {
    const diagnostics = parseShortcodes(text, 0).diagnostics
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) {
      const read = readCheckMessage(d.rule, d.message)
      expect(read, d.message).not.toBeNull()
      expect(read!.code.endsWith('.other')).toBe(false)
      expect(checkMessage(read!.code, read!.params)).toBe(d.message)
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
