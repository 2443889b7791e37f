// The link scan on random and hostile bracket soups: it finds exactly the links the straightforward scan it
// replaced found (a bracket match from each `[`, kept below as the reference), stops nesting parentheses in a
// destination where markdown-it does, and a line of thousands of `[a](` is read in one pass.
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { scanBody } from '../../../src/shared/checks/body-refs'

const links = (body: string) => scanBody(body, 0, []).refs.filter((r) => r.kind === 'link' || r.kind === 'image').map((r) => [r.kind, r.from, r.to, r.urlFrom, r.urlTo])

describe('the link scan', () => {
  it('finds the links of random bracket soups as the reference scan does', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '!', '\\', ' ', '\n', '\n\n', 'a', '"', "'", '<', '>', '[a](b)', '![i](p.png)', '](', '[x]')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (body) => {
        expect(links(body)).toEqual(referenceLinks(body))
      }),
      { numRuns: 2000 }
    )
  })

  it.each([30, 31, 32, 33, 34, 40])('takes a destination with %i nested parentheses as a link only when markdown-it does', (depth) => {
    const body = `[a](x${'('.repeat(depth)}y${')'.repeat(depth)})`
    const md = new MarkdownIt().render(body).includes('<a href=')
    expect(links(body).length > 0).toBe(md)
  })

  it('reads a line of 30,000 "[a](" with no link in it', () => {
    expect(links('[a]('.repeat(30_000))).toEqual([])
    expect(links('['.repeat(30_000) + '![i](p.png)' + '](c)'.repeat(30_000))).toHaveLength(30_001)
  })
})

// The scan as it was before it was made linear: each `[` matched by scanning forward from it.
function referenceLinks(s: string): (string | number)[][] {
  const out: (string | number)[][] = []
  for (let open = s.indexOf('['); open !== -1; open = s.indexOf('[', open + 1)) {
    if (isEscaped(s, open)) continue
    const close = matchingBracket(s, open)
    if (close === -1 || s[close + 1] !== '(') continue
    const dest = readDestination(s, close + 2)
    if (!dest) continue
    const image = open > 0 && s[open - 1] === '!' && !isEscaped(s, open - 1)
    out.push([image ? 'image' : 'link', image ? open - 1 : open, dest.end, dest.urlFrom, dest.urlTo])
    if (!image) open = s.slice(open + 1, close).includes('![') ? open : close
  }
  return out.sort((a, b) => (a[1] as number) - (b[1] as number))
}

function isEscaped(s: string, at: number): boolean {
  let n = 0
  for (let i = at - 1; i >= 0 && s[i] === '\\'; i--) n++
  return n % 2 === 1
}

function matchingBracket(s: string, open: number): number {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === '[') depth++
    else if (c === ']' && --depth === 0) return i
    else if (c === '\n' && /^[ \t\r]*(\n|$)/.test(s.slice(i + 1))) return -1
  }
  return -1
}

function readDestination(s: string, at: number): { urlFrom: number; urlTo: number; end: number } | null {
  let i = at
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++
  let urlFrom = i
  let urlTo: number
  if (s[i] === '<') {
    const gt = s.indexOf('>', i)
    if (gt === -1 || s.slice(i, gt).includes('\n')) return null
    urlFrom = i + 1
    urlTo = gt
    i = gt + 1
  } else {
    let depth = 0
    while (i < s.length && !/\s/.test(s[i])) {
      if (s[i] === '\\') i++
      else if (s[i] === '(' && ++depth > 32) return null
      else if (s[i] === ')') {
        if (depth === 0) break
        depth--
      }
      i++
    }
    urlTo = i
  }
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++
  const q = s[i]
  if (q === '"' || q === "'" || q === '(') {
    const end = s.indexOf(q === '(' ? ')' : q, i + 1)
    if (end === -1 || (q === '(' && /(^|[^\\])(\\\\)*\(/.test(s.slice(i + 1, end)))) return null
    i = end + 1
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++
  }
  if (s[i] !== ')') return null
  return { urlFrom, urlTo, end: i + 1 }
}
