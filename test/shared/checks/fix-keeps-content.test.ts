// A quick fix removes only what its rule proved empty: list items whose whole text is inline code, a link, a
// shortcode, HTML… are notes, not template leftovers, and a fix never takes the text beside what it removes.
import { describe, expect, it } from 'vitest'
import type { CheckDiagnostic } from '../../../src/shared/checks/types'
import { applyFix, episode, GOOD_FM, run as runAll } from './helpers'

const run = (text: string, rule: string) => runAll(text, rule) as CheckDiagnostic[]

const emptyItems = (body: string) => run(episode(GOOD_FM, body), 'template-placeholder').filter((d) => d.code === 'template-placeholder.empty-item')

describe('empty list items', () => {
  it.each([
    ['inline code', '- `env`\n- `PATH`\n'],
    ['inline code, numbered', '1. `env`\n2. `PATH`\n'],
    ['a link', '- [Hugo](https://gohugo.io)\n'],
    ['an image', '- ![cover](cover.png)\n'],
    ['a shortcode', '- {{< figure src="a.png" title="A" >}}\n'],
    ['a % shortcode', '* {{% alert note %}}Hi{{% /alert %}}\n'],
    ['raw HTML', '- <b>bold</b>\n'],
    ['an HTML comment', '- <!-- say hello -->\n'],
    ['emphasis only', '- *aside*\n- **loud**\n'],
    ['Japanese', '- 日本語の話題\n- `設定`\n'],
    ['nested items under code', '- `env`\n  - `HOME`\n    - `PATH`\n'],
    ['an item whose text starts on the next line', '-\n  `env`\n'],
    ['a lone dash under a shortcode line (a setext underline)', '{{< youtube abc >}}\n-\n'],
    ['a dash inside a fenced code block', '```\n-\n```\n']
  ])('%s is not an empty item', (_name, body) => {
    expect(emptyItems(body)).toEqual([])
  })

  it.each([
    ['a bare dash', '## Topics\n\n- \n', 1],
    ['a bare star after a real item', '* Solder\n*\n', 1],
    ['a numbered item with nothing after it', '1. First\n2.\n', 1],
    ['an empty nested item', '- Solder\n  - \n', 1],
    ['empty items beside code items', '- `env`\n- \n- `PATH`\n-\n', 2],
    ['Japanese list with an empty item', '- 日本語\n- \n', 1]
  ])('%s is an empty item', (_name, body, count) => {
    expect(emptyItems(body)).toHaveLength(count)
  })

  it('removes only the empty line, never the code items beside it', () => {
    const text = episode(GOOD_FM, '- `env`\n- \n- `PATH`\n')
    const [d] = emptyItems('- `env`\n- \n- `PATH`\n')
    expect(applyFix(text, d.fix!.changes)).toBe(episode(GOOD_FM, '- `env`\n- `PATH`\n'))
  })
})

describe('other fixes keep what they did not prove empty', () => {
  it('removes a player comment that shares its line with text, keeping the text', () => {
    const text = episode(GOOD_FM, 'Listen below. <!-- Player: paste here --> Enjoy.\n')
    const [d] = run(text, 'template-placeholder').filter((x) => x.code?.startsWith('template-placeholder.player'))
    expect(applyFix(text, d.fix!.changes)).toBe(episode(GOOD_FM, 'Listen below.  Enjoy.\n'))
  })

  it('removes a player comment alone on its lines with its lines', () => {
    const text = episode(GOOD_FM, '<!-- Player:\npaste here -->\nText.\n')
    const [d] = run(text, 'template-placeholder').filter((x) => x.code?.startsWith('template-placeholder.player'))
    expect(applyFix(text, d.fix!.changes)).toBe(episode(GOOD_FM, 'Text.\n'))
  })

  it('keeps an empty link\'s text when it is inline code, and offers nothing when the link has a title', () => {
    const text = episode(GOOD_FM, 'See [`env`]() and [docs](<> "the docs").\n')
    const [code, titled] = run(text, 'link-empty')
    expect(applyFix(text, code.fix!.changes)).toBe(episode(GOOD_FM, 'See `env` and [docs](<> "the docs").\n'))
    expect(titled.fix).toBeUndefined()
  })

  it('takes a heading with inline code whole as the missing title', () => {
    const text = episode('date: 2025-05-01', '# Using `env` at home\n')
    const [d] = run(text, 'title-missing')
    expect(d.fix?.params).toEqual({ heading: 'Using `env` at home' })
  })
})
