// Links in real Chromium against a local web site the test starts (never the internet): a pasted URL becomes a link
// titled with the page's Japanese (Shift_JIS) title, pasted HTML becomes Markdown, and Check links in the Publish
// tab lists a broken link with its line and replaces a moved one with its quick fix.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import iconv from 'iconv-lite'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { html, redirect, startLocalSite, status, type LocalSite } from '../main/services/links/local-site'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'

let web: LocalSite
let s: Session
const episode = 'content/talk/0004-links/index.md'
const at = (path: string) => `http://127.0.0.1:${web.port}${path}`

beforeAll(async () => {
  web = await startLocalSite({
    '/jp': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' })
      res.end(iconv.encode('<html><head><title>第42回 ポッドキャストの編集術</title></head></html>', 'shift_jis'))
    },
    '/ok': html('<title>ok</title>'),
    '/gone': status(404),
    '/old': redirect(301, '/new'),
    '/new': html('<title>new</title>')
  })
  s = await openApp()
  write(s, 
    `---\ntitle: "#4 Links"\ndate: 2025-01-10T20:00:00+09:00\nsummary: Links of the week.\n---\n## Links\n\n- [Fine](${at('/ok')})\n- [Gone](${at('/gone')})\n- Moved: ${at('/old')}\n\n`)
  await s.page.locator(`button[data-path="${episode}"]`).waitFor()
  await openEpisode(s.page, episode)
})
afterAll(async () => {
  await s?.close()
  await web?.close()
})

function write(session: Session, text: string): void {
  const file = join(session.web.workspace.root, episode)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** Puts the cursor at the end of the text and fires a paste with the clipboard's `data` (after Ctrl+Shift+V: `plain`). */
async function pasteAtEnd(page: Page, data: Record<string, string>, plain = false): Promise<void> {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.evaluate(({ d, plain }) => {
    const content = document.querySelector('.cm-content')!
    if (plain) content.dispatchEvent(new KeyboardEvent('keydown', { key: 'V', ctrlKey: true, shiftKey: true, bubbles: true }))
    const dt = new DataTransfer()
    for (const [type, value] of Object.entries(d)) dt.setData(type, value)
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, { d: data, plain })
}

describe('links', () => {
  it('pastes a URL as a link titled with the page\'s Japanese title; one undo gives the bare URL', async () => {
    await pasteAtEnd(s.page, { 'text/plain': at('/jp') })
    await expect.poll(() => editorText(s.page)).toContain(`[第42回 ポッドキャストの編集術](${at('/jp')})`)
    await s.page.screenshot({ path: join(artifacts, 'links-titled-paste.png') })
    await s.page.keyboard.press('Control+z')
    await expect.poll(() => editorText(s.page)).toMatch(new RegExp(`\\n${at('/jp').replace(/[.?]/g, '\\$&')}$`))
  })

  it('pastes copied HTML as Markdown, and Ctrl+Shift+V as plain text', async () => {
    await s.page.keyboard.press('Enter')
    const copied = { 'text/plain': 'Show notes tips', 'text/html': `<ul><li><b>Show</b> <a href="${at('/ok')}">notes tips</a></li></ul>` }
    await pasteAtEnd(s.page, copied)
    await expect.poll(() => editorText(s.page)).toContain(`- **Show** [notes tips](${at('/ok')})`)
    // Ctrl+Shift+V: the browser's paste that follows the key carries the same clipboard; it lands as plain text.
    await pasteAtEnd(s.page, copied, true)
    await expect.poll(() => editorText(s.page)).toMatch(/\(http:\/\/127\.0\.0\.1:\d+\/ok\)Show notes tips$/)
  })

  it('checks the links from the Publish tab: a broken one with its line, a moved one fixed in one click', async () => {
    await s.page.getByTestId('publish').click()
    const section = s.page.getByTestId('link-check')
    await section.getByTestId('check-links').click()
    const broken = section.locator('[data-rule="link-broken"]')
    await broken.getByText(`The link "${at('/gone')}" answers HTTP 404`).waitFor()
    expect(await broken.count()).toBe(1)
    expect(await broken.locator('.check-where').textContent()).toContain('Line 9')
    await section.locator('[data-rule="link-redirected"]').getByText(`has moved permanently to "${at('/new')}"`).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'links-check-light.png') })
    await section.getByTestId('link-fix').click()
    await expect.poll(() => editorText(s.page)).toContain(`- Moved: ${at('/new')}\n`)
    expect(await section.locator('[data-rule="link-redirected"]').count()).toBe(0)
  })
})

describe('the titled paste setting', () => {
  it('pastes a bare URL as it is once turned off', async () => {
    await s.page.getByTestId('settings-button').click()
    const dialog = s.page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByText('Title pasted links').click()
    expect(await dialog.getByRole('switch', { name: 'Title pasted links' }).isChecked()).toBe(false)
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    const before = web.requests.length
    await s.page.locator('.cm-content').click()
    await s.page.keyboard.press('Control+End')
    await s.page.keyboard.press('Enter')
    await pasteAtEnd(s.page, { 'text/plain': at('/jp') })
    // A bare address after the list marker Enter continued: no link made, nothing fetched.
    await expect.poll(() => editorText(s.page)).toMatch(new RegExp(`\\n- ${at('/jp').replace(/[.?]/g, '\\$&')}$`))
    expect(web.requests.length).toBe(before)
  })
})

describe('links in Japanese and dark', () => {
  it('says the same in Japanese, and titles a paste there too', async () => {
    const ja = await openApp({ colorScheme: 'dark', locale: 'ja-JP' })
    try {
      write(ja, `---\ntitle: "#4"\n---\n- [Gone](${at('/gone')})\n- ${at('/old')}\n`)
      await ja.page.locator(`button[data-path="${episode}"]`).waitFor()
      await openEpisode(ja.page, episode)
      await ja.page.getByTestId('publish').click()
      await ja.page.getByTestId('check-links').click()
      await ja.page.getByTestId('link-check').getByText(`は HTTP 404 を返します`).waitFor()
      await ja.page.getByTestId('link-check').getByText(`"${at('/new')}" を使う`).waitFor()
      await pasteAtEnd(ja.page, { 'text/plain': at('/jp') })
      await expect.poll(() => editorText(ja.page)).toContain(`[第42回 ポッドキャストの編集術](${at('/jp')})`)
      await ja.page.screenshot({ path: join(artifacts, 'links-check-dark-ja.png') })
    } finally {
      await ja.close()
    }
  })
})
