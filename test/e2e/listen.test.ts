// Listening back while writing: a recording the host chooses plays under the editor, Ctrl+J stamps the line with
// the time, timestamps in the preview and the editor seek, the waveform marks the notes' timestamps, the place
// is offered after a reload, and an IME composition is never disturbed by the player.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'
import { wavHeader } from '../fixtures/wav'

const episode = 'content/talk/0001-welcome/index.md'
const autoplay = ['--autoplay-policy=no-user-gesture-required']

/** A mono 16-bit WAV of `seconds` of a 440 Hz tone, louder every few seconds so the waveform has a shape. */
function toneWav(seconds: number, rate = 8000): string {
  const frames = seconds * rate
  const buf = Buffer.concat([wavHeader(frames, rate), Buffer.alloc(frames * 2)])
  for (let i = 0; i < frames; i++) {
    const loud = 0.2 + 0.7 * ((Math.floor(i / rate / 3) % 3) / 2)
    buf.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * loud * 32767), 44 + i * 2)
  }
  const file = join(tmpdir(), `shownotes-tone-${process.pid}-${seconds}s.wav`)
  writeFileSync(file, buf)
  return file
}

const currentTime = (page: Page) => page.locator('[data-testid=listen-panel] audio').evaluate((a: HTMLAudioElement) => a.currentTime)
const paused = (page: Page) => page.locator('[data-testid=listen-panel] audio').evaluate((a: HTMLAudioElement) => a.paused)

/** A new paragraph at the end of the notes. */
async function newLine(page: Page, text = '') {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  if (text) await page.keyboard.type(text)
}

/** The next item of the list the notes end with (the editor writes its `- `). */
async function nextItem(page: Page, text = '') {
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  if (text) await page.keyboard.type(text)
}

const lastLine = async (page: Page) => (await editorText(page)).split('\n').pop() ?? ''

describe('Listen panel', () => {
  let s: Session
  let wav: string
  let cdp: CDPSession
  beforeAll(async () => {
    wav = toneWav(30)
    s = await openApp({ args: autoplay, viewport: { width: 1280, height: 800 } })
    cdp = await s.page.context().newCDPSession(s.page)
    await openEpisode(s.page, episode)
  })
  afterAll(async () => s?.close())

  it('plays a chosen recording and stamps the line with its time, lag taken off', async () => {
    await s.page.getByTestId('listen-toggle').click()
    await s.page.getByTestId('audio-file').setInputFiles(wav)
    await expect.poll(() => s.page.getByTestId('audio-time').textContent()).toContain('/ 00:30')
    await s.page.getByTestId('audio-play').click()
    await s.page.waitForTimeout(3000)
    const now = await currentTime(s.page)
    expect(now).toBeGreaterThan(2)
    await newLine(s.page, '- ')
    await s.page.keyboard.press('Control+j')
    const line = await lastLine(s.page)
    const m = /^- (?:(\d+):)?(\d\d):(\d\d) $/.exec(line)
    expect(m, line).not.toBeNull()
    const stamped = Number(m![1] ?? 0) * 3600 + Number(m![2]) * 60 + Number(m![3])
    expect(stamped).toBeGreaterThanOrEqual(0)
    expect(stamped).toBeLessThanOrEqual(5)
    await s.page.keyboard.type('Opening')
  })

  it('a click on a timestamp in the preview plays from there', async () => {
    await nextItem(s.page, '00:12 Topic')
    expect(await lastLine(s.page)).toBe('- 00:12 Topic')
    const item = s.page.getByTestId('preview').locator('li', { hasText: /^00:12 Topic$/ })
    await item.waitFor()
    await item.click({ position: { x: 8, y: 8 } })
    await expect.poll(() => currentTime(s.page)).toBeGreaterThan(11)
    expect(await currentTime(s.page)).toBeLessThan(13.5)
    expect(await paused(s.page)).toBe(false)
  })

  it('Ctrl+click on a timestamp in the editor plays from there; Esc pauses only when nothing else wants it', async () => {
    await nextItem(s.page, '00:20 Later')
    await s.page.locator('.cm-timestamp', { hasText: '00:20' }).click({ modifiers: ['Control'] })
    await expect.poll(() => currentTime(s.page)).toBeGreaterThan(19.5)
    expect(await currentTime(s.page)).toBeLessThan(22)
    // Find and replace open: Esc closes it and the recording goes on.
    await s.page.locator('.cm-content').click()
    await s.page.keyboard.press('Control+f')
    await s.page.locator('.cm-search input').first().waitFor()
    await s.page.keyboard.press('Escape')
    await expect.poll(() => s.page.locator('.cm-search').count()).toBe(0)
    expect(await paused(s.page)).toBe(false)
    await s.page.keyboard.press('Escape')
    await expect.poll(() => paused(s.page)).toBe(true)
  })

  it('draws the waveform with a marker for each timestamp of the notes', async () => {
    await s.page.locator('[data-testid=waveform] canvas').waitFor()
    await expect.poll(() => s.page.getByTestId('waveform-marker').count()).toBeGreaterThanOrEqual(2)
    const titles = await s.page.getByTestId('waveform-marker').evaluateAll((els) => els.map((e) => e.getAttribute('title')))
    expect(titles.some((t) => t?.startsWith('00:12 Topic'))).toBe(true)
    // The canvas holds drawn pixels, not an empty box.
    const inked = await s.page.locator('[data-testid=waveform] canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
      let n = 0
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++
      return n
    })
    expect(inked).toBeGreaterThan(100)
    await s.page.getByTestId('listen-panel').screenshot({ path: join(artifacts, 'listen-panel-light-en.png') })
    await s.page.screenshot({ path: join(artifacts, 'listen-light-en.png') })
  })

  it('an IME composition is undisturbed while the recording plays; a stamp pressed meanwhile waits for it', async () => {
    await s.page.getByTestId('audio-play').click()
    await nextItem(s.page)
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 })
    await s.page.getByTestId('audio-stamp').click()
    await s.page.waitForTimeout(1200)
    expect(await paused(s.page)).toBe(false)
    expect(await lastLine(s.page)).toBe('- にほん')
    await cdp.send('Input.insertText', { text: '日本' })
    await expect.poll(() => lastLine(s.page)).toMatch(/^- \d\d:\d\d 日本$/)
  })

  it('after a reload the panel is open, asks for the file again and offers the last position', async () => {
    await s.page.getByTestId('audio-play').click()
    await expect.poll(() => paused(s.page)).toBe(true)
    const at = await currentTime(s.page)
    await s.page.reload()
    await s.page.locator('.cm-content').waitFor()
    await expect.poll(() => s.page.getByTestId('listen-panel').textContent()).toContain('again')
    await s.page.getByTestId('audio-file').setInputFiles(wav)
    const resume = s.page.getByTestId('audio-resume')
    await resume.waitFor()
    const want = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(Math.floor(at % 60)).padStart(2, '0')}`
    expect(await resume.textContent()).toContain(want)
    await resume.click()
    await expect.poll(() => currentTime(s.page)).toBeGreaterThan(at - 1)
  })
})

describe('a recording in the bundle', () => {
  it('is offered, plays through the media route with its waveform, and comes back by itself after a reload', async () => {
    const s = await openApp({ args: autoplay, viewport: { width: 1280, height: 800 } })
    try {
      const root = s.web.core.info!.root
      copyFileSync(toneWav(20), join(root, 'content/talk/0001-welcome/episode-1.wav'))
      await openEpisode(s.page, episode)
      await s.page.getByTestId('listen-toggle').click()
      const source = s.page.getByRole('combobox', { name: 'Recording' })
      await expect.poll(() => source.locator('option').allTextContents()).toContain('In the bundle: episode-1.wav')
      await source.selectOption({ label: 'In the bundle: episode-1.wav' })
      await s.page.locator('[data-testid=waveform] canvas').waitFor()
      await s.page.getByTestId('audio-play').click()
      await expect.poll(() => currentTime(s.page), { timeout: 8000 }).toBeGreaterThan(1.5)
      await s.page.getByTestId('audio-play').click()
      await expect.poll(() => paused(s.page)).toBe(true)
      await s.page.reload()
      await s.page.getByTestId('audio-resume').waitFor()
      expect(await s.page.locator('[data-testid=listen-panel] audio').getAttribute('src')).toContain('episode-1.wav')
      expect(readdirSync(join(s.dataDir, 'peaks'))).toHaveLength(1)
    } finally {
      await s.close()
    }
  })
})

describe('dropping a file on the panel', () => {
  it('plays a dropped recording and refuses a dropped image with a sentence', async () => {
    const s = await openApp({ args: autoplay })
    try {
      await openEpisode(s.page, episode)
      await s.page.getByTestId('listen-toggle').click()
      const drop = async (name: string, type: string, bytes: number[]) => {
        const transfer = await s.page.evaluateHandle(
          ({ name, type, bytes }) => {
            const dt = new DataTransfer()
            dt.items.add(new File([new Uint8Array(bytes)], name, { type }))
            return dt
          },
          { name, type, bytes }
        )
        await s.page.getByTestId('listen-panel').dispatchEvent('dragover', { dataTransfer: transfer })
        await s.page.getByTestId('listen-panel').dispatchEvent('drop', { dataTransfer: transfer })
      }
      await drop('cover.png', 'image/png', [0x89, 0x50, 0x4e, 0x47])
      await expect.poll(() => s.page.getByTestId('listen-panel').textContent()).toContain('“cover.png” is not an audio file.')
      await drop('dropped.wav', 'audio/wav', [...readFileSync(toneWav(4))])
      await expect.poll(() => s.page.getByTestId('audio-time').textContent()).toContain('/ 00:04')
      await s.page.getByTestId('audio-play').click()
      await expect.poll(() => currentTime(s.page), { timeout: 8000 }).toBeGreaterThan(0.5)
    } finally {
      await s.close()
    }
  })
})

describe('Listen panel screens', () => {
  for (const [scheme, locale, lang] of [['dark', 'en-US', 'en'], ['light', 'ja-JP', 'ja'], ['dark', 'ja-JP', 'ja']] as const) {
    it(`${scheme} ${lang}`, async () => {
      const wav = toneWav(30)
      const s = await openApp({ colorScheme: scheme, locale, args: autoplay, viewport: { width: 1280, height: 800 } })
      try {
        await openEpisode(s.page, episode)
        await s.page.getByTestId('listen-toggle').click()
        await s.page.getByTestId('audio-file').setInputFiles(wav)
        await s.page.locator('[data-testid=waveform] canvas').waitFor()
        await s.page.screenshot({ path: join(artifacts, `listen-${scheme}-${lang}.png`) })
      } finally {
        await s.close()
      }
    })
  }
})
