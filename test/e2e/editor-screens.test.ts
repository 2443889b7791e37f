// Screenshots of the main screens in light and dark, English and Japanese, kept in test-artifacts/ to be looked
// at: the editor with its preview, the front matter form, the outline and the media panel.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { artifacts, openApp, openEpisode, type Session } from './helpers'

let s: Session | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

const cases = [
  { scheme: 'light', locale: 'en-US', lang: 'en', episode: 'content/talk/0001-welcome/index.md', tabs: ['fields', 'outline', 'media'] },
  { scheme: 'dark', locale: 'en-US', lang: 'en', episode: 'content/talk/0001-welcome/index.md', tabs: ['fields', 'media'] },
  { scheme: 'light', locale: 'ja-JP', lang: 'ja', episode: 'content/talk/0002-tokyo-meetup/index.md', tabs: ['fields', 'outline', 'media'] },
  { scheme: 'dark', locale: 'ja-JP', lang: 'ja', episode: 'content/talk/0002-tokyo-meetup/index.md', tabs: ['fields'] }
] as const

describe('screens', () => {
  it.each(cases)('$scheme $lang', async ({ scheme, locale, lang, episode, tabs }) => {
    s = await openApp({ colorScheme: scheme, locale })
    const page = s.page
    await page.locator('button.episode').first().waitFor()
    await page.screenshot({ path: join(artifacts, `screen-${scheme}-${lang}-episodes.png`) })
    expect(await page.getByRole('tab').first().textContent()).toBe(lang === 'ja' ? 'エピソード' : 'Episodes')
    await openEpisode(page, episode)
    await page.getByTestId('preview').locator('figure img').waitFor()
    await page.waitForFunction(() => [...document.querySelectorAll('.preview img')].every((i) => (i as HTMLImageElement).complete))
    // The window as a host sees it once settled: the counts have arrived from the worker.
    await page.getByTestId('counts').waitFor()
    await page.screenshot({ path: join(artifacts, `screen-${scheme}-${lang}-editor.png`) })
    for (const tab of tabs) {
      await page.locator(`#tab-${tab}`).click()
      await page.waitForTimeout(150)
      await page.screenshot({ path: join(artifacts, `screen-${scheme}-${lang}-${tab}.png`) })
    }
    // The search panel in the UI language.
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+f')
    await page.locator('.cm-search').waitFor()
    expect(await page.locator('.cm-search button[name="close"]').getAttribute('aria-label')).toBe(lang === 'ja' ? '閉じる' : 'close')
    await page.screenshot({ path: join(artifacts, `screen-${scheme}-${lang}-search.png`) })
  })
})
