// The live preview in Chromium: typing shows at once and re-renders only the block typed in (other blocks are
// the same DOM nodes); lightbox figures open large; players load on a click, sandboxed; a missing image shows
// its path; the preview follows the editor's scroll and the other way round; and an outside write while the
// text is unsaved raises the conflict bar.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, openEpisode, type Session } from './helpers'

let s: Session
const episode = 'content/talk/0001-welcome/index.md'
const preview = () => s.page.getByTestId('preview')

beforeAll(async () => {
  s = await openApp()
  await openEpisode(s.page, episode)
  await preview().locator('h2', { hasText: 'Links' }).waitFor()
})
afterAll(() => s?.close())

describe('live preview', () => {
  it('shows typing at once and patches only the changed block', async () => {
    // Mark every rendered block; after typing, all but the edited one must still carry the mark.
    const blocks = await s.page.evaluate(() => {
      const chunks = [...document.querySelectorAll('.preview-body .chunk')] as (HTMLElement & { mark?: number })[]
      chunks.forEach((c, i) => (c.mark = i))
      return chunks.length
    })
    await s.page.locator('.cm-line', { hasText: 'The cat' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.type(' and a dog')
    await preview().getByText('Pixel and a dog').waitFor()
    const unmarked = await s.page.evaluate(() =>
      ([...document.querySelectorAll('.preview-body .chunk')] as (HTMLElement & { mark?: number })[]).filter((c) => c.mark === undefined).map((c) => c.textContent?.trim().slice(0, 30))
    )
    expect(unmarked).toHaveLength(1)
    expect(unmarked[0]).toMatch(/^Hugo builds this site/)
    expect(await s.page.locator('.preview-body .chunk').count()).toBe(blocks)
  })

  it('numbers figure captions as the theme does', async () => {
    const before = await s.page.evaluate(() => getComputedStyle(document.querySelector('.preview figcaption.numbered')!, '::before').content)
    expect(before).toMatch(/Figure.*counter|"Figure "/i)
    const text = await s.page.evaluate(() => {
      const cap = document.querySelector('.preview figcaption.numbered') as HTMLElement
      return getComputedStyle(cap, '::before').textTransform
    })
    expect(text).toBe('uppercase')
  })

  it('opens a lightbox figure large and closes it with Escape', async () => {
    await preview().locator('figure a[data-fancybox] img').first().click()
    const box = s.page.getByTestId('lightbox')
    await box.waitFor()
    expect(await box.locator('figcaption').textContent()).toBe('The studio desk: two microphones and a cat')
    expect(await box.locator('img').getAttribute('src')).toBe(`/media/${s.web.server.media}/content/talk/0001-welcome/studio-desk.png`)
    await s.page.keyboard.press('Escape')
    await box.waitFor({ state: 'detached' })
  })

  it('loads a player only when asked, sandboxed', async () => {
    expect(await preview().locator('iframe').count()).toBe(0)
    const load = preview().getByRole('button', { name: /Load the player/ })
    expect(await preview().locator('.player-host').first().textContent()).toBe('Player from anchor.fm')
    await load.first().click()
    const frame = preview().locator('iframe')
    await frame.waitFor({ state: 'attached' })
    expect(await frame.getAttribute('src')).toBe('https://anchor.fm/side-project-radio/embed/episodes/Welcome-e1a2b3c')
    expect(await frame.getAttribute('sandbox')).toMatch(/allow-scripts/)
  })

  it('shows a missing image as missing, with its path', async () => {
    await s.page.locator('.cm-line', { hasText: '3. Next episode' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type('{{< figure src="shots/lost.png" title="Lost" >}}')
    const label = preview().locator('.missing-label')
    await label.waitFor()
    expect(await label.textContent()).toBe('Missing image: shots/lost.png')
  })

  it('scrolls the preview with the editor and the editor with the preview, by source line', async () => {
    await s.page.setViewportSize({ width: 1400, height: 420 })
    const scroller = s.page.locator('.cm-scroller')
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight))
    // The last block of the text comes into view in the preview (the sync follows the editor's scroll events, so
    // wait for it to settle rather than reading the first frame after the jump).
    const quoteVisible = await s.page
      .waitForFunction(() => {
        const pane = document.querySelector('.preview-scroll')!.getBoundingClientRect()
        const quote = document.querySelector('.preview blockquote')!.getBoundingClientRect()
        return quote.top < pane.bottom && quote.bottom > pane.top
      }, undefined, { timeout: 5000 })
      .then(() => true, () => false)
    expect(quoteVisible).toBe(true)
    await s.page.waitForTimeout(300)
    await s.page.locator('.preview-scroll').evaluate((el) => (el.scrollTop = 0))
    await s.page.waitForFunction(() => (document.querySelector('.cm-scroller') as HTMLElement).scrollTop < 5)
    await s.page.setViewportSize({ width: 1400, height: 860 })
  })

  it('counts words and lists the problems the checks find (they run in a worker)', async () => {
    await s.page.getByTestId('counts').filter({ hasText: /\d+ words · \d+ characters/ }).waitFor()
    await s.page.locator('.cm-line', { hasText: '## Links' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type('{{% alert note %}}')
    const problems = s.page.getByTestId('problems')
    await problems.waitFor()
    await problems.click()
    await s.page.locator('.cm-panel-lint', { hasText: 'never closed' }).waitFor()
    await s.page.locator('.cm-panel-lint').press('Escape')
    await s.page.locator('.cm-panel-lint').waitFor({ state: 'detached' })
    await s.page.locator('.cm-content').focus()
    for (let i = 0; i < 5 && (await s.page.locator('.cm-line', { hasText: 'alert note' }).count()); i++) await s.page.keyboard.press('Control+z')
    expect(await s.page.locator('.cm-line', { hasText: 'alert note' }).count()).toBe(0)
  })

  it('raises the conflict bar when the file changes on disk while the text is unsaved', async () => {
    expect(await s.page.getByTestId('save-state').textContent()).toBe('● Unsaved')
    const path = join(s.web.workspace.root, episode)
    writeFileSync(path, readFileSync(path, 'utf8').replace('Home studio', 'Co-host’s kitchen'))
    const bar = s.page.getByTestId('conflict-bar')
    await bar.waitFor()
    expect(await bar.textContent()).toMatch(/changed on disk/)
    await bar.getByRole('button', { name: 'Compare' }).click()
    const dialog = s.page.getByRole('dialog', { name: 'Compare your text with the file on disk' })
    await dialog.waitFor()
    expect(await dialog.locator('pre').nth(1).textContent()).toContain('Co-host’s kitchen')
    await dialog.getByRole('button', { name: 'Reload theirs' }).click()
    await bar.waitFor({ state: 'detached' })
    // The editor may keep the scroll sync's place after the reload; the front matter is at the top.
    await s.page.locator('.cm-content').press('Control+Home')
    await s.page.locator('.cm-line', { hasText: 'location: Co-host’s kitchen' }).waitFor()
    expect(await s.page.getByTestId('save-state').textContent()).toBe('Saved')
  })
})
