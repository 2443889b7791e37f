// A read-only episode is never saved over (refused with `read-only`, the text kept in the journal), and the file
// system's refusals reach the window and the CLI as a code with a sentence in English and Japanese, never raw.
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { AppCore } from '../../../src/main/app-core'
import { createDispatcher } from '../../../src/main/dispatch'
import { explainFsError } from '../../../src/main/services/fs-errors'
import { errorLeadsJa, errorText } from '../../../src/renderer/error-messages'
import { ApiError } from '../../../src/shared/api-client'
import type { ErrorCode } from '../../../src/shared/error-codes'
import { episodeText, tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
const cores: AppCore[] = []
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()))
  cleanups.splice(0).forEach((c) => c())
})

const EP = 'content/talk/0001/index.md'

function readOnlySite() {
  const site = tempDir()
  cleanups.push(site.cleanup)
  writeTree(site.dir, { 'hugo.toml': '', [EP]: episodeText({ number: 1 }) })
  chmodSync(join(site.dir, EP), 0o444)
  return site.dir
}

describe('a read-only episode', () => {
  it('is refused by save (even when forced), its bytes and mode kept, the unsaved text still journaled', async () => {
    const root = readOnlySite()
    const before = readFileSync(join(root, EP))
    const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-core-'))
    const core = new AppCore({ dataDir, emit: vi.fn() })
    cores.push(core)
    const call = createDispatcher(core.handlers, () => undefined)
    await call('workspace.open', { folder: root })
    const read = await call('episode.read', { path: EP })
    if (!read.ok) throw new Error(read.error.message)
    const { hash, text } = read.value as { hash: string; text: string }
    await call('recovery.journal', { path: EP, text: text + 'My new paragraph.\n', baseHash: hash })
    for (const force of [false, true]) {
      const saved = await call('episode.save', { path: EP, text: text + 'My new paragraph.\n', baseHash: hash, force })
      expect(saved).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/^This file is read-only/) } })
    }
    expect(readFileSync(join(root, EP))).toEqual(before)
    expect(statSync(join(root, EP)).mode & 0o777).toBe(0o444)
    const journal = await call('recovery.list', {})
    expect(journal).toMatchObject({ ok: true, value: [expect.objectContaining({ path: EP, text: expect.stringContaining('My new paragraph.') })] })
  })

  it('is refused by `shownotes set`', async () => {
    const root = readOnlySite()
    const before = readFileSync(join(root, EP), 'utf8')
    const err: string[] = []
    expect(await main(['set', EP, 'draft=true'], { out: () => undefined, err: (t) => void err.push(t), cwd: root })).toBe(2)
    expect(err.join('\n')).toContain('This file is read-only')
    expect(readFileSync(join(root, EP), 'utf8')).toBe(before)
  })
})

describe('the file system’s refusals', () => {
  const errno = (code: string, path = '/site/content/talk/0001/.index.md.shownotes-1-ab.tmp') =>
    Object.assign(new Error(`${code}: raw, open '${path}'`), { code, path })

  it.each([
    ['EACCES', 'permission-denied', /not allowed to change/],
    ['EPERM', 'permission-denied', /not allowed to change/],
    ['ENOSPC', 'disk-full', /The disk is full/],
    ['ENAMETOOLONG', 'name-too-long', /name is too long/],
    ['EROFS', 'read-only-disk', /read-only/],
    ['EBUSY', 'file-busy', /Another program/]
  ])('%s reaches the window as %s, in English and Japanese, naming the folder and not the temporary file', async (code, expected, english) => {
    const call = createDispatcher({ 'settings.get': () => { throw errno(code) } } as never, () => undefined)
    const answer = await call('settings.get', {})
    expect(answer).toMatchObject({ ok: false, error: { code: expected, message: expect.stringMatching(english) } })
    const { message } = (answer as { error: { message: string } }).error
    expect(message).toContain('"0001"')
    expect(message).not.toMatch(/tmp|EACCES|ENOSPC|Something went wrong/)
    expect(errorLeadsJa[expected as ErrorCode]).toMatch(/[ぁ-んァ-ン一-龯]/)
    expect(errorText('ja', new ApiError(message, expected))).toMatch(/^[^A-Za-z]+。/)
  })

  it('leaves other errors alone', () => {
    expect(explainFsError(new Error('plain'))).toBeNull()
    expect(explainFsError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeNull()
  })

  it('reaches the CLI as a sentence: an export whose folder name is too long for the disk', async () => {
    const site = tempDir()
    cleanups.push(site.cleanup)
    writeTree(site.dir, { 'hugo.toml': '', [EP]: episodeText({ number: 1 }) })
    const err: string[] = []
    const code = await main(['export', 'content/talk/0001', '--format', 'markdown', '-o', `out/${'x'.repeat(300)}`], { out: () => undefined, err: (t) => void err.push(t), cwd: site.dir })
    expect(code).toBe(1)
    expect(err.join('\n')).toMatch(/not exported: The file or folder name is too long for this disk/)
    expect(err.join('\n')).not.toContain('ENAMETOOLONG')
  })
})
