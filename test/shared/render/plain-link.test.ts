// Plain links skip markdown-it's normalizeLink round trip: for every URL, ours gives what markdown-it's own gives —
// hand-picked edge cases, random URLs made of the characters that matter, and every link in the corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import markdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { isPlainLink, plainLinkPlugin } from '../../../src/shared/render/plain-link'
import { goldmarkMarkdown } from '../../../src/shared/render/markdown'

const theirs = markdownIt()
const ours = markdownIt().use(plainLinkPlugin)

describe('plain links', () => {
  it.each([
    'https://example.com',
    'https://example.com/',
    'http://example.com:8080/a/b?x=1&y=2#top',
    'https://ja.wikipedia.org/wiki/%E6%97%A5%E6%9C%AC',
    "https://example.com/a_(b)/c!d*e'f~g;h,i$j+k=l@m:n",
    'images/photo.jpg',
    '/about/',
    '#chapter-1',
    '?page=2'
  ])('%s is plain and stays as written', (url) => {
    expect(isPlainLink(url)).toBe(true)
    expect(theirs.normalizeLink(url)).toBe(url)
  })

  it.each([
    ['a Japanese host', 'https://日本.jp/'],
    ['a Japanese path', 'https://example.com/日本'],
    ['a space', 'https://example.com/a b'],
    ['brackets', 'https://example.com/[a]'],
    ['a broken escape', 'https://example.com/100%'],
    ['an upper-case scheme', 'HTTPS://example.com/'],
    ['another scheme', 'mailto:host@example.com'],
    ['a host-only relative URL', '//example.com/a'],
    ['user info', 'https://user@example.com/'],
    ['an empty port', 'https://example.com:/a'],
    ['a host name over 255 characters', 'https://' + `${'a'.repeat(60)}.`.repeat(5) + 'com/']
  ])('%s takes markdown-it’s own way', (_, url) => {
    expect(isPlainLink(url)).toBe(false)
    expect(ours.normalizeLink(url)).toBe(theirs.normalizeLink(url))
  })

  it('gives what markdown-it gives for any URL', () => {
    const piece = fc.constantFrom('https://', 'http://', 'HTTP://', '//', 'mailto:', 'a', 'Z', '0', '-', '.', ':', ':80', '/', '?', '#', '%', '%2F', '%zz', '@', ' ', '[', ']', "'", '(', ')', '日本', '\\', '|', '^', '`', '"', '<', '>', '{', '}', '+', '~', '_', '&', '=', 'xn--')
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const url = pieces.join('')
      expect(ours.normalizeLink(url)).toBe(theirs.normalizeLink(url))
    }), { numRuns: 5000 })
  })

  it('is what the renderer uses', () => {
    expect(goldmarkMarkdown().render('[a](https://日本.jp/) [b](https://example.com/x)')).toBe(theirs.render('[a](https://日本.jp/) [b](https://example.com/x)'))
  })
})

const corpus = resolve(__dirname, '../../../..', 'shared/corpus/episodes')
describe.skipIf(!existsSync(corpus))('plain links in the corpus', () => {
  it('every link and image URL of every episode normalizes as markdown-it normalizes it', () => {
    const urls = readdirSync(corpus).flatMap((d) =>
      readdirSync(join(corpus, d)).filter((f) => f.endsWith('.md')).flatMap((f) => [...readFileSync(join(corpus, d, f), 'utf8').matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1])))
    expect(urls.length).toBeGreaterThan(100)
    for (const url of urls) expect(ours.normalizeLink(url)).toBe(theirs.normalizeLink(url))
    // Most links are plain: the point of the shortcut.
    expect(urls.filter(isPlainLink).length / urls.length).toBeGreaterThan(0.5)
  })
})
if (!existsSync(corpus)) console.log(`test/shared/render/plain-link: ${corpus} is absent; skipping the corpus links.`)
