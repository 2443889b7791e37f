// Site search, replace and snippets in the real window (web mode, Chromium): a word in three episodes is found
// and opened at its line; replaced in two of them with the third unticked (the open one through its editor); the
// replace undone; a snippet with placeholders inserted. Screenshots light, dark and Japanese.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeTree } from '../fixtures/site'
import { artifacts, editorText, openApp, type Session } from './helpers'

const episode = (n: number, title: string, body: string) =>
  `---\n# From the talk archetype.\ntitle: "#${n} ${title}"\ndate: 2026-0${n}-10T20:00:00+09:00\ndraft: false\n---\n\n## Topics\n\n${body}\n`

function makeSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-search-site-'))
  writeTree(root, {
    'hugo.toml': 'title = "Byte Street"\n',
    'content/talk/0001/index.md': episode(1, 'Pilot', '- We set up Kubernetes at home.\n- Then we went to lunch.'),
    'content/talk/0002/index.md': episode(2, 'Clusters', '- Coffee first.\n- A second cluster.\n- Ｋｕｂｅｒｎｅｔｅｓ upgrades were painful.'),
    'content/talk/0003/index.md': episode(3, 'Storage', '- kubernetes volumes and backups.\n- クラウドの料金の話。'),
    'content/talk/0004/index.md': episode(4, 'Nothing', '- No containers this week.'),
    '.shownotes/snippets/sponsor.md': '---\ndescription: The sponsor read\n---\nEpisode ${episode} is brought to you by ${1:sponsor} (${date}).\n'
  })
  return root
}

// CodeMirror ignores Enter for 75 ms after the completion list opens, so a fast typist never accepts by accident.
const accept = async (page: Session['page']) => {
  await page.waitForTimeout(100)
  await page.keyboard.press('Enter')
}

const file = (root: string, n: number) => readFileSync(join(root, `content/talk/000${n}/index.md`), 'utf8')

let s: Session
let root: string

beforeAll(async () => {
  root = makeSite()
  s = await openApp({ folder: root })
  await s.page.locator('button[data-path="content/talk/0001/index.md"]').waitFor()
})
afterAll(async () => {
  await s?.close()
  rmSync(root, { recursive: true, force: true })
})

describe('site search', () => {
  it('finds a word in three episodes (full-width included) and opens a result at its line', async () => {
    await s.page.keyboard.press('Control+Shift+F')
    const panel = s.page.getByTestId('site-search')
    await panel.getByRole('searchbox').fill('kubernetes')
    const episodes = panel.locator('.search-episode')
    await expect.poll(() => episodes.count()).toBe(3)
    await expect.poll(() => panel.locator('mark').allTextContents()).toEqual(['kubernetes', 'Ｋｕｂｅｒｎｅｔｅｓ', 'Kubernetes']) // newest episode first, as the list
    await s.page.screenshot({ path: join(artifacts, 'site-search-light.png') })
    await panel.locator('.search-episode[data-path="content/talk/0002/index.md"] .search-match button').click()
    await s.page.locator('.cm-activeLine', { hasText: 'Ｋｕｂｅｒｎｅｔｅｓ upgrades' }).waitFor()
  })

  it('replaces in two episodes with the third unticked (the open one in its editor), then undoes it', async () => {
    const panel = s.page.getByTestId('site-search')
    await panel.getByRole('button', { name: 'Replace…' }).click()
    await panel.getByRole('textbox', { name: 'Replace with' }).fill('K8s')
    await panel.locator('.search-episode[data-path="content/talk/0003/index.md"]').getByRole('checkbox', { name: 'Replace in this episode' }).uncheck()
    // The preview: each ticked match struck out with what it becomes; the unticked one stays marked.
    const row = (n: number) => panel.locator(`.search-episode[data-path="content/talk/000${n}/index.md"] .search-text`)
    await expect.poll(() => row(1).innerHTML()).toBe('- We set up <del>Kubernetes</del><ins>K8s</ins> at home.')
    await expect.poll(() => row(3).innerHTML()).toBe('- <mark>kubernetes</mark> volumes and backups.')
    await s.page.screenshot({ path: join(artifacts, 'site-replace-preview-light.png') })
    await panel.getByRole('button', { name: 'Replace 2 ticked' }).click()
    const outcome = panel.locator('.search-outcome')
    await outcome.getByText('Replaced 2 matches in 2 episodes.').waitFor()
    await outcome.getByText('content/talk/0002/index.md: open in the editor', { exact: false }).waitFor()
    expect(file(root, 1)).toContain('We set up K8s at home.')
    expect(file(root, 3)).toContain('kubernetes volumes')
    await expect.poll(() => editorText(s.page)).toContain('- K8s upgrades were painful.')
    expect(file(root, 2)).toContain('Ｋｕｂｅｒｎｅｔｅｓ') // the open episode is changed in the editor, not saved behind its back
    await s.page.screenshot({ path: join(artifacts, 'site-replace-light.png') })
    await outcome.getByRole('button', { name: 'Undo replace' }).click()
    await outcome.getByText('Put back 2 episodes.').waitFor()
    expect(file(root, 1)).toContain('We set up Kubernetes at home.')
    await expect.poll(() => editorText(s.page)).toContain('- Ｋｕｂｅｒｎｅｔｅｓ upgrades were painful.')
  })

  it('inserts a snippet from ;prefix completion with its placeholders filled and the field to type in', async () => {
    await s.page.locator('.cm-content').click()
    await s.page.keyboard.press('Control+End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type(';spon')
    await s.page.locator('.cm-tooltip-autocomplete').getByText(';sponsor').waitFor()
    await accept(s.page)
    await s.page.keyboard.type('Byte Cloud')
    const today = await s.page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    await expect.poll(() => editorText(s.page)).toContain(`Episode 2 is brought to you by Byte Cloud (${today}).`)
  })

  it('saves the selection as a snippet of your own and offers it after ;', async () => {
    await s.page.locator('.cm-line', { hasText: 'A second cluster.' }).click()
    await s.page.keyboard.press('Home')
    await s.page.keyboard.press('Shift+End')
    await s.page.keyboard.press('Control+Shift+L')
    const dialog = s.page.getByRole('dialog', { name: 'Save the selection as a snippet' })
    await dialog.getByText('- A second cluster.').waitFor()
    await dialog.getByRole('textbox').fill('cluster')
    await dialog.getByRole('button', { name: 'Save snippet' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(readFileSync(join(s.dataDir, 'snippets/cluster.md'), 'utf8')).toBe('- A second cluster.\n')
    await s.page.locator('.cm-content').click()
    await s.page.keyboard.press('Control+End')
    await s.page.keyboard.press('Enter')
    await s.page.keyboard.type(';clus')
    await s.page.locator('.cm-tooltip-autocomplete').getByText(';cluster').waitFor()
    await accept(s.page)
    await expect.poll(async () => (await editorText(s.page)).split('A second cluster.').length).toBe(3)
  })
})

describe('site search, dark and Japanese', () => {
  it('looks right in dark', async () => {
    const dark = await openApp({ folder: root, colorScheme: 'dark' })
    try {
      await dark.page.locator('#tab-search').click()
      await dark.page.getByTestId('site-search').getByRole('searchbox').fill('ｃｌｏｕｄ|kubernetes')
      await dark.page.getByTestId('site-search').getByRole('button', { name: 'Regular expression' }).click()
      await expect.poll(() => dark.page.locator('.search-episode').count()).toBe(3)
      await dark.page.screenshot({ path: join(artifacts, 'site-search-dark.png') })
    } finally {
      await dark.close()
    }
  })

  it('speaks Japanese and folds kana on request', async () => {
    const ja = await openApp({ folder: root, locale: 'ja-JP' })
    try {
      await ja.page.locator('#tab-search').click()
      const panel = ja.page.getByTestId('site-search')
      await panel.getByRole('searchbox').fill('くらうど')
      await panel.getByText('一致するものはありません。').waitFor()
      await panel.getByRole('button', { name: 'かな: ひらがな = カタカナ' }).click()
      await panel.locator('.search-episode[data-path="content/talk/0003/index.md"] mark', { hasText: 'クラウド' }).waitFor()
      await panel.getByText('1 件のエピソードで 1 件一致').waitFor()
      await ja.page.screenshot({ path: join(artifacts, 'site-search-ja.png') })
    } finally {
      await ja.close()
    }
  })
})
