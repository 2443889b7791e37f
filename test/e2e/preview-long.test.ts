// A long episode's preview is rendered from both ends, the far end by the preview worker: the whole page arrives,
// in order, sanitized as the window sanitizes (a player from an unknown host removed, bold raw HTML kept). A short
// episode never loads the worker.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp, openEpisode } from './helpers'

const path = 'content/talk/0900-long/index.md'

function longNotes(parts: number): string {
  const lines = ['---', 'title: "#900 A long one"', 'date: 2025-03-01', '---', '']
  for (let i = 0; i < parts; i++) {
    lines.push(`## Part ${i}`, '', `Notes of part ${i} with a [link](https://example.org/${i}) and *emphasis*.`, '', `- item ${i}`, `  - 日本語 ${i}`, '')
  }
  // Near the end, so the worker renders it: raw HTML that needs the window's DOM pass.
  lines.splice(lines.length - 14, 0, '<div class="raw"><b>Bold raw</b><iframe src="https://evil.example/player"></iframe></div>', '')
  return lines.join('\n') + '\n'
}

describe('a long episode’s preview', () => {
  it('arrives whole and in order with the worker’s help, sanitized as the window does', async () => {
    const s = await openApp()
    try {
      const bundle = join(s.web.core.info!.root, 'content/talk/0900-long')
      mkdirSync(bundle, { recursive: true })
      writeFileSync(join(bundle, 'index.md'), longNotes(400))
      await s.page.locator(`button[data-path="${path}"]`).waitFor()
      const workerLoaded = () => s.page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('preview-worker')))
      // A short episode is rendered by the window alone: the worker is not even loaded.
      await openEpisode(s.page, 'content/talk/0001-welcome/index.md')
      await expect.poll(() => s.page.getByTestId('preview').locator('.chunk[data-pending]').count()).toBe(0)
      expect(await workerLoaded()).toBe(false)
      await openEpisode(s.page, path)
      const preview = s.page.getByTestId('preview')
      await expect.poll(() => preview.locator('.chunk[data-pending]').count(), { timeout: 30_000 }).toBe(0)
      const headings = await preview.locator('h2').allTextContents()
      expect(headings).toEqual(Array.from({ length: 400 }, (_, i) => `Part ${i}`))
      expect(await preview.locator('.raw b').textContent()).toBe('Bold raw')
      expect(await preview.locator('iframe[src*="evil.example"]').count()).toBe(0)
      expect(await preview.locator('a[href="https://example.org/399"]').count()).toBe(1)
      expect(await workerLoaded()).toBe(true)
    } finally {
      await s.close()
    }
  })
})
