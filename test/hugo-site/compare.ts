// Builds a Hugo site from episode texts, renders the same texts with renderEpisode, and compares the top-level
// blocks of each page (normalised), aligned so one extra block does not count every later block as different.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderEpisode, type RenderOptions } from '../../src/shared/render/render-episode'
import { readContents, runHugo, writeSite, type SitePage } from './build-site'
import { normalizedBlocks } from './normalize-html'

export interface PageComparison {
  path: string
  /** Blocks in the longer of the two renders, and how many of them are identical in both. */
  total: number
  same: number
  differences: { hugo: string | null; preview: string | null }[]
}

/** Pairs equal blocks in order (longest common subsequence); everything unpaired is a difference. */
export function alignBlocks(a: string[], b: string[]): { same: number; differences: PageComparison['differences'] } {
  const n = a.length
  const m = b.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
  const differences: PageComparison['differences'] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++
      j++
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      // Pair an unmatched Hugo block with the preview block at the same place, when both are there.
      if (i < n && lcs[i + 1][j + 1] === lcs[i][j]) differences.push({ hugo: a[i++], preview: b[j++] })
      else differences.push({ hugo: null, preview: b[j++] })
    } else {
      differences.push({ hugo: a[i++], preview: null })
    }
  }
  return { same: lcs[0][0], differences }
}

/** Runs hugo over `pages` and compares each page's content with the preview's render of the same text. */
export function compareWithHugo(pages: (SitePage & { options?: RenderOptions })[]): PageComparison[] {
  const dir = mkdtempSync(join(tmpdir(), 'shownotes-hugo-'))
  try {
    writeSite(dir, pages)
    runHugo(dir)
    const contents = readContents(dir)
    return pages.map((page) => {
      const hugo = contents.get(page.path)
      if (hugo === undefined) throw new Error(`hugo wrote no page for ${page.path}`)
      const a = normalizedBlocks(hugo)
      const b = normalizedBlocks(renderEpisode(page.text, { emoji: true, ...page.options }).html)
      return { path: page.path, total: Math.max(a.length, b.length), ...alignBlocks(a, b) }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Prints every difference (for the test log). */
export function printDifferences(results: PageComparison[]): void {
  for (const r of results) {
    for (const d of r.differences) console.log(`${r.path}\n  hugo:    ${d.hugo ?? '(none)'}\n  preview: ${d.preview ?? '(none)'}`)
  }
}
