// The front matter form beside the editor: a change is one edit of one field (after saving, only that line of
// the file differs), text typed in the editor shows in the form at once, and a syntax error disables the form
// with the error shown.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { editorText, openApp, openEpisode, type Session } from './helpers'

let s: Session
const episode = 'content/talk/0001-welcome/index.md'
const original = readFileSync('resources/sample-site/' + episode, 'utf8')
const onDisk = () => readFileSync(join(s.web.workspace.root, episode), 'utf8')
const form = () => s.page.getByTestId('front-matter-form')

function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b.length).toBe(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]] as [string, string]]))
}

async function save(): Promise<void> {
  await s.page.keyboard.press('Control+s')
  await s.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
}

beforeAll(async () => {
  s = await openApp()
  await openEpisode(s.page, episode)
  await s.page.getByRole('tab', { name: /^Fields/ }).click()
  await form().waitFor()
})
afterAll(() => s?.close())

describe('front matter form', () => {
  it('shows the fields as written', async () => {
    expect(await form().getByLabel('Title').inputValue()).toBe('#1 Welcome to Side Project Radio')
    expect(await form().getByLabel('Featured').isChecked()).toBe(true)
    expect(await form().locator('.chip').allTextContents()).toEqual(['intro×', 'hobby projects×', 'mika×', 'sam×'])
    expect(await form().getByLabel('Episode date').inputValue()).toBe('2025-01-10T20:00')
    expect(await form().getByText('offset +09:00').count()).toBe(2)
    expect(await form().locator('.other-field code').allTextContents()).toEqual(['all_day'])
  })

  it('a toggle changes only its line in the file', async () => {
    await form().getByText('Featured', { exact: true }).click()
    await s.page.locator('.cm-line', { hasText: 'featured: false' }).waitFor()
    await save()
    expect(changedLines(original, onDisk())).toEqual([['featured: true', 'featured: false']])
  })

  it('typing a title shows in the text at once and changes only the title line', async () => {
    const title = form().getByLabel('Title')
    await title.click()
    await title.press('End')
    await title.pressSequentially(' (remastered)')
    await s.page.locator('.cm-line', { hasText: 'title: "#1 Welcome to Side Project Radio (remastered)"' }).waitFor()
    await save()
    expect(changedLines(original, onDisk())).toEqual([
      ['title: "#1 Welcome to Side Project Radio"', 'title: "#1 Welcome to Side Project Radio (remastered)"'],
      ['featured: true', 'featured: false']
    ])
  })

  it('a new tag chip edits the tags list only', async () => {
    const before = onDisk()
    const input = form().locator('.chips input').first()
    await input.fill('tokyo')
    await input.press('Enter')
    await s.page.locator('.cm-line', { hasText: 'tags: [intro, hobby projects, tokyo]' }).waitFor()
    await save()
    expect(changedLines(before, onDisk())).toEqual([['tags: [intro, hobby projects]', 'tags: [intro, hobby projects, tokyo]']])
  })

  it('a new date keeps the written offset', async () => {
    const before = onDisk()
    await form().getByLabel('Publish date').fill('2025-01-11T09:15')
    await s.page.locator('.cm-line', { hasText: 'publishDate: 2025-01-11T09:15:00+09:00' }).waitFor()
    await save()
    expect(changedLines(before, onDisk())).toEqual([['publishDate: 2025-01-10T21:30:00+09:00', 'publishDate: 2025-01-11T09:15:00+09:00']])
  })

  it('undo in the editor takes a form change back in one step', async () => {
    await form().getByText('Draft', { exact: true }).click()
    await s.page.locator('.cm-line', { hasText: 'draft: true' }).waitFor()
    await s.page.locator('.cm-content').focus()
    await s.page.keyboard.press('Control+z')
    await s.page.locator('.cm-line', { hasText: 'draft: false' }).waitFor()
    expect(await form().getByLabel('Draft').isChecked()).toBe(false)
  })

  it('shows text typed in the editor in the form at once', async () => {
    const line = s.page.locator('.cm-line', { hasText: 'location: Home studio' })
    await line.click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.type(' in Tokyo')
    expect(await form().getByLabel('Location').inputValue()).toBe('Home studio in Tokyo')
  })

  it('disables the form on a syntax error, shows it, and jumps to its line', async () => {
    const line = s.page.locator('.cm-line', { hasText: 'event: Side Project Radio' })
    await line.click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.type(': broken')
    const alert = form().getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/line 3/)
    expect(await form().getByLabel('Title').isDisabled()).toBe(true)
    await alert.getByRole('button', { name: 'Go to line 3' }).click()
    await s.page.keyboard.press('End')
    for (let i = 0; i < ': broken'.length; i++) await s.page.keyboard.press('Backspace')
    await alert.waitFor({ state: 'detached' })
    expect(await form().getByLabel('Title').isDisabled()).toBe(false)
    expect(await editorText(s.page)).toContain('event: Side Project Radio\n')
  })
})
