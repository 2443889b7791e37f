// The preview's render of every real episode compared with what `hugo` (0.111, the comparison theme's templates for
// the theme's shortcodes) builds for the same file: at least 99% of top-level blocks identical after normalising
// attribute order, whitespace and the attributes only the site's JavaScript reads. Every difference is printed.
import { describe, it, expect } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readFrontMatter } from '../../src/shared/front-matter'
import { hugoAvailable } from '../hugo-site/build-site'
import { compareWithHugo, printDifferences } from '../hugo-site/compare'

const corpus = resolve(__dirname, '../../..', 'shared/corpus/episodes')
const hasCorpus = existsSync(corpus)
const hasHugo = hugoAvailable()
if (!hasCorpus) console.log(`render-vs-hugo: skipped, no corpus at ${corpus}`)
if (!hasHugo) console.log('render-vs-hugo: skipped, `hugo` is not installed')

describe.skipIf(!hasCorpus || !hasHugo)('rendering the corpus like hugo', () => {
  it('matches at least 99% of top-level blocks', () => {
    const pages = readdirSync(corpus).flatMap((group) =>
      readdirSync(join(corpus, group))
        .filter((f) => f.endsWith('.md'))
        .map((f) => {
          const text = readFileSync(join(corpus, group, f), 'utf8')
          return { path: `${group}/${f.replace(/\.md$/, '')}/index.md`, text, options: { params: readFrontMatter(text).data ?? {} } }
        })
    )
    const results = compareWithHugo(pages)
    printDifferences(results)
    const total = results.reduce((n, r) => n + r.total, 0)
    const same = results.reduce((n, r) => n + r.same, 0)
    console.log(`render-vs-hugo: ${same} of ${total} blocks identical (${((same / total) * 100).toFixed(2)}%) over ${pages.length} episodes`)
    expect(pages.length).toBeGreaterThan(0)
    expect(total).toBeGreaterThan(100)
    expect(same / total).toBeGreaterThanOrEqual(0.99)
  }, 120_000)
})
