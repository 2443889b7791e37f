// The attacks on `export` that once overwrote a site's episodes: every output that is the site, inside its content or
// a bundle, or holds them (through `..` or a symlink), is refused from the CLI and the API, and nothing is written.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'
import { AppCore } from '../../src/main/app-core'
import { createDispatcher } from '../../src/main/dispatch'

let base: string
let site: string
let err: string[]
const io = (): CliIo => ({ out: () => undefined, err: (t) => void err.push(t), cwd: site })

function write(path: string, text: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), text)
}

/** Every file of the site with a hash of its bytes: what "nothing was written" means. */
function snapshot(dir = site, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isSymbolicLink()) return [`${prefix}${e.name} -> link`]
    if (e.isDirectory()) return snapshot(p, `${prefix}${e.name}/`)
    return [`${prefix}${e.name} ${createHash('sha1').update(readFileSync(p)).digest('hex')} ${statSync(p).mtimeMs}`]
  }).sort()
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'shownotes-attack-'))
  site = join(base, 'site')
  err = []
  write('hugo.toml', 'baseURL = "https://radio.example.org/"\n')
  write('static/logo.txt', 'logo')
  for (const n of [1, 2]) write(`content/talk/000${n}/index.md`, `---\ntitle: "#${n} Radio"\n---\n\n{{< figure src="a.png" title="A" >}}\n`)
  write('content/talk/0001/a.png', 'png')
  write('content/leaf.md', '---\ntitle: Leaf\n---\n\nText.\n')
  symlinkSync(join(site, 'content'), join(base, 'to-content'))
  symlinkSync(join(site, 'content/talk/0001'), join(base, 'to-bundle'))
  symlinkSync(site, join(base, 'to-site'))
})
afterEach(() => rmSync(base, { recursive: true, force: true }))

const attacks: [string, string[], string][] = [
  ['markdown into the site itself', ['.', '--format', 'markdown', '-o', '.'], 'is the site folder'],
  ['markdown into the site through static/..', ['.', '--format', 'markdown', '-o', 'static/..'], 'is the site folder'],
  ['html into the site', ['.', '--format', 'html', '-o', '.'], 'is the site folder'],
  ['markdown into a symlink to the content folder', ['.', '--format', 'markdown', '-o', '../to-content'], 'is inside the content folder'],
  ['markdown into a new folder under a symlink to the content', ['.', '--format', 'markdown', '-o', '../to-content/new/out'], 'is inside the content folder'],
  ['markdown into a symlink to the site', ['.', '--format', 'markdown', '-o', '../to-site'], 'is the site folder'],
  ['one bundle into itself', ['content/talk/0001', '--format', 'markdown', '-o', 'content/talk/0001'], 'is inside the content folder'],
  ['one bundle into itself through a symlink', ['content/talk/0001', '--format', 'bundle', '-o', '../to-bundle'], 'is inside the content folder'],
  ['one file over itself', ['content/leaf.md', '--format', 'markdown', '-o', 'content/leaf.md'], 'is inside the content folder'],
  ['a folder that holds the site', ['.', '--format', 'chapters', '-o', '..'], 'holds the content folder']
]

describe('export never writes into the sources', () => {
  it.each(attacks)('the CLI refuses %s', async (_, args, reason) => {
    const before = snapshot()
    expect(await main(['export', ...args], io())).toBe(2)
    expect(err.join('\n')).toContain(reason)
    expect(err.join('\n')).toContain('would overwrite your episodes')
    expect(snapshot()).toEqual(before)
  })

  it('refuses a folder inside an episode whose bundle is a link to somewhere outside the site', async () => {
    // The bundle's real folder is outside the content: only resolving that episode's own link finds it.
    mkdirSync(join(base, 'elsewhere/0003'), { recursive: true })
    writeFileSync(join(base, 'elsewhere/0003/index.md'), '---\ntitle: "#3 Radio"\n---\n\nText.\n')
    symlinkSync(join(base, 'elsewhere/0003'), join(site, 'content/talk/0003'))
    for (const args of [['content/talk/0003'], ['content/talk/0001', 'content/talk/0002', 'content/talk/0003']]) {
      err = []
      expect(await main(['export', ...args, '--format', 'html', '-o', '../elsewhere/0003/out'], io())).toBe(2)
      expect(err.join('\n')).toContain('is inside the episode')
    }
    expect(readdirSync(join(base, 'elsewhere/0003'))).toEqual(['index.md'])
  })

  it('still exports to a folder beside the content (public/ of the site) and outside it', async () => {
    expect(await main(['export', '.', '--format', 'markdown', '-o', 'public/notes'], io())).toBe(0)
    expect(readFileSync(join(site, 'public/notes/content/talk/0002/index.md'), 'utf8')).toContain('<figure')
    expect(await main(['export', '.', '--format', 'html', '-o', '../elsewhere'], io())).toBe(0)
    expect(readdirSync(join(base, 'elsewhere/content/talk'))).toEqual(['0001.html', '0001.youtube.txt', '0002.html', '0002.youtube.txt'])
  })
})

describe('an output through a broken link', () => {
  it('is refused once, naming the link and where it points, before any episode is tried', async () => {
    symlinkSync(join(base, 'nowhere/deeper'), join(base, 'dangling'))
    for (const out of ['../dangling', '../dangling/notes']) {
      err = []
      expect(await main(['export', '.', '--format', 'html', '-o', out], io())).toBe(2)
      expect(err).toHaveLength(1)
      expect(err[0]).toContain(`goes through the link ${join(base, 'dangling')}, which points to ${join(base, 'nowhere/deeper')}`)
      expect(err[0]).not.toContain('ENOENT')
    }
    err = []
    expect(await main(['export', 'content/leaf.md', '--format', 'html', '-o', '../dangling/leaf.html'], io())).toBe(2)
    expect(err[0]).toContain('does not exist')
    expect(readdirSync(base).sort()).toEqual(['dangling', 'site', 'to-bundle', 'to-content', 'to-site'])
  })
})

describe('episodes.export refuses an outDir over the sources', () => {
  const cores: AppCore[] = []
  afterEach(async () => void (await Promise.all(cores.splice(0).map((c) => c.close()))))

  it.each([
    ['a symlink to the content folder', () => join(base, 'to-content')],
    ['a symlink to the site', () => join(base, 'to-site')],
    ['a symlink to a bundle', () => join(base, 'to-bundle')],
    ['the site through static/..', () => join(site, 'static/..')],
    ['the folder that holds the site', () => base]
  ])('%s', async (_, outDir) => {
    const core = new AppCore({ dataDir: mkdtempSync(join(tmpdir(), 'shownotes-core-')), emit: vi.fn() })
    cores.push(core)
    const call = createDispatcher(core.handlers, () => undefined)
    await call('workspace.open', { folder: site })
    const before = snapshot()
    for (const format of ['markdown', 'html'] as const) {
      const result = await call('episodes.export', { paths: [], format, outDir: outDir() })
      expect(result).toMatchObject({ ok: false, error: { code: 'export-into-sources', message: expect.stringContaining('would overwrite your episodes') } })
    }
    expect(snapshot()).toEqual(before)
  })
})
