// The Publish view and the editor's problem list in a Japanese window (real Chromium, web mode): a broken episode's
// problems and quick fixes read in Japanese, a Japanese fix button repairs the text, and switching the language
// back shows the checks' English.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'

let s: Session
const broken = 'content/talk/0005-ja/index.md'

beforeAll(async () => {
  s = await openApp({ locale: 'ja-JP' })
  const root = s.web.workspace.root
  mkdirSync(join(root, 'content/talk/0005-ja'), { recursive: true })
  writeFileSync(
    join(root, broken),
    '---\ntitle: ""\ndate: 2025-01-10T20:00:00+09:00\nsummary: "二人で古いラジオを直す回。"\ndraft: false\n---\n## 真空管の話\n\n[メモ]()\n\n{{< figure src="tube.png" title="真空管" >}}\n'
  )
  await s.page.locator(`button[data-path="${broken}"]`).waitFor()
  await openEpisode(s.page, broken)
})
afterAll(() => s?.close())

describe('Ready to publish, in Japanese', () => {
  it('lists the problems in the editor in Japanese', async () => {
    await s.page.getByTestId('problems').click()
    const list = s.page.locator('.cm-panel-lint')
    await list.getByText('タイトルが空です。', { exact: false }).waitFor()
    await list.getByText('図 "tube.png" がこのエピソードのフォルダにありません。', { exact: false }).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'editor-problems-ja.png') })
    await s.page.keyboard.press('Escape')
  })

  it('says the problems and quick fixes in Japanese and applies a fix', async () => {
    await s.page.getByTestId('publish').click()
    const panel = s.page.getByTestId('publish-panel')
    const errors = panel.locator('.check-group[data-severity="error"]')
    await errors.getByText('タイトルが空です。').waitFor()
    await errors.getByText('図 "tube.png" がこのエピソードのフォルダにありません。').waitFor()
    await panel.getByText('リンク "メモ" にアドレスがありません。').waitFor()
    await s.page.screenshot({ path: join(artifacts, 'publish-checks-ja.png') })
    await panel.getByRole('button', { name: '最初の見出しをタイトルにする: "真空管の話"' }).click()
    await expect.poll(() => editorText(s.page)).toContain('title: "真空管の話"')
    await panel.getByText('タイトルが空です。').waitFor({ state: 'detached' })
  })

  it('says in Japanese why a rename was refused, with the particulars', async () => {
    await s.page.locator('#tab-episodes').click()
    const row = s.page.locator('.episode-list li', { has: s.page.locator('button.episode[data-path="content/talk/0005-ja/index.md"]') })
    await row.hover()
    await row.locator('.episode-more').click()
    await s.page.getByRole('menuitem', { name: '名前を変更…' }).click()
    await s.page.getByTestId('rename-input').fill('0001-welcome')
    await s.page.getByTestId('rename-input').press('Enter')
    await s.page.getByRole('dialog').getByRole('alert').filter({ hasText: '同じ名前のものがすでにあります。' }).filter({ hasText: '0001-welcome' }).waitFor()
    await s.page.keyboard.press('Escape')
    await s.page.getByTestId('publish').click()
  })

  it('shows the checks’ English words again in English', async () => {
    await s.page.locator('select.language').selectOption('en')
    const panel = s.page.getByTestId('publish-panel')
    await panel.getByText('The figure "tube.png" is not in this episode\'s folder').waitFor()
    await panel.getByRole('button', { name: 'Keep "メモ" as plain text' }).waitFor()
    await s.page.getByTestId('problems').click()
    await s.page.locator('.cm-panel-lint').getByText('The figure "tube.png" is not in this episode\'s folder', { exact: false }).waitFor()
  })
})
