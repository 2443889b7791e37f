// Publishing with git in the real window (web mode, Chromium): the list marks a changed episode, Publish commits
// and pushes to a local bare remote, and a co-host's clash on the same line opens the compare view; then the same
// in a dark, Japanese window. Git runs for real; nothing of the machine's git config is read.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishEpisodes } from '../../src/main/services/git/publish'
import { coHosts, episodeText, git, isolateGit, remoteLog, write, type CoHosts } from '../fixtures/git-sites'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'

const first = 'content/talk/0001/index.md'
const second = 'content/talk/0002/index.md'

beforeAll(isolateGit)

/** The co-host at `a` changes the line the host is about to change too, and publishes it. */
async function coHostPublishes(hosts: CoHosts) {
  write(hosts.a, first, episodeText('First', 'Kato writes here, says Kato.\n\nSaito writes here.'))
  const result = await publishEpisodes({ root: hosts.a, scopes: ['content/talk/0001'], message: 'Kato’s part', push: true })
  expect(result).toMatchObject({ ok: true, pushed: true })
}

/** Puts the cursor at the end of the editor line holding `text` and types `typed`. */
async function typeAtEndOf(page: Page, text: string, typed: string) {
  await page.locator('.cm-line', { hasText: text }).click()
  await page.keyboard.press('End')
  await page.keyboard.type(typed)
}

describe('publishing with git (English, light)', () => {
  let s: Session
  let hosts: CoHosts
  beforeAll(async () => {
    hosts = coHosts()
    s = await openApp({ folder: hosts.b })
  })
  afterAll(() => s?.close())

  it('shows the branch and marks an episode changed on disk', async () => {
    await s.page.getByTestId('git-branch').getByText('Branch main → origin/main').waitFor()
    write(hosts.b, second, episodeText('Second', 'Opening line, and more words from Saito.'))
    const row = s.page.locator('.episode-list li', { has: s.page.locator(`button[data-path="${second}"]`) })
    await row.getByTestId('git-mark').getByText('changed').waitFor()
    expect(await s.page.locator('.episode-list').getByTestId('git-mark').count()).toBe(1)
    await s.page.screenshot({ path: join(artifacts, 'git-list-light.png') })
  })

  it('publishes the open episode: commits only its bundle and pushes to the remote', async () => {
    write(hosts.b, 'hugo.toml', 'title = "Shared show (not this commit)"\n')
    await openEpisode(s.page, second)
    await s.page.getByTestId('publish').click()
    const section = s.page.getByTestId('git-publish')
    await section.getByText('This episode has changes that are not published yet.').waitFor()
    expect(await section.getByTestId('git-message').inputValue()).toBe('Publish “Second”')
    await section.getByTestId('git-publish-button').click()
    await section.getByTestId('git-outcome').getByText(/Published to origin\/main \([0-9a-f]{7}\)\./).waitFor()
    await section.getByText('Everything of this episode is published.').waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-published-light.png') })
    expect(remoteLog(hosts.remote)).toEqual(['Publish “Second”', 'The site'])
    expect(git(hosts.remote, 'show', '--name-only', '--format=', 'main').trim()).toBe(second)
    expect(git(hosts.b, 'status', '--porcelain')).toBe(' M hugo.toml\n')
  })

  it('shows both versions side by side when a co-host changed the same line, and publishes the chosen text', async () => {
    await coHostPublishes(hosts)
    await openEpisode(s.page, first)
    await typeAtEndOf(s.page, 'Kato writes here.', ' Saito adds this.')
    await s.page.getByTestId('publish').click()
    await s.page.getByTestId('git-publish-button').click()
    const dialog = s.page.getByRole('dialog')
    await dialog.getByTestId('compare').waitFor()
    await dialog.getByText('Yours (this computer)').waitFor()
    await dialog.getByText('Published (co-host)').waitFor()
    await dialog.getByTestId('compare').getByText('says Kato', { exact: false }).waitFor()
    await dialog.getByTestId('compare').getByText('Saito adds this', { exact: false }).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-conflict-light.png') })
    // Nothing went out, and the host's text is in their file, whole.
    expect(remoteLog(hosts.remote)).toEqual(['Kato’s part', 'Publish “Second”', 'The site'])
    const onDisk = readFileSync(join(hosts.b, first), 'utf8')
    expect(onDisk).toContain('Kato writes here. Saito adds this.')
    // Git set the file aside and put it back: no "changed/deleted on disk" question is left behind.
    await s.page.waitForTimeout(300)
    expect(await s.page.getByTestId('conflict-bar').count()).toBe(0)
    expect(onDisk).not.toMatch(/^(<<<<<<<|>>>>>>>)/m)

    await dialog.getByRole('button', { name: 'Use theirs' }).click()
    await expect.poll(() => editorText(s.page)).toContain('Kato writes here, says Kato.')
    await typeAtEndOf(s.page, 'says Kato.', ' And Saito.')
    await s.page.getByTestId('git-publish-button').click()
    await s.page.getByTestId('git-outcome').getByText(/Published to origin\/main/).waitFor()
    expect(remoteLog(hosts.remote)[0]).toBe('Publish “First”')
    expect(git(hosts.remote, 'show', `main:${first}`)).toContain('Kato writes here, says Kato. And Saito.')
  })

  it('says in words why the remote refused a push, with git’s output a click away', async () => {
    const hook = join(hosts.remote, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "publishing is closed until the episode airs" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    await typeAtEndOf(s.page, 'And Saito.', ' More.')
    await s.page.getByTestId('git-publish-button').click()
    const problem = s.page.getByTestId('git-problem')
    await problem.getByText('A git hook refused the change', { exact: false }).waitFor()
    await problem.getByText('Git’s output').click()
    await problem.getByText('publishing is closed until the episode airs', { exact: false }).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-refused-light.png') })
  })
})

describe('pull', () => {
  let s: Session
  let hosts: CoHosts
  beforeAll(async () => {
    hosts = coHosts()
    s = await openApp({ folder: hosts.b })
  })
  afterAll(() => s?.close())

  it('reloads an open episode with no unsaved text, and asks about one with unsaved text', async () => {
    await openEpisode(s.page, second)
    await coHostPublishes(hosts)
    write(hosts.a, second, episodeText('Second', 'Opening line, rewritten by Kato.'))
    git(hosts.a, 'commit', '-qam', 'Second by Kato')
    git(hosts.a, 'push', '-q')
    await s.page.getByTestId('publish').click()
    await s.page.getByTestId('git-pull').click()
    await s.page.getByTestId('git-outcome').getByText('Brought in 2 published commits.').waitFor()
    await expect.poll(() => editorText(s.page)).toContain('rewritten by Kato')
    expect(await s.page.getByTestId('conflict-bar').count()).toBe(0)

    write(hosts.a, second, episodeText('Second', 'Opening line, rewritten again by Kato.'))
    git(hosts.a, 'commit', '-qam', 'Again')
    git(hosts.a, 'push', '-q')
    await typeAtEndOf(s.page, 'rewritten by Kato.', ' Unsaved words.')
    await s.page.getByTestId('git-pull').click()
    await s.page.getByTestId('conflict-bar').waitFor()
    expect(await editorText(s.page)).toContain('Unsaved words.')
    await s.page.getByTestId('conflict-bar').getByRole('button', { name: 'Compare' }).click()
    await s.page.getByRole('dialog').getByText('rewritten again by Kato', { exact: false }).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-pull-unsaved-light.png') })
  })
})

describe('a file set aside and put back', () => {
  let s: Session
  let hosts: CoHosts
  beforeAll(async () => {
    hosts = coHosts()
    s = await openApp({ folder: hosts.b })
  })
  afterAll(() => s?.close())

  it('drops the "deleted on disk" bar when the file comes back with the same bytes', async () => {
    await openEpisode(s.page, second)
    const bytes = readFileSync(join(hosts.b, second))
    rmSync(join(hosts.b, second))
    await s.page.getByTestId('conflict-bar').waitFor()
    writeFileSync(join(hosts.b, second), bytes)
    await s.page.getByTestId('conflict-bar').waitFor({ state: 'detached' })
  })
})

describe('publishing with git (Japanese, dark)', () => {
  let s: Session
  let hosts: CoHosts
  beforeAll(async () => {
    hosts = coHosts()
    s = await openApp({ folder: hosts.b, colorScheme: 'dark', locale: 'ja-JP' })
  })
  afterAll(() => s?.close())

  it('marks and publishes in Japanese, and shows the clash in the compare view', async () => {
    write(hosts.b, second, episodeText('Second', 'Opening line, changed.'))
    await s.page.getByTestId('git-mark').getByText('変更あり').waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-list-ja-dark.png') })
    await coHostPublishes(hosts)
    await openEpisode(s.page, first)
    await typeAtEndOf(s.page, 'Kato writes here.', ' 斎藤です。')
    await s.page.getByTestId('publish').click()
    await s.page.getByTestId('git-publish').getByText('git で公開').waitFor()
    await s.page.getByTestId('git-publish-button').click()
    const dialog = s.page.getByRole('dialog')
    await dialog.getByText('公開済み (共同ホスト)').waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-conflict-ja-dark.png') })
    await dialog.getByRole('button', { name: '手で統合する' }).click()
    await s.page.getByTestId('git-problem').getByText('共同ホストが content/talk/0001/index.md の同じ行を変更していました', { exact: false }).waitFor()
    await s.page.screenshot({ path: join(artifacts, 'git-problem-ja-dark.png') })
  })
})
