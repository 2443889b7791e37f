import { describe, expect, it } from 'vitest'
import type { CheckOptions } from '../../../src/shared/checks'
import { applyFix, episode, GOOD_FM, run } from './helpers'

const check = (body: string, rule: string, options: CheckOptions = {}) => run(episode(GOOD_FM, body), rule, options)

describe('shortcode problems', () => {
  it.each([
    ['a known shortcode', '{{< youtube abc >}}\n', 'shortcode-unknown', 0],
    ['a theme shortcode', '{{% alert note %}}Hi{{% /alert %}}\n', 'shortcode-unknown', 0],
    ['an unknown shortcode', '{{< sponsor name="Acme" >}}\n', 'shortcode-unknown', 1],
    ['a site shortcode from the config', '{{< sponsor name="Acme" >}}\n', 'shortcode-unknown', 0, { config: { shortcodes: ['sponsor'] } }],
    ['an unclosed alert', '{{% alert note %}}\nHi\n', 'shortcode-unclosed', 1],
    ['a stray closing tag', 'Hi {{< /spoiler >}}\n', 'shortcode-mismatched', 1],
    ['an unreadable tag', '{{< figure src="a.png >}}\n', 'shortcode-syntax', 1],
    ['an escaped shortcode', '{{</* sponsor */>}}\n', 'shortcode-unknown', 0]
  ] as [string, string, string, number, CheckOptions?][])('%s → %s ×%i', (_name, body, rule, count, options = {}) => {
    expect(check(body, rule, options)).toHaveLength(count)
  })

  it('suggests the known name for a typo and renames both tags', () => {
    const text = episode(GOOD_FM, '{{< spoilr text="Answer" >}}42{{< /spoilr >}}\n')
    const [d] = run(text, 'shortcode-unknown')
    expect(d.severity).toBe('warning')
    expect(d.message).toContain('Did you mean "spoiler"?')
    expect(applyFix(text, d.fix!.changes)).toContain('{{< spoiler text="Answer" >}}42{{< /spoiler >}}')
  })

  it('keeps the parser\'s message and place for broken tags', () => {
    const text = episode(GOOD_FM, 'Intro\n\n{{% alert note %}}\nHi\n')
    const [d] = run(text, 'shortcode-unclosed')
    expect(d.severity).toBe('error')
    expect(text.slice(d.from, d.to)).toBe('{{% alert note %}}')
    expect(d.message).toMatch(/never closed/)
  })
})

describe('link-anchor-missing', () => {
  it.each([
    ['a link to a heading', '[see](#gear)\n', ['gear'], 0],
    ['a link to no heading', '[see](#geer)\n', ['gear', 'links'], 1],
    ['a Japanese heading id, percent-encoded', '[話](#%E8%A9%B1%E3%81%97%E3%81%9F%E3%81%93%E3%81%A8)\n', ['話したこと'], 0],
    ['an id in raw HTML', '<a id="qa"></a>\n\n[Q&A](#qa)\n', [], 0],
    ['a footnote reference', '[back](#fnref:1)\n', [], 0],
    ['a raw <a href="#…">', '<a href="#nowhere">x</a>\n', [], 1],
    ['a reference definition', '[x][y]\n\n[y]: #nowhere\n', [], 1],
    ['a link in code', '`[see](#nowhere)`\n', [], 0],
    ['a link to another page', '[see](../0008/#gear)\n', [], 0]
  ])('%s → %i', (_name, body, headingIds, count) => {
    expect(check(body, 'link-anchor-missing', { headingIds })).toHaveLength(count)
  })

  it('offers the heading it probably meant', () => {
    const text = episode(GOOD_FM, '[see](#geer)\n')
    const [d] = run(text, 'link-anchor-missing', { headingIds: ['gear', 'links'] })
    expect(d.message).toBe('No heading on this page has the id "geer", so the link "#geer" goes nowhere. Did you mean "#gear"?')
    expect(applyFix(text, d.fix!.changes)).toContain('[see](#gear)')
  })
})

describe('link-empty', () => {
  it.each([
    ['a link', '[site](https://example.org)\n', 0],
    ['an empty link', '[PR TIMES]()\n', 1],
    ['an empty link with <>', '[x](<>)\n', 1],
    ['an empty image', '![cover]()\n', 1],
    ['an empty link across lines', '[two\nlines]()\n', 1],
    ['in a code fence', '~~~\n[x]()\n~~~\n', 0],
    ['escaped brackets', '\\[x\\]()\n', 0]
  ])('%s → %i', (_name, body, count) => {
    expect(check(body, 'link-empty')).toHaveLength(count)
  })

  it('keeps the text as a fix', () => {
    const text = episode(GOOD_FM, '- Read [the release notes]() first\n')
    const [d] = run(text, 'link-empty')
    expect(d.message).toBe('The link "the release notes" has no address: readers click and nothing happens. Add the URL between the parentheses, or remove the link.')
    expect(applyFix(text, d.fix!.changes)).toContain('- Read the release notes first\n')
  })
})

describe('iframe-unknown-host', () => {
  const iframe = (src: string) => `<iframe src="${src}" height="102px" width="400px" frameborder="0" scrolling="no"></iframe>\n`
  it.each([
    ['anchor.fm', iframe('https://anchor.fm/show/embed/episodes/ep-1'), 0],
    ['Spotify', iframe('https://open.spotify.com/embed/episode/abc'), 0],
    ['YouTube no-cookie', iframe('https://www.youtube-nocookie.com/embed/abc'), 0],
    ['an unknown host', iframe('https://player.example.com/e/1'), 1],
    ['an unknown host allowed by the config', iframe('https://player.example.com/e/1'), 0, { config: { iframeHosts: ['player.example.com'] } }],
    ['a javascript: URL', iframe('javascript:alert(1)'), 1],
    ['a host that only ends like a known one', iframe('https://evilanchor.fm/x'), 1],
    ['an iframe inside a comment', '<!-- ' + iframe('https://x.example/') + ' -->\n', 0]
  ] as [string, string, number, CheckOptions?][])('%s → %i', (_name, body, count, options = {}) => {
    expect(check(body, 'iframe-unknown-host', options)).toHaveLength(count)
  })

  it('names the host and where to allow it', () => {
    const text = episode(GOOD_FM, iframe('https://player.example.com/e/1'))
    const [d] = run(text, 'iframe-unknown-host')
    expect(text.slice(d.from, d.to)).toBe('https://player.example.com/e/1')
    expect(d.message).toContain('"player.example.com"')
    expect(d.message).toContain('iframeHosts in .shownotes.yaml')
  })
})

describe('template-placeholder', () => {
  it.each([
    ['finished notes', '## Topics\n\n- Solder\n- Flux\n', 0],
    ['the archetype\'s player comment', '<!-- Player: paste the episode\'s embed code here. -->\n\n## Notes\n', 1],
    ['the built-in template\'s comment', '<!-- Paste the player\'s embed code here (anchor.fm, Spotify, YouTube …). -->\n', 1],
    ['another comment', '<!-- recorded at home -->\n', 0],
    ['a Go template action in the body', 'Episode {{ .Name }}\n', 1],
    ['TODO in the text', '- TODO: add links\n', 1],
    ['todo in lower case (a word)', '- my todo app\n', 0],
    ['TODO inside code', '```\n// TODO\n```\n', 0],
    ['Coming Soon', 'Coming Soon\n', 1],
    ['an empty list item', '## Topics\n\n- \n', 1],
    ['an empty numbered item', '1. First\n2.\n', 1],
    ['a setext underline is not a list item', 'Title\n-\n', 0],
    ['an item whose text starts on the next line', '-\n  text\n', 0]
  ])('%s → %i', (_name, body, count) => {
    expect(check(body, 'template-placeholder')).toHaveLength(count)
  })

  it('finds template actions in front matter, not in its comments', () => {
    const text = episode('title: "{{ replace .Name "-" " " | title }}"\n# date_end: {{ .Date }}\ndate: 2025-05-01', 'Notes.\n')
    const list = run(text, 'template-placeholder')
    expect(list).toHaveLength(1)
    expect(text.slice(list[0].from, list[0].to)).toBe('{{ replace .Name "-" " " | title }}')
  })

  it('finds placeholder words in front matter values', () => {
    const [d] = run(episode(GOOD_FM.replace(/summary: .*/, 'summary: TBD'), 'Notes.\n'), 'template-placeholder')
    expect(d.message).toBe('summary: "TBD" is still in the notes: the episode looks unfinished. Write the text or remove it.')
  })

  it('uses the site\'s own placeholder words', () => {
    expect(check('XXX fill in\n', 'template-placeholder', { config: { placeholders: ['XXX'] } })).toHaveLength(1)
    expect(check('TODO\n', 'template-placeholder', { config: { placeholders: ['XXX'] } })).toHaveLength(0)
  })

  it('removes the player comment and empty items as fixes', () => {
    const text = episode(GOOD_FM, '<!-- Player: paste here. -->\n\n## Topics\n\n- Flux\n- \n')
    const list = run(text, 'template-placeholder')
    expect(list.map((d) => d.fix?.label)).toEqual(['Remove the comment', 'Remove the empty list item'])
    let fixed = applyFix(text, list[1].fix!.changes)
    fixed = applyFix(fixed, list[0].fix!.changes)
    expect(fixed.endsWith('---\n\n\n## Topics\n\n- Flux\n')).toBe(true)
    expect(run(fixed, 'template-placeholder')).toEqual([])
  })
})

describe('anchors from the rendered page', () => {
  it('knows Hugo heading ids (Japanese, duplicates, {#id}) without being told', async () => {
    const { checkEpisode } = await import('../../../src/shared/checks')
    const text = episode(GOOD_FM, '## 話したこと\n\n## Links\n\n## Links\n\n## Gear {#kit}\n\n[a](#話したこと) [b](#links-1) [c](#kit) [d](#gear)\n')
    const found = checkEpisode(text, { now: new Date('2025-06-01T00:00:00Z') }).filter((d) => d.rule === 'link-anchor-missing')
    expect(found.map((d) => text.slice(d.from, d.to))).toEqual(['#gear'])
  })
})
