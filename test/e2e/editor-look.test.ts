// How the editor's text looks in Chromium: prose (paragraphs, list items) in the editor's text colour in light and
// dark, colour only on syntax, in a 1 MB episode's front matter too; the "Prose font" setting sets the Markdown text in a proportional font, remembered,
// while front matter and code stay monospace. Screenshots in test-artifacts/ (editor-look-*.png).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { longEpisode } from '../bench/typing.bench'
import { artifacts, openApp, openEpisode, type Session } from './helpers'

let s: Session | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

/** The computed colour and font of the element holding the text node that contains `text`, inside the editor. */
function textStyle(page: Page, text: string): Promise<{ color: string; font: string } | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('.cm-content')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.includes(wanted)) continue
      const style = getComputedStyle(node.parentElement!)
      return { color: style.color, font: style.fontFamily }
    }
    return null
  }, text)
}

const editorColour = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.cm-editor')!).color)

/** Scrolls the editor so the line holding `text` is at its top (for the screenshots: prose, not front matter). */
async function scrollTo(page: Page, text: string): Promise<void> {
  await page.locator('.cm-line', { hasText: text }).first().scrollIntoViewIfNeeded()
  await page.evaluate((wanted) => {
    const line = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent!.includes(wanted)) as HTMLElement
    document.querySelector('.cm-scroller')!.scrollTop = line.offsetTop - 40
  }, text)
  await page.waitForTimeout(100)
}

/** Waits until lang-markdown's full support has replaced the light one (HTML inside Markdown gets tag colours). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.cm-content')!.textContent!.length > 0)
  await page.waitForTimeout(600)
}

describe('editor look', () => {
  it.each(['light', 'dark'] as const)('shows prose in the text colour and syntax in colour (%s)', async (scheme) => {
    s = await openApp({ colorScheme: scheme })
    await openEpisode(s.page, 'content/talk/0001-welcome/index.md')
    await settled(s.page)
    const text = await editorColour(s.page)
    expect(text).toBe(scheme === 'light' ? 'rgb(31, 35, 40)' : 'rgb(230, 230, 230)')
    // A paragraph and list items (a top-level and a nested one) read in the text colour.
    for (const prose of ['Why a podcast about side projects', "Sam's calendar trick", 'builds this site', 'Our recording setup']) {
      expect({ prose, color: (await textStyle(s.page, prose))?.color }).toEqual({ prose, color: text })
    }
    // Syntax keeps its colours: a front matter value, a link, a shortcode name.
    for (const syntax of ['Side Project Radio', 'our mailbox', 'figure']) {
      expect({ syntax, color: (await textStyle(s.page, syntax))?.color }).not.toEqual({ syntax, color: text })
    }
    await scrollTo(s.page, 'draft: false')
    await s.page.screenshot({ path: join(artifacts, `editor-look-${scheme}-en.png`) })
  })

  it('sets prose in a proportional font when chosen, keeps front matter and code monospace, and remembers it', async () => {
    s = await openApp({ colorScheme: 'light', locale: 'ja-JP' })
    const page = s.page
    await openEpisode(page, 'content/talk/0002-tokyo-meetup/index.md')
    await settled(page)
    const mono = (await textStyle(page, '会場は小さなカフェでした。'))!.font
    expect(mono).toMatch(/monospace/)

    await page.getByTestId('settings-button').click()
    const dialog = page.getByRole('dialog', { name: '設定' })
    await dialog.getByRole('radio', { name: 'プロポーショナル' }).click()
    await dialog.getByRole('button', { name: '保存' }).click()
    await dialog.waitFor({ state: 'detached' })

    const check = async () => {
      const prose = (await textStyle(page, '会場は小さなカフェでした。'))!.font
      expect(prose).not.toBe(mono)
      expect(prose).toMatch(/sans-serif/)
      expect(prose).not.toMatch(/monospace/)
      // The front matter stays monospace.
      expect((await textStyle(page, 'focal_point'))!.font).toMatch(/monospace/)
    }
    await check()
    await scrollTo(page, 'preview_only')
    await page.screenshot({ path: join(artifacts, 'editor-look-light-ja-proportional.png') })

    await page.reload()
    await openEpisode(page, 'content/talk/0002-tokyo-meetup/index.md')
    await settled(page)
    expect(await page.locator('html').getAttribute('data-prose-font')).toBe('proportional')
    await check()
  })

  it('shows a Japanese episode in dark with prose in the text colour', async () => {
    s = await openApp({ colorScheme: 'dark', locale: 'ja-JP' })
    await openEpisode(s.page, 'content/talk/0002-tokyo-meetup/index.md')
    await settled(s.page)
    const text = await editorColour(s.page)
    for (const prose of ['会場は小さなカフェでした。', '参加者は 12 人', '家庭菜園の水やり Bot', 'Thank you to everyone who came!']) {
      expect({ prose, color: (await textStyle(s.page, prose))?.color }).toEqual({ prose, color: text })
    }
    await scrollTo(s.page, 'preview_only')
    await s.page.screenshot({ path: join(artifacts, 'editor-look-dark-ja.png') })
  })

  it('highlights the front matter of a 1 MB episode like any other', async () => {
    const site = join(mkdtempSync(join(tmpdir(), 'shownotes-look-')), 'site')
    cpSync(resolve('resources/sample-site'), site, { recursive: true })
    mkdirSync(join(site, 'content/talk/0999-long-episode'))
    writeFileSync(join(site, 'content/talk/0999-long-episode/index.md'), longEpisode(1024 * 1024).text)
    s = await openApp({ folder: site, colorScheme: 'light' })
    await openEpisode(s.page, 'content/talk/0999-long-episode/index.md')
    await s.page.locator('.cm-line', { hasText: 'publishDate' }).waitFor()
    const text = await editorColour(s.page)
    const colourOf = async (part: string) => (await textStyle(s!.page, part))?.color
    // Keys, quoted and plain values each in their colour (as in the sample episode), the body's prose in the text's.
    const key = await colourOf('publishDate')
    const quoted = await colourOf('"#999 The very long episode"')
    const plain = await colourOf('Everything we ever said about side projects')
    expect(new Set([text, key, quoted]).size).toBe(3)
    expect(plain).toBe(quoted)
    expect(await colourOf('We talked about project 0')).toBe(text)
    await s.page.screenshot({ path: join(artifacts, 'editor-look-light-long.png') })
  })
})
