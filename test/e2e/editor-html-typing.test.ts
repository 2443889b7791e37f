// Typing HTML in the editor in Chromium: the closing tag the editor inserts after `<b>` is stepped over when the
// host types it, so `<b>太字</b>` stays as typed (never `<b>太字</b></b>`), with Japanese composed through an IME too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, openEpisode, type Session } from './helpers'

let s: Session

beforeAll(async () => {
  s = await openApp()
  await openEpisode(s.page, 'content/talk/0001-welcome/index.md')
  // lang-markdown's full support (with HTML and its auto-close) takes over once the editor has painted.
  await s.page.waitForTimeout(800)
})
afterAll(() => s?.close())

/**
 * A new line under the player's `<iframe>`: still the HTML block the iframe opened (up to the next blank line), where
 * lang-html is active and closes `<b>` as it is typed.
 */
async function newLineUnderPlayer(): Promise<void> {
  const player = s.page.locator('.cm-line', { hasText: '<iframe' }).first()
  const box = (await player.boundingBox())!
  await player.click({ position: { x: box.width - 3, y: box.height - 5 } })
  await s.page.keyboard.press('End')
  // A blank line after ours keeps what an earlier test typed out of the block.
  await s.page.keyboard.press('Enter')
  await s.page.keyboard.press('Enter')
  await s.page.keyboard.press('ArrowUp')
}

const line = async () => (await s.page.locator('.cm-content .cm-activeLine').textContent()) ?? ''

describe('typing HTML', () => {
  it('steps over the inserted closing tag', async () => {
    await newLineUnderPlayer()
    await s.page.keyboard.type('<b>')
    // The closer is there as soon as the tag is typed (what the host's typing steps over).
    expect(await line()).toBe('<b></b>')
    await s.page.keyboard.type('bold</b> words')
    await s.page.keyboard.press('Escape')
    expect(await line()).toBe('<b>bold</b> words')
  })

  it('steps over it after Japanese composed through an IME', async () => {
    await newLineUnderPlayer()
    await s.page.keyboard.type('<b>')
    expect(await line()).toBe('<b></b>')
    const cdp = await s.page.context().newCDPSession(s.page)
    await cdp.send('Input.imeSetComposition', { text: 'たいじ', selectionStart: 3, selectionEnd: 3 })
    await cdp.send('Input.imeSetComposition', { text: '太字', selectionStart: 2, selectionEnd: 2 })
    await cdp.send('Input.insertText', { text: '太字' })
    await s.page.waitForTimeout(100)
    expect(await line()).toBe('<b>太字</b>')
    await s.page.keyboard.type('</b>です')
    await s.page.keyboard.press('Escape')
    expect(await line()).toBe('<b>太字</b>です')
  })
})
