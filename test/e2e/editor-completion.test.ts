// Completion and list continuation while typing in Chromium: front matter keys from the section's archetype, shortcode names, a
// figure's parameters, `src=` from the files of the episode's bundle and HTML tags; and list continuation, which
// come with the full Markdown support that takes over from the light one the editor first shows with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, openEpisode, type Session } from './helpers'

let s: Session
// CodeMirror ignores Enter for 75 ms after the list opens, so a fast typist never accepts by accident.
const accept = async () => {
  await s.page.waitForTimeout(100)
  await s.page.keyboard.press('Enter')
}
const options = () => s.page.locator('.cm-tooltip-autocomplete li').allTextContents()

beforeAll(async () => {
  s = await openApp()
  await openEpisode(s.page, 'content/talk/0001-welcome/index.md')
})
afterAll(() => s?.close())

describe('completion', () => {
  it('continues a numbered list on Enter', async () => {
    await s.page.locator('.cm-line', { hasText: 'Next episode: a meetup in Tokyo' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type('Show notes')
    await s.page.locator('.cm-line', { hasText: /^4\. Show notes$/ }).waitFor()
  })

  it('offers front matter keys the episode does not have yet', async () => {
    await s.page.locator('.cm-line', { hasText: 'all_day: false' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type('url_')
    await s.page.locator('.cm-tooltip-autocomplete li[aria-selected]').waitFor()
    const labels = await options()
    expect(labels.some((l) => l.startsWith('url_slides'))).toBe(true)
    await accept()
    await s.page.locator('.cm-line', { hasText: /^url_\w+:\s*$/ }).waitFor()
  })

  it('offers shortcode names, then parameters, then the bundle\'s images for src=', async () => {
    await s.page.locator('.cm-line', { hasText: 'The cat' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.press('Backspace')
    await s.page.keyboard.press('Backspace')
    await s.page.keyboard.press('Backspace')
    await s.page.keyboard.type('{{< fig')
    await s.page.locator('.cm-tooltip-autocomplete li[aria-selected]', { hasText: 'figure' }).waitFor()
    expect((await options()).some((l) => l.startsWith('figure'))).toBe(true)
    await accept()
    // The snippet leaves the cursor inside src="".
    await s.page.locator('.cm-line', { hasText: '{{< figure src="" title="" >}}' }).waitFor()
    await s.page.keyboard.type('st')
    await s.page.locator('.cm-tooltip-autocomplete li', { hasText: 'studio-desk.png' }).waitFor()
    await accept()
    await s.page.locator('.cm-line', { hasText: '{{< figure src="studio-desk.png" title="" >}}' }).waitFor()
  })

  it('offers HTML tags after <, for a player pasted by hand', async () => {
    await s.page.locator('.cm-line', { hasText: 'Ship small, ship often.' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type('<ifr')
    await s.page.locator('.cm-tooltip-autocomplete li', { hasText: '<iframe' }).waitFor()
    await accept()
    await s.page.locator('.cm-line', { hasText: /^<iframe/ }).waitFor()
  })
})
