// The shortcode parser on random and hostile tag soups: it never throws, never nests deeper than its limit, and
// pairs tags exactly as the straightforward (quadratic) pairing it replaced, kept below as the reference.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shortcodeInfo } from '../../../src/shared/shortcodes/catalog'
import { checkMessage } from '../../../src/shared/checks/messages'
import { lexTag, type LexedShortcodeTag } from '../../../src/shared/shortcodes/lex-tag'
import { maxShortcodeDepth, parseShortcodes, walkShortcodes } from '../../../src/shared/shortcodes/parse'
import type { BrokenShortcode, ShortcodeItem, ShortcodeNode, ShortcodeProblem } from '../../../src/shared/shortcodes/types'
import { checkEpisode } from '../../../src/shared/checks/check-episode'
import { renderEpisode } from '../../../src/shared/render/render-episode'

const piece = fc.constantFrom(
  '{{< alert note >}}', '{{< /alert >}}', '{{% alert %}}', '{{% /alert %}}', '{{< box >}}', '{{< /box >}}', '{{< sponsor >}}',
  '{{< figure src="a.png" >}}', '{{< /figure >}}', '{{< figure src="b.png" />}}', '{{< spoiler text="x" >}}', '{{< /spoiler >}}',
  '{{</* alert */>}}', '{{< "broken >}}', '{{< /box x >}}', 'text ', '\n', '\n\n- item '
)
const soup = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''))

function depthOf(items: ShortcodeItem[]): number {
  let deepest = 0
  walkShortcodes(items, (_n, depth) => (deepest = Math.max(deepest, depth + 1)))
  return deepest
}

describe('shortcode pairing', () => {
  it('pairs random tag soups as the reference pairing does', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const parsed = parseShortcodes(text)
        expect(parsed.items).toEqual(referenceParse(text))
        const froms = parsed.diagnostics.map((d) => d.from)
        expect(froms).toEqual([...froms].sort((a, b) => a - b))
      }),
      { numRuns: 500 }
    )
  })

  it.each([
    ['nested alerts', (n: number) => '{{< alert note >}}\n'.repeat(n) + '{{< /alert >}}\n'.repeat(n)],
    ['nested unknown pairs', (n: number) => '{{< box >}}'.repeat(n) + 'x' + '{{< /box >}}'.repeat(n)],
    ['unclosed unknown shortcodes', (n: number) => '{{< sponsor >}}\n'.repeat(n)],
    ['closing tags with no opening', (n: number) => '{{< x >}}'.repeat(n) + '{{< /y >}}'.repeat(n)]
  ])('%s, 5,000 deep: parsed, checked and rendered without overflowing the stack', (_name, make) => {
    const text = '---\ntitle: "#1"\n---\n' + make(5000)
    const parsed = parseShortcodes(text)
    expect(depthOf(parsed.items)).toBeLessThanOrEqual(maxShortcodeDepth)
    expect(() => checkEpisode(text)).not.toThrow()
    expect(renderEpisode(text).html.length).toBeGreaterThan(0)
  })

  it('reports pairs nested past the limit as shortcode-too-deep, and pairs the ones within it', () => {
    const n = maxShortcodeDepth + 3
    const text = '---\ntitle: "#1"\n---\n' + '{{< alert note >}}\n'.repeat(n) + 'deep\n' + '{{< /alert >}}\n'.repeat(n)
    const parsed = parseShortcodes(text)
    expect(depthOf(parsed.items)).toBe(maxShortcodeDepth)
    const tooDeep = checkEpisode(text).filter((d) => d.rule === 'shortcode-too-deep')
    expect(tooDeep).toHaveLength(6) // three outermost pairs: opening and closing tag each
    expect(tooDeep[0]).toMatchObject({ line: 4, code: 'shortcode-too-deep', params: { limit: String(maxShortcodeDepth), name: 'alert' } })
    expect(renderEpisode(text).html).toContain('data-rule="shortcode-too-deep"')
  })
})

// The pairing as it was before it was made linear (a frame per open tag, children copied up when unwound).

type OpenTag = LexedShortcodeTag
interface Frame {
  tag: OpenTag
  children: ShortcodeItem[]
}

const tagStart = /\{\{[<%]/g
const tagText = (delimiter: string, inside: string) => (delimiter === '<' ? `{{< ${inside} >}}` : `{{% ${inside} %}}`)
const takesInner = (name: string): boolean | undefined => shortcodeInfo(name)?.paired

/**
 * Parses the shortcodes of `text` from offset `from` (the start of the body; front matter is never scanned).
 * Offsets in the result are offsets into `text`.
 */
function referenceParse(text: string, from = 0): ShortcodeItem[] {
  const root: ShortcodeItem[] = []
  const stack: Frame[] = []
  const broken: BrokenShortcode[] = []
  const top = () => (stack.length ? stack[stack.length - 1].children : root)

  const single = (tag: OpenTag): ShortcodeNode => ({
    type: 'shortcode',
    name: tag.name,
    delimiter: tag.delimiter,
    params: tag.params,
    from: tag.from,
    to: tag.to,
    tagFrom: tag.from,
    tagTo: tag.to,
    selfClosing: tag.selfClosing
  })
  const brokenItem = (b: Omit<BrokenShortcode, 'type' | 'message'>): BrokenShortcode => {
    const item: BrokenShortcode = { type: 'broken', ...b, message: checkMessage(b.problem.code, b.problem.params) }
    broken.push(item)
    return item
  }
  // A frame that turned out not to be paired: its tag stands alone and its children follow it in the parent.
  const unwind = (frame: Frame) => {
    const parent = top()
    if (takesInner(frame.tag.name) === true) {
      parent.push(
        brokenItem({
          from: frame.tag.from,
          to: frame.tag.to,
          rule: 'shortcode-unclosed',
          name: frame.tag.name,
          problem: { code: 'shortcode-unclosed', params: { name: frame.tag.name, closing: tagText(frame.tag.delimiter, '/' + frame.tag.name) } }
        })
      )
    } else {
      parent.push(single(frame.tag))
    }
    parent.push(...frame.children)
  }

  tagStart.lastIndex = from
  for (let m = tagStart.exec(text); m; m = tagStart.exec(text)) {
    const tag = lexTag(text, m.index)
    tagStart.lastIndex = tag.to
    if (tag.kind === 'escaped') {
      top().push({ type: 'escaped', from: tag.from, to: tag.to, literal: tag.literal })
    } else if (tag.kind === 'error') {
      top().push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-syntax', problem: tag.problem, name: tag.name }))
    } else if (tag.kind === 'open') {
      if (tag.selfClosing && takesInner(tag.name) === false) {
        top().push(single(tag))
        top().push(
          brokenItem({
            from: tag.to - 3,
            to: tag.to,
            rule: 'shortcode-mismatched',
            name: tag.name,
            problem: { code: 'shortcode-mismatched.self-closed', params: { name: tag.name, tag: tagText(tag.delimiter, tag.name + ' …') } }
          })
        )
      } else if (tag.selfClosing || takesInner(tag.name) === false) {
        top().push(single(tag))
      } else {
        stack.push({ tag, children: [] })
      }
    } else {
      const at = stack.findLastIndex((f) => f.tag.name === tag.name)
      if (at === -1) {
        const problem: ShortcodeProblem = takesInner(tag.name) === false
          ? { code: 'shortcode-mismatched.no-content', params: { name: tag.name } }
          : { code: 'shortcode-mismatched.no-opening', params: { closing: tagText(tag.delimiter, '/' + tag.name), opening: tagText(tag.delimiter, tag.name) } }
        top().push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-mismatched', name: tag.name, problem }))
        continue
      }
      while (stack.length - 1 > at) unwind(stack.pop()!)
      const frame = stack.pop()!
      const node = single(frame.tag)
      node.to = tag.to
      node.inner = { from: frame.tag.to, to: tag.from, children: frame.children }
      node.close = { from: tag.from, to: tag.to }
      top().push(node)
    }
  }
  while (stack.length) unwind(stack.pop()!)

  return root
}
