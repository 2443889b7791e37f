// Hostile episodes in real Chromium: a character reference past U+10FFFF renders as U+FFFD instead of breaking the
// preview for the session, the next episode renders as usual, and a preview link with malformed percent-encoding
// does nothing harmful when clicked.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir, writeTree } from '../fixtures/site'
import { artifacts, openApp, openEpisode, type Session } from './helpers'

let s: Session
const site = tempDir('shownotes-hostile-')
const hostile = 'content/talk/0001-hostile/index.md'
const plain = 'content/talk/0002-plain/index.md'
const preview = () => s.page.getByTestId('preview')
const pageErrors: string[] = []

beforeAll(async () => {
  writeTree(site.dir, {
    'config.toml': 'baseURL = "/"\ntitle = "Hostile Radio"\n',
    [hostile]: '---\ntitle: "#1 Hostile"\ndate: 2025-01-10\n---\n\nBefore the link.\n\n<a href="&#x110000;">far past the last code point</a> and <a href="#%E0%A4%A">a broken anchor</a>\n\nAfter the link.\n',
    [plain]: '---\ntitle: "#2 Plain"\ndate: 2025-01-17\n---\n\n## Plain episode\n\nNothing odd here.\n'
  })
  s = await openApp({ folder: site.dir })
  s.page.on('pageerror', (err) => pageErrors.push(err.message))
})
afterAll(async () => {
  await s?.close()
  site.cleanup()
})

describe('hostile episodes', () => {
  it('renders a reference past U+10FFFF as U+FFFD and the rest of the episode around it', async () => {
    await openEpisode(s.page, hostile)
    await preview().getByText('After the link.').waitFor()
    const link = preview().locator('a', { hasText: 'far past the last code point' })
    expect(await link.getAttribute('href')).toBe('\uFFFD')
    expect(await preview().getByText('Before the link.').count()).toBe(1)
    expect(await preview().locator('[role="alert"]').count()).toBe(0)
    expect(await s.page.getByText(/could not load/).count()).toBe(0)
    await s.page.screenshot({ path: join(artifacts, 'hostile-reference.png') })
  })

  it('does nothing harmful when a link with malformed percent-encoding is clicked', async () => {
    await preview().locator('a', { hasText: 'a broken anchor' }).click()
    await s.page.waitForTimeout(100)
    expect(pageErrors).toEqual([])
  })

  it('renders the next episode as usual', async () => {
    await openEpisode(s.page, plain)
    await preview().locator('h2', { hasText: 'Plain episode' }).waitFor()
    expect(await preview().getByText('Nothing odd here.').count()).toBe(1)
    expect(await preview().locator('[role="alert"]').count()).toBe(0)
  })
})
