// Starts web mode on a fresh data folder (so the sample site is a new copy) and opens Debian's Chromium on it.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startWebMode, type WebMode } from '../../src/main/web/start'

export const artifacts = resolve('test-artifacts')

export interface Session {
  web: WebMode
  browser: Browser
  page: Page
  dataDir: string
  close(): Promise<void>
}

/** `args`: extra Chromium flags (e.g. `--autoplay-policy=no-user-gesture-required` for the player). */
export async function openApp(options: { folder?: string; colorScheme?: 'light' | 'dark'; locale?: string; args?: string[]; viewport?: { width: number; height: number } } = {}): Promise<Session> {
  mkdirSync(artifacts, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-e2e-'))
  const web = await startWebMode({ folder: options.folder, dataDir, rendererDir: process.env.SHOWNOTES_RENDERER_DIR ?? resolve('out/renderer') })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run', ...(options.args ?? [])]
  })
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 860 }, colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en-US' })
  const page = await context.newPage()
  page.on('pageerror', (err) => console.error('page error:', err.message))
  await page.goto(web.server.url)
  return { web, browser, page, dataDir, close: async () => (await browser.close(), await web.close()) }
}

/**
 * Opens an episode from the sidebar's list and waits until the editor and the preview show it. The list renders
 * only the rows in view, so an episode scrolled out of it is found by filtering for its path (then unfiltered).
 */
export async function openEpisode(page: Page, path: string): Promise<void> {
  await page.getByRole('tab', { name: /^(Episodes|エピソード)/ }).click()
  const button = page.locator(`button[data-path="${path}"]`)
  if (await button.count()) await button.click()
  else {
    const filter = page.locator('.episode-list .filter')
    await filter.fill(path)
    await button.click()
    await filter.fill('')
  }
  await page.locator('.cm-content').waitFor()
  await page.getByTestId('preview').locator('.chunk').first().waitFor({ state: 'attached' })
}

/** The text in the editor, line by line (every line is in the DOM for the short sample episodes). */
export async function editorText(page: Page): Promise<string> {
  return (await page.locator('.cm-content .cm-line').allTextContents()).join('\n')
}

/** A file dropped in a test: its name, MIME type and bytes as base64. */
export interface DroppedFile {
  name: string
  type: string
  base64: string
}

/** Dispatches a drop of `files` at the end of the editor line containing `lineText`, as a drag from the desktop does. */
export async function dropAtEndOf(page: Page, lineText: string, files: DroppedFile[]): Promise<void> {
  await page.evaluate(
    ({ lineText, files }) => {
      const line = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent?.includes(lineText))!
      const range = document.createRange()
      range.selectNodeContents(line)
      const rects = range.getClientRects()
      const last = rects[rects.length - 1]
      const dt = new DataTransfer()
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
        dt.items.add(new File([bytes], f.name, { type: f.type }))
      }
      const init = { dataTransfer: dt, clientX: last.right - 1, clientY: last.top + last.height / 2, bubbles: true, cancelable: true }
      line.dispatchEvent(new DragEvent('dragover', init))
      line.dispatchEvent(new DragEvent('drop', init))
    },
    { lineText, files }
  )
}
