// A page title as Markdown link text: what would break the link, start emphasis, code, HTML or a shortcode is escaped.
import { describe, expect, it } from 'vitest'
import MarkdownIt from 'markdown-it'
import { linkTextOf, markdownLink, TITLE_LIMIT } from '../../../src/shared/links/link-text'

describe('linkTextOf', () => {
  it.each([
    ['Plain title', 'Plain title'],
    ['[Draft] *Important* _news_', '\\[Draft\\] \\*Important\\* \\_news\\_'],
    ['Use `npm` <b>now</b>', 'Use \\`npm\\` \\<b\\>now\\</b\\>'],
    ['a | b \\ c', 'a \\| b \\\\ c'],
    ['Hugo {{< figure >}} docs', 'Hugo \\{\\{\\< figure \\>}} docs'],
    ['  line\nbreak\ttab ', 'line break tab'],
    ['日本語のタイトル', '日本語のタイトル']
  ])('%s', (title, expected) => expect(linkTextOf(title)).toBe(expected))

  it('renders back to the title as the link text', () => {
    const md = new MarkdownIt()
    const title = '[x] *y* _z_ `c` <i> a|b \\ end'
    const html = md.renderInline(markdownLink(linkTextOf(title), 'https://example.com/'))
    expect(html).toBe('<a href="https://example.com/">[x] *y* _z_ `c` &lt;i&gt; a|b \\ end</a>')
  })

  it('cuts a very long title at a word', () => {
    const text = linkTextOf('word '.repeat(100))
    expect(text.length).toBeLessThanOrEqual(TITLE_LIMIT + 1)
    expect(text.endsWith('word…')).toBe(true)
  })

  it('writes a URL with spaces or parentheses in <…>', () => {
    expect(markdownLink('x', 'https://en.wikipedia.org/wiki/Hugo_(software)')).toBe('[x](<https://en.wikipedia.org/wiki/Hugo_(software)>)')
  })
})
