// Every rendering fixture Hugo can build the same way (not marked `"hugo": false`) rendered by `hugo` with the
// comparison theme: the preview's HTML must match it block for block. Skipped when `hugo` is not installed.
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { hugoAvailable } from '../../hugo-site/build-site'
import { compareWithHugo, printDifferences } from '../../hugo-site/compare'
import { fixtureOptions, parseFixtures } from './fixture-file'

const hasHugo = hugoAvailable()
if (!hasHugo) console.log('fixtures-vs-hugo: skipped, `hugo` is not installed')

describe.skipIf(!hasHugo)('rendering fixtures like hugo', () => {
  it('matches every block of every comparable fixture', () => {
    const dir = new URL('./fixtures/', import.meta.url)
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((file) =>
        parseFixtures(readFileSync(new URL(file, dir), 'utf8'))
          .map((c, i) => ({ c, i }))
          .filter(({ c }) => c.options.hugo !== false)
          .map(({ c, i }) => ({
            path: `fixtures/${file.replace(/\.txt$/, '')}-${i}/index.md`,
            text: `---\ntitle: "Fixture"\n---\n${c.input}\n`,
            options: { ...fixtureOptions(c.options), emoji: true }
          }))
      )
    const results = compareWithHugo(pages)
    printDifferences(results)
    expect(pages.length).toBeGreaterThan(40)
    expect(results.filter((r) => r.differences.length).map((r) => r.path)).toEqual([])
  }, 120_000)
})
