// Front matter over the real show notes in ../shared/corpus: byte-exact round trip, no-op edits change nothing,
// and setting the summary changes only the summary's lines. Skipped (with a message) when the corpus is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/shared/document'
import { readFrontMatter, setField } from '../../src/shared/front-matter'

const corpus = resolve(__dirname, '../../..', 'shared/corpus')
const episodesDir = join(corpus, 'episodes')
const present = existsSync(episodesDir)
if (!present) console.warn(`front matter corpus tests skipped: ${episodesDir} is absent`)

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
  })
}

const files = present ? markdownFiles(episodesDir).sort() : []

/** Lines of `after` that are not in `before`, found by trimming the common head and tail. */
function changedRegion(before: string, after: string): { removed: string[]; added: string[]; at: number } {
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail), at: head + 1 }
}

describe.skipIf(!present)('front matter over the corpus', () => {
  it('finds episodes', () => expect(files.length).toBeGreaterThan(10))

  for (const file of files) {
    const name = relative(episodesDir, file)
    const text = readFileSync(file, 'utf8')

    describe(name, () => {
      it('splits and rejoins byte-exact, and reads without errors', () => {
        const split = splitDocument(text)
        expect(split.frontMatter).not.toBeNull()
        expect(text.slice(0, split.bodyFrom) + split.body).toBe(text)
        expect(text.slice(split.frontMatter!.contentFrom, split.frontMatter!.contentTo)).toBe(split.frontMatter!.text)
        const fm = readFrontMatter(text)
        expect(fm.diagnostics).toEqual([])
        expect(fm.data).not.toBeNull()
      })

      it('setting every top-level field to its own value changes nothing', () => {
        const fields = readFrontMatter(text).fields.filter((f) => f.path.length === 1)
        expect(fields.length).toBeGreaterThan(0)
        for (const f of fields) expect(setField(text, f.path, f.value), f.key).toBe(text)
      })

      it('setting the summary changes only the summary', () => {
        const fm = readFrontMatter(text)
        const summary = fm.fields.find((f) => f.key === 'summary' && f.path.length === 1)
        const next = setField(text, 'summary', 'A new summary: 新しい概要 #1')
        const { removed, added, at } = changedRegion(text, next)
        if (summary) {
          // Only the summary's own lines were replaced, by one line.
          const lastLine = summary.line + text.slice(summary.from, summary.to).split('\n').length - 1
          expect(at).toBe(summary.line)
          expect(removed.length).toBe(lastLine - summary.line + 1)
          expect(added).toHaveLength(1)
        } else if (fm.format === 'json') {
          // JSON needs a comma after the member before it: that line gains one character.
          expect(removed).toHaveLength(1)
          expect(added).toEqual([removed[0] + ',', expect.stringMatching(/^\s*"summary": /)])
          added.shift()
        } else {
          expect(removed).toEqual([])
          expect(added).toHaveLength(1)
        }
        expect(added[0]).toMatch(/^\s*"?summary"? ?[:=] ?"A new summary: 新しい概要 #1"$/)
        const after = readFrontMatter(next)
        expect(after.diagnostics).toEqual([])
        expect(after.data).toEqual({ ...fm.data, summary: 'A new summary: 新しい概要 #1' })
        expect(splitDocument(next).body).toBe(splitDocument(text).body)
      })
    })
  }
})
