import { describe, it, expect, afterEach } from 'vitest'
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { Workspace } from '../../../src/main/services/workspace'
import { UserError } from '../../../src/shared/user-error'
import { PNG_BYTES, tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function open(files: Record<string, string | Uint8Array> = {}) {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, { 'hugo.toml': '', 'content/talk/0001/index.md': '---\ntitle: "#1 One"\n---\nHello.\n', ...files })
  const ws = await Workspace.open(site.dir, { dataDir: data.dir })
  cleanups.push(() => void ws.close())
  return { ws, root: site.dir }
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const EP = 'content/talk/0001/index.md'

describe('reading and saving an episode', () => {
  it('reads text with the hash of the bytes on disk, and saves atomically with a new hash', async () => {
    const { ws, root } = await open()
    const file = await ws.readEpisode(EP)
    expect(file).toEqual({ path: EP, text: '---\ntitle: "#1 One"\n---\nHello.\n', hash: sha(readFileSync(join(root, EP))) })
    const saved = await ws.saveEpisode(EP, file.text + 'More.\n', file.hash)
    expect(saved).toEqual({ ok: true, hash: sha(Buffer.from(file.text + 'More.\n')) })
    expect(readFileSync(join(root, EP), 'utf8')).toBe(file.text + 'More.\n')
    expect(readdirSync(join(root, 'content/talk/0001'))).toEqual(['index.md']) // no temporary file left
  })

  it.each([
    ['CRLF line endings', Buffer.from('---\r\ntitle: x\r\n---\r\nBody\r\n')],
    ['a BOM', Buffer.from('\uFEFF---\ntitle: x\n---\nBody\n')],
    ['no final newline and trailing spaces', Buffer.from('---\ntitle: x   \n---\nBody  ')],
    ['UTF-16 LE with BOM', Buffer.from('\uFEFF---\ntitle: 日本語\n---\n', 'utf16le')],
    ['UTF-16 BE with BOM', Buffer.from('\uFEFF---\ntitle: 日本語\n---\n', 'utf16le').swap16()]
  ])('gives back the same bytes when saved unedited: %s', async (_name, bytes) => {
    const { ws, root } = await open({ [EP]: bytes })
    const file = await ws.readEpisode(EP)
    expect(file.text).toContain('title:')
    await ws.saveEpisode(EP, file.text, file.hash)
    expect(Buffer.compare(readFileSync(join(root, EP)), bytes)).toBe(0)
  })

  it('keeps the encoding when the text changes', async () => {
    const bytes = Buffer.from('\uFEFF---\ntitle: a\n---\n', 'utf16le')
    const { ws, root } = await open({ [EP]: bytes })
    const file = await ws.readEpisode(EP)
    await ws.saveEpisode(EP, file.text.replace('a', 'ü'), file.hash)
    expect(readFileSync(join(root, EP)).toString('utf16le')).toBe('\uFEFF---\ntitle: ü\n---\n')
  })

  it('refuses to open a file that is not UTF-8 instead of damaging it', async () => {
    const { ws } = await open({ [EP]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x93, 0xfa, 0x96, 0x7b, 0x0a]) })
    await expect(ws.readEpisode(EP)).rejects.toMatchObject({ code: 'not-utf8', message: expect.stringContaining('not UTF-8') })
  })

  it('keeps the file mode', async () => {
    const { ws, root } = await open()
    chmodSync(join(root, EP), 0o640)
    const file = await ws.readEpisode(EP)
    await ws.saveEpisode(EP, 'changed\n', file.hash)
    expect(statSync(join(root, EP)).mode & 0o777).toBe(0o640)
  })

  it('saves through a symlink to its target inside the workspace, keeping the link', async () => {
    const { ws, root } = await open({ 'content/real.md': '---\ntitle: Real\n---\n' })
    symlinkSync('real.md', join(root, 'content/link.md'))
    const file = await ws.readEpisode('content/link.md')
    expect((await ws.saveEpisode('content/link.md', 'through the link\n', file.hash)).ok).toBe(true)
    expect(lstatSync(join(root, 'content/link.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(root, 'content/real.md'), 'utf8')).toBe('through the link\n')
  })

  it('removes temporary files left by a crashed save on the next save', async () => {
    const { ws, root } = await open()
    const stale = join(root, 'content/talk/0001/.index.md.shownotes-99999-deadbeef.tmp')
    writeFileSync(stale, 'half a file')
    utimesSync(stale, 1_600_000_000, 1_600_000_000)
    const file = await ws.readEpisode(EP)
    await ws.saveEpisode(EP, 'new\n', file.hash)
    await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(stale)).toBe(false)
    expect((await ws.listEpisodes()).map((e) => e.path)).toEqual([EP])
  })
})

describe('a save never overwrites a change made on disk since the file was read', () => {
  it('reports a conflict with the text on disk, and writes nothing', async () => {
    const { ws, root } = await open()
    const mine = await ws.readEpisode(EP)
    writeFileSync(join(root, EP), 'the co-host’s version\n')
    const result = await ws.saveEpisode(EP, 'my version\n', mine.hash)
    expect(result).toEqual({
      ok: false,
      conflict: true,
      diskText: 'the co-host’s version\n',
      diskHash: sha(Buffer.from('the co-host’s version\n')),
      message: expect.stringContaining('changed on disk')
    })
    expect(readFileSync(join(root, EP), 'utf8')).toBe('the co-host’s version\n')
    // Keep mine: the host chose to overwrite.
    expect(await ws.saveEpisode(EP, 'my version\n', mine.hash, true)).toMatchObject({ ok: true })
    expect(readFileSync(join(root, EP), 'utf8')).toBe('my version\n')
  })

  it('reports a deleted file; saving anyway writes it back, folder included', async () => {
    const { ws, root } = await open()
    const mine = await ws.readEpisode(EP)
    rmSync(join(root, 'content/talk/0001'), { recursive: true })
    const result = await ws.saveEpisode(EP, 'kept\n', mine.hash)
    expect(result).toMatchObject({ ok: false, conflict: true, diskText: null, diskHash: null, message: expect.stringContaining('deleted') })
    expect(await ws.saveEpisode(EP, 'kept\n', mine.hash, true)).toMatchObject({ ok: true })
    expect(readFileSync(join(root, EP), 'utf8')).toBe('kept\n')
  })

  it('a new file (no base) is refused when one appeared under that name', async () => {
    const { ws, root } = await open()
    expect(await ws.saveEpisode('content/new.md', 'first\n', null)).toMatchObject({ ok: true })
    expect(await ws.saveEpisode('content/new.md', 'second\n', null)).toMatchObject({ ok: false, conflict: true, diskText: 'first\n' })
    expect(readFileSync(join(root, 'content/new.md'), 'utf8')).toBe('first\n')
  })

  it('of two saves from the same base, the second is a conflict', async () => {
    const { ws } = await open()
    const base = await ws.readEpisode(EP)
    const [a, b] = await Promise.all([ws.saveEpisode(EP, 'window A\n', base.hash), ws.saveEpisode(EP, 'window B\n', base.hash)])
    expect(a.ok).toBe(true)
    expect(b).toMatchObject({ ok: false, diskText: 'window A\n' })
  })
})

describe('paths from outside are confined to the workspace', () => {
  function makeOutside() {
    const outside = tempDir('shownotes-outside-')
    cleanups.push(outside.cleanup)
    writeFileSync(join(outside.dir, 'secret.md'), 'secret\n')
    return outside
  }

  const attempts: [string, (ws: Workspace, p: string) => Promise<unknown>][] = [
    ['read', (ws, p) => ws.readEpisode(p)],
    ['save', (ws, p) => ws.saveEpisode(p, 'pwned\n', null, true)],
    ['rename', (ws, p) => ws.renameEpisode(p, 'x')],
    ['duplicate', (ws, p) => ws.duplicateEpisode(p)],
    ['delete', (ws, p) => ws.deleteEpisode(p)],
    ['list media', (ws, p) => ws.listMedia(p)],
    ['import media', (ws, p) => ws.importMedia(p, 'a.png', PNG_BYTES)]
  ]
  const paths = (outside: string) => ['../escape.md', '../../etc/passwd.md', join(outside, 'secret.md'), 'content/../../escape.md', 'content/out/secret.md', 'content/evil.md', 'C:/Windows/x.md', '\\\\server\\share\\x.md']

  it.each(attempts)('%s refuses ../, absolute paths and links that lead out, writing nothing', async (_name, attempt) => {
    const { ws, root } = await open()
    const outside = makeOutside()
    symlinkSync(outside.dir, join(root, 'content/out'))
    symlinkSync(join(outside.dir, 'secret.md'), join(root, 'content/evil.md'))
    for (const p of paths(outside.dir)) {
      const err = await attempt(ws, p).then(() => null, (e: unknown) => e)
      expect(err, p).toBeInstanceOf(UserError)
      expect((err as UserError).code, p).toBe('path-refused')
    }
    expect(readFileSync(join(outside.dir, 'secret.md'), 'utf8')).toBe('secret\n')
    expect(readdirSync(outside.dir)).toEqual(['secret.md'])
    expect(existsSync(join(root, '..', 'escape.md'))).toBe(false)
  })

  it('refuses files that are not Markdown', async () => {
    const { ws } = await open()
    await expect(ws.saveEpisode('hugo.toml', 'x', null, true)).rejects.toMatchObject({ code: 'not-markdown' })
    await expect(ws.readEpisode('content/talk/0001')).rejects.toMatchObject({ code: 'not-markdown' })
  })

  it('says so when the file is gone', async () => {
    const { ws } = await open()
    await expect(ws.readEpisode('content/missing.md')).rejects.toMatchObject({ code: 'not-found' })
  })
})
