// Figures that don't leak or bloat, in real Chromium: a 4000×3000 phone photo with a GPS position dropped on the
// editor lands in the bundle without the position and within 2560 pixels, and the media panel shows the saving;
// a photo already in the bundle is flagged by the checks and processed in place by their fix, after asking.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readExif } from '../../src/shared/exif'
import { phoneJpeg } from '../fixtures/images'
import { artifacts, dropAtEndOf, editorText, openApp, openEpisode, type Session } from './helpers'

const episode = 'content/talk/0001-welcome/index.md'
let photo: string
let light: Session
let dark: Session

const bundleOf = (s: Session) => join(s.web.workspace.root, 'content/talk/0001-welcome')

async function dropPhoto(s: Session): Promise<void> {
  await openEpisode(s.page, episode)
  await dropAtEndOf(s.page, 'Listener questions', [{ name: 'IMG_2041.JPG', type: 'image/jpeg', base64: photo }])
  await s.page.locator('.cm-line', { hasText: 'src="IMG_2041.jpg"' }).waitFor()
  expect(await editorText(s.page)).toMatch(/Listener questions.*\n {2}\{\{< figure src="IMG_2041\.jpg"/)
  await s.page.getByRole('tab', { name: /^(Media|メディア)/ }).click()
}

beforeAll(async () => {
  photo = Buffer.from(await phoneJpeg(4000, 3000)).toString('base64')
  ;[light, dark] = await Promise.all([openApp(), openApp({ colorScheme: 'dark', locale: 'ja-JP' })])
}, 120_000)
afterAll(async () => {
  await light?.close()
  await dark?.close()
})

describe('a dropped phone photo', () => {
  it('is saved without its GPS position and within 2560 pixels, and the media panel shows the saving', async () => {
    await dropPhoto(light)
    const meta = await sharp(join(bundleOf(light), 'IMG_2041.jpg')).metadata()
    expect(readExif(meta.exif).location).toBe(false)
    expect(meta.exif).toBeUndefined()
    expect(Math.max(meta.width!, meta.height!)).toBe(2560)
    const saved = light.page.getByTestId('media-panel').locator('li[data-name="IMG_2041.jpg"]').getByTestId('media-saved')
    await saved.waitFor()
    expect(await saved.textContent()).toMatch(/^[\d.]+ MB → [\d.]+ [KM]B$/)
    await light.page.getByTestId('media-panel').screenshot({ path: join(artifacts, 'media-saving-light.png') })
  })

  it('shows the same in Japanese in the dark theme', async () => {
    await dropPhoto(dark)
    const saved = dark.page.getByTestId('media-panel').locator('li[data-name="IMG_2041.jpg"]').getByTestId('media-saved')
    await saved.waitFor()
    expect(await dark.page.getByTestId('media-panel').getByRole('button', { name: 'ファイルを追加…' }).count()).toBe(1)
    await dark.page.getByTestId('media-panel').screenshot({ path: join(artifacts, 'media-saving-dark.png') })
  })
})

describe('the Images settings and the media panel’s Add', () => {
  it('adds a photo within the limit the settings give, without touching the text', async () => {
    const page = light.page
    await page.getByTestId('settings-button').click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    const images = dialog.getByTestId('settings-images')
    await images.getByRole('spinbutton', { name: 'Longest edge of added photos' }).fill('1000')
    await images.getByRole('radio', { name: 'WebP' }).click()
    await images.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifacts, 'settings-images.png') })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByRole('tab', { name: /^Media/ }).click()
    const before = await page.locator('.cm-content').textContent()
    await page.getByTestId('media-add-input').setInputFiles({ name: 'stage.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await phoneJpeg(1600, 1200)) })
    await page.getByTestId('media-panel').locator('li[data-name="stage.webp"]').getByTestId('media-saved').waitFor()
    const meta = await sharp(join(bundleOf(light), 'stage.webp')).metadata()
    expect([meta.format, meta.width, meta.height, readExif(meta.exif).location]).toEqual(['webp', 1000, 750, false])
    expect(await page.locator('.cm-content').textContent()).toBe(before)
    // Back to the defaults for the tests below.
    await page.getByTestId('settings-button').click()
    await images.getByRole('spinbutton', { name: 'Longest edge of added photos' }).fill('2560')
    await images.getByRole('radio', { name: 'Keep' }).click()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('reads in Japanese', async () => {
    const page = dark.page
    await page.getByTestId('settings-button').click()
    const images = page.getByTestId('settings-images')
    await images.getByText('追加する写真の長辺').waitFor()
    await images.getByText('元のファイルのまま追加').waitFor()
    await images.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifacts, 'settings-images-ja-dark.png') })
    await page.keyboard.press('Escape')
  })
})

describe('a photo already in the bundle', () => {
  it('is flagged by the checks, and their fix processes it in place after asking', async () => {
    const s = light
    const file = join(bundleOf(s), 'meetup.jpg')
    writeFileSync(file, await phoneJpeg(3200, 2400))
    await s.page.getByTestId('media-panel').getByRole('button', { name: 'Refresh' }).click()
    await s.page.getByTestId('publish').click()
    const panel = s.page.getByTestId('publish-panel')
    await panel.getByText('The photo "meetup.jpg" records where it was taken').waitFor()
    await panel.getByText('The photo "meetup.jpg" is 3200×2400 pixels').waitFor()
    let asked = ''
    s.page.once('dialog', (d) => void ((asked = d.message()), d.accept()))
    await panel.getByRole('button', { name: 'Remove the location from "meetup.jpg"' }).click()
    await panel.getByText('The photo "meetup.jpg" records where it was taken').waitFor({ state: 'detached' })
    await panel.getByText('The photo "meetup.jpg" is 3200×2400 pixels').waitFor({ state: 'detached' })
    expect(asked).toMatch(/Process "meetup\.jpg" in place\?/)
    const meta = await sharp(file).metadata()
    expect([readExif(meta.exif).location, meta.width, meta.height]).toEqual([false, 2560, 1920])
  })

  it('is left alone when the host says no', async () => {
    const s = light
    const file = join(bundleOf(s), 'keep.jpg')
    writeFileSync(file, await phoneJpeg(300, 200))
    await s.page.getByRole('tab', { name: /^Media/ }).click()
    await s.page.getByTestId('media-panel').getByRole('button', { name: 'Refresh' }).click()
    await s.page.getByTestId('publish').click()
    const panel = s.page.getByTestId('publish-panel')
    s.page.once('dialog', (d) => void d.dismiss())
    await panel.getByRole('button', { name: 'Remove the location from "keep.jpg"' }).click()
    await new Promise((r) => setTimeout(r, 300))
    expect(readExif((await sharp(file).metadata()).exif).location).toBe(true)
  })
})
