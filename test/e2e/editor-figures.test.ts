// Adding screenshots is one drag: files dropped onto the editor (a real DataTransfer with real Files) land in
// the episode's bundle, a figure appears at the drop point and in the preview; a pasted image gets a dated name;
// other files become links; undo removes the text and the file stays, shown as unused.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropAtEndOf, editorText, openApp, openEpisode, type Session } from './helpers'

let s: Session
const episode = 'content/talk/0001-welcome/index.md'
const bundle = () => join(s.web.workspace.root, 'content/talk/0001-welcome')
const png = readFileSync('resources/sample-site/content/talk/0001-welcome/studio-desk.png').toString('base64')
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64')

async function saveAndRead(): Promise<string> {
  await s.page.keyboard.press('Control+s')
  await s.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
  return readFileSync(join(s.web.workspace.root, episode), 'utf8')
}

beforeAll(async () => {
  s = await openApp()
  await openEpisode(s.page, episode)
})
afterAll(() => s?.close())

describe('figures by drag and drop', () => {
  it('copies a dropped image into the bundle and puts a figure at the drop point', async () => {
    await dropAtEndOf(s.page, 'Listener questions', [{ name: 'new mic.png', type: 'image/png', base64: png }])
    await s.page.locator('.cm-line', { hasText: 'src="new-mic.png"' }).waitFor()
    expect(existsSync(join(bundle(), 'new-mic.png'))).toBe(true)
    const text = await editorText(s.page)
    expect(text).toContain('- Listener questions: send them to [our mailbox](mailto:hello@radio.example.org)\n  {{< figure src="new-mic.png" title="New mic" numbered="true" >}}\n')
    const img = s.page.getByTestId('preview').locator('img[src$="/new-mic.png"]')
    await img.waitFor()
    await s.page.waitForFunction(() => (document.querySelector('.preview img[src$="/new-mic.png"]') as HTMLImageElement | null)?.naturalWidth === 800)
    expect(await s.page.getByTestId('preview').locator('figure figcaption', { hasText: 'New mic' }).count()).toBe(1)
  })

  it('gives several files several figures in order, never overwriting a file', async () => {
    await dropAtEndOf(s.page, 'Next episode: a meetup in Tokyo', [
      { name: 'new-mic.png', type: 'image/png', base64: png },
      { name: 'cable_mess.png', type: 'image/png', base64: png }
    ])
    await s.page.locator('.cm-line', { hasText: 'src="cable_mess.png"' }).waitFor()
    const text = await editorText(s.page)
    expect(text).toContain('3. Next episode: a meetup in Tokyo\n   {{< figure src="new-mic-2.png" title="New mic 2" numbered="true" >}}\n   {{< figure src="cable_mess.png" title="Cable mess" numbered="true" >}}')
    expect(existsSync(join(bundle(), 'new-mic-2.png'))).toBe(true)
    expect(readFileSync(join(bundle(), 'new-mic.png')).equals(Buffer.from(png, 'base64'))).toBe(true)
  })

  it('turns a dropped PDF into a link to the copied file', async () => {
    await dropAtEndOf(s.page, 'Ship small, ship often.', [{ name: 'show notes.pdf', type: 'application/pdf', base64: pdf }])
    await s.page.locator('.cm-line', { hasText: '[show-notes.pdf](show-notes.pdf)' }).waitFor()
    expect(existsSync(join(bundle(), 'show-notes.pdf'))).toBe(true)
  })

  it('saves exactly the inserted text', async () => {
    const onDisk = await saveAndRead()
    expect(onDisk).toContain('  {{< figure src="new-mic.png" title="New mic" numbered="true" >}}\n\n## Links')
    expect(onDisk).toContain('> Ship small, ship often.\n> [show-notes.pdf](show-notes.pdf)\n> — a sticky note')
    expect(onDisk.match(/\{\{< figure/g)).toHaveLength(4)
  })

  it('saves a pasted image as image-YYYYMMDD-HHMMSS.png at the cursor', async () => {
    await s.page.locator('.cm-line', { hasText: 'Why a podcast about side projects' }).click()
    await s.page.keyboard.press('End')
    await s.page.evaluate((base64) => {
      const dt = new DataTransfer()
      dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' }))
      document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
    }, png)
    const line = s.page.locator('.cm-line', { hasText: /src="image-\d{8}-\d{6}\.png"/ })
    await line.waitFor()
    const name = /src="(image-\d{8}-\d{6}\.png)"/.exec((await line.textContent())!)![1]
    expect(existsSync(join(bundle(), name))).toBe(true)
    expect(await editorText(s.page)).toContain(`- Why a podcast about side projects\n  {{< figure src="${name}"`)
  })

  it('undo removes the inserted figure; the file stays and shows as unused', async () => {
    const name = /src="(image-\d{8}-\d{6}\.png)"/.exec(await editorText(s.page))![1]
    await s.page.keyboard.press('Control+z')
    await s.page.locator('.cm-line', { hasText: name }).waitFor({ state: 'detached' })
    expect(existsSync(join(bundle(), name))).toBe(true)
    await s.page.getByRole('tab', { name: /^Media/ }).click()
    const item = s.page.getByTestId('media-panel').locator(`li[data-name="${name}"]`)
    await item.locator('.state-unused').waitFor()
    expect(await s.page.getByTestId('media-panel').locator('li[data-name="new-mic.png"] .state-used').count()).toBe(1)
  })
})

describe('media panel', () => {
  it('inserts a figure for a clicked image at the cursor', async () => {
    await s.page.locator('.cm-line', { hasText: 'Finishing is a skill' }).click()
    await s.page.keyboard.press('End')
    await s.page.getByRole('tab', { name: /^Media/ }).click()
    await s.page.getByTestId('media-panel').locator('li[data-name="cable_mess.png"] .media-thumb').click()
    await s.page.locator('.cm-line', { hasText: '{{< figure src="cable_mess.png" title="Cable mess" numbered="true" >}}' }).first().waitFor()
    expect(await editorText(s.page)).toContain('  - Finishing is a skill, not a mood\n    {{< figure src="cable_mess.png"')
  })

  it('moves an unused file to the trash after asking', async () => {
    const name = /src="(image-\d{8}-\d{6}\.png)"/.exec(await editorText(s.page))?.[1] ?? (await s.page.getByTestId('media-panel').locator('li.media-unused').first().getAttribute('data-name'))!
    const item = s.page.getByTestId('media-panel').locator(`li[data-name="${name}"]`)
    await item.getByRole('button', { name: /Move to trash/ }).click()
    await item.getByRole('button', { name: 'Move to trash?' }).click()
    await item.waitFor({ state: 'detached' })
    expect(existsSync(join(bundle(), name))).toBe(false)
  })
})
