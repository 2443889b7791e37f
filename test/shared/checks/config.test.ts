import { describe, expect, it } from 'vitest'
import { allRuleIds, checkEpisode, defaultCheckConfig, parseCheckConfig } from '../../../src/shared/checks'
import { episode, NOW } from './helpers'

describe('parseCheckConfig (.shownotes.yaml)', () => {
  it('reads rules, summary limit, hosts, shortcodes, placeholders and the link check switch', () => {
    const { config, diagnostics } = parseCheckConfig(
      ['# our site', 'summaryLimit: 200', 'rules:', '  summary-empty: off', '  bundle-file-unused: warning', '  link-empty: false', '  link-redirected: info',
        'iframeHosts: [player.example.com]', 'shortcodes: [sponsor, guest]', 'placeholders: [XXX]', 'links: true', 'chaptersJson: true'].join('\n'), allRuleIds)
    expect(diagnostics).toEqual([])
    expect(config).toEqual({
      links: true,
      rules: { 'summary-empty': 'off', 'bundle-file-unused': 'warning', 'link-empty': 'off', 'link-redirected': 'info' },
      summaryLimit: 200,
      iframeHosts: ['player.example.com'],
      shortcodes: ['sponsor', 'guest'],
      shortcodeSets: ['hugo', 'academic'],
      placeholders: ['XXX'],
      chaptersJson: true
    })
  })

  it.each([
    ['an empty file', '', []],
    ['bad YAML', 'rules: [', ['error']],
    ['a list at the root', '- a', ['error']],
    ['a misspelt rule id', 'rules:\n  sumary-empty: off', ['warning']],
    ['a bad severity', 'rules:\n  summary-empty: loud', ['error']],
    ['a negative limit', 'summaryLimit: -3', ['error']],
    ['a limit as text', 'summaryLimit: "160"', ['error']],
    ['hosts as a string', 'iframeHosts: player.example.com', ['error']],
    ['chaptersJson as text', 'chaptersJson: "yes"', ['error']],
    ['an unknown setting', 'colour: blue', ['warning']],
    ['links as a word', 'links: yes please', ['error']]
  ])('%s → %j', (_name, text, severities) => {
    const { config, diagnostics } = parseCheckConfig(text, allRuleIds)
    expect(diagnostics.map((d) => d.severity)).toEqual(severities)
    // A bad value never stops the checks: the default stays.
    if (severities.includes('error')) expect(config.summaryLimit).toBe(defaultCheckConfig.summaryLimit)
  })

  it('places a problem on the offending value, with a sentence a person understands', () => {
    const text = 'summaryLimit: 120\nrules:\n  summary-empty: loud\n'
    const [d] = parseCheckConfig(text, allRuleIds).diagnostics
    expect(d).toMatchObject({ line: 3, column: 18, rule: 'check-config' })
    expect(d.message).toBe('The rule "summary-empty" is set to "loud"; use off, error, warning or info.')
  })
})

describe('the config applied by checkEpisode', () => {
  const text = episode('title: ""\ndate: 2025-05-01', '[x]()\n')
  const rules = (config = {}) => checkEpisode(text, { now: NOW, headingIds: [], config }).map((d) => `${d.rule}:${d.severity}`)

  it('reports every rule at its default severity', () => {
    expect(rules()).toEqual(['summary-empty:warning', 'title-missing:error', 'link-empty:warning'])
  })

  it('turns rules off and changes severities', () => {
    expect(rules({ rules: { 'summary-empty': 'off', 'title-missing': 'warning', 'link-empty': 'error' } })).toEqual(['title-missing:warning', 'link-empty:error'])
  })

  it('applies settings to the front matter reader\'s own diagnostics too', () => {
    const broken = episode('title: [a', 'Body\n')
    const severities = (config = {}) => checkEpisode(broken, { now: NOW, headingIds: [], config }).filter((d) => d.rule === 'front-matter-syntax').map((d) => d.severity)
    expect(severities()).toContain('error')
    expect(severities({ rules: { 'front-matter-syntax': 'off' } })).toEqual([])
  })
})
