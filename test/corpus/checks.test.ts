// The publishing checks over real, published show notes: no false errors, every diagnostic placed inside the text,
// and the problems the corpus README lists are found (the empty link of episode 12).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkEpisode } from '../../src/shared/checks'
import { lineColumn } from '../../src/shared/diagnostic'

const corpus = resolve(__dirname, '../../..', 'shared/corpus')
const exists = existsSync(join(corpus, 'episodes'))
if (!exists) console.log(`test/corpus/checks: ${corpus} is absent; skipping the corpus check tests.`)
const files = exists ? readdirSync(join(corpus, 'episodes')).flatMap((d) => readdirSync(join(corpus, 'episodes', d)).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`)) : []
const now = new Date('2025-06-01T00:00:00Z')

describe.skipIf(!exists)('checks over the corpus', () => {
  it.each(files)('%s: no errors, every diagnostic in place', (file) => {
    const text = readFileSync(join(corpus, 'episodes', file), 'utf8')
    const list = checkEpisode(text, { now })
    expect(list.filter((d) => d.severity === 'error')).toEqual([])
    for (const d of list) {
      expect(d.from).toBeGreaterThanOrEqual(0)
      expect(d.to).toBeLessThanOrEqual(text.length)
      expect(lineColumn(text, d.from)).toEqual({ line: d.line, column: d.column })
    }
  })

  it('finds the empty link of episode 12 and fixes it to plain text', () => {
    const text = readFileSync(join(corpus, 'episodes/mukiudo/12-online-eikaiwa-draft.md'), 'utf8')
    const [d] = checkEpisode(text, { now }).filter((x) => x.rule === 'link-empty')
    expect(text.slice(d.from, d.to)).toMatch(/^\[[^\]]+\]\(\)$/)
    const [change] = d.fix!.changes
    expect(change.insert).toBe(text.slice(d.from + 1, d.to - 3))
  })
})
