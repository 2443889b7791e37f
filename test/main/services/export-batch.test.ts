// Finding episodes under the paths a user names, and running tasks in worker threads in order with progress.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bundleFileList, findEpisodes, runTasks } from '../../../src/main/services/export-batch'
import { exportEpisodes } from '../../../src/main/services/export-run'
import type { EpisodeTask } from '../../../src/main/services/export-worker'
import { defaultCheckConfig } from '../../../src/shared/checks'
import { exportHtml, permalink } from '../../../src/shared/export'

let site: string
function write(path: string, text = 'x'): void {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), text)
}
const rel = (list: { file: string }[]) => list.map((e) => e.file.slice(site.length + 1))

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-batch-'))
  write('hugo.toml', 'baseURL = "https://radio.example.org/"\ntimeZone = "Asia/Tokyo"\n')
  write('.shownotes.yaml', 'summaryLimit: 99\n')
  write('layouts/shortcodes/sponsor.html', '')
  write('content/talk/0001/index.md', '---\ntitle: One\n---\n')
  write('content/talk/0001/cover.png')
  write('content/talk/0001/kato/Untitled 1.png')
  write('content/talk/0001/.DS_Store')
  write('content/talk/0001/node_modules/x.png')
  write('content/talk/0002/index.md', '---\ntitle: Two\n---\n')
  write('content/talk/_index.md', '---\ntitle: Talks\n---\n')
  write('content/posts/hello.md', '---\ntitle: Hello\n---\n')
  write('content/public/old.md')
  write('archetypes/talk.md')
})
afterEach(() => rmSync(site, { recursive: true, force: true }))

describe('findEpisodes', () => {
  it('walks a site root through its content folders only', async () => {
    const found = await findEpisodes(['.'], site)
    expect(rel(found)).toEqual(['content/posts/hello.md', 'content/talk/0001/index.md', 'content/talk/0002/index.md'])
    expect(found.map((e) => e.relative)).toEqual(['content/posts/hello.md', 'content/talk/0001/index.md', 'content/talk/0002/index.md'])
    expect(found[1].bundleDir).toBe(join(site, 'content/talk/0001'))
    expect(found[0].bundleDir).toBeNull()
  })

  it('reads the site once: config, time zone, its own shortcodes, URLs', async () => {
    const [a, b] = await findEpisodes(['content/talk'], site)
    expect(a.site).toBe(b.site)
    expect(a.site.config.summaryLimit).toBe(99)
    expect(a.site.config.shortcodes).toContain('sponsor')
    expect(a.site.timeZone).toBe('Asia/Tokyo')
    expect(a.site.urls.baseURL).toBe('https://radio.example.org/')
    expect(a.relative).toBe('0001/index.md')
  })

  it('takes a bundle folder, a bundle file or a leaf file as one episode, and each file once', async () => {
    expect(rel(await findEpisodes(['content/talk/0001', 'content/talk/0001/index.md', 'content/posts/hello.md'], site))).toEqual(['content/talk/0001/index.md', 'content/posts/hello.md'])
  })

  it('refuses what is not there or not Markdown', async () => {
    await expect(findEpisodes(['content/nope'], site)).rejects.toThrow('"content/nope" does not exist.')
    await expect(findEpisodes(['hugo.toml'], site)).rejects.toThrow(/not a Markdown file/)
  })

  it('works on a plain folder with no site around it', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'shownotes-plain-'))
    try {
      mkdirSync(join(plain, 'ep1'))
      writeFileSync(join(plain, 'ep1', 'index.md'), '# One\n')
      writeFileSync(join(plain, 'README.md'), '# Readme\n')
      const found = await findEpisodes(['.'], plain)
      expect(found.map((e) => e.relative)).toEqual(['ep1/index.md'])
      expect(found[0].site.isHugoSite).toBe(false)
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
  })
})

describe('bundleFileList', () => {
  it('lists the bundle\'s files, sub-folders included, without index.md, dot files or ignored folders', async () => {
    expect(await bundleFileList(join(site, 'content/talk/0001'))).toEqual(['cover.png', 'kato/Untitled 1.png'])
  })
})

describe('runTasks', () => {
  const tasks = (n: number): EpisodeTask[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: 'check',
      file: join(site, i % 2 ? 'content/talk/0002/index.md' : 'content/talk/0001/index.md'),
      bundleDir: null,
      site: { config: defaultCheckConfig, timeZone: undefined },
      now: Date.parse('2025-01-01T00:00:00Z')
    }))

  it('returns results in the tasks\' order, in worker threads as in this thread, with progress', async () => {
    const progress: number[] = []
    const inThread = await runTasks(tasks(30), { workers: 0 })
    const inWorkers = await runTasks(tasks(30), { workers: 2, onProgress: (done) => progress.push(done) })
    expect(inWorkers).toEqual(inThread)
    // One worker beside this thread: each is handed work while the other runs, every task still answered once.
    expect(await runTasks(tasks(30), { workers: 1 })).toEqual(inThread)
    expect(inWorkers.map((r) => r.file)).toEqual(tasks(30).map((t) => t.file))
    expect(progress).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  })

  it('reports a file that cannot be read as that task\'s error', async () => {
    const [r] = await runTasks([{ ...tasks(1)[0], file: join(site, 'gone.md') }], { workers: 0 })
    expect(r).toMatchObject({ kind: 'error', file: join(site, 'gone.md') })
  })

  it('exports a folder of many episodes (rendered here, finished and written on the output thread) as one by one', async () => {
    const notes = (n: number) => `---\ntitle: "#${n} Splice"\n---\n\n## Part ${n}\n\n- [tape](../${n - 1}/) and *hiss*\n- <https://x.org/${n}>\n`
    for (let n = 1; n <= 30; n++) write(`content/reel/${String(n).padStart(2, '0')}/index.md`, notes(n))
    const out = join(site, '..', `${site.split(/[\\/]/).pop()}-out`)
    try {
      const run = await exportEpisodes({ inputs: ['content/reel'], cwd: site, out, format: 'html', options: { figures: 'html', images: 'relative', frontMatter: 'keep' } })
      expect(run.results.map((r) => r.kind)).toEqual(Array(30).fill('export'))
      for (const n of [1, 17, 30]) {
        const name = String(n).padStart(2, '0')
        const expected = exportHtml(notes(n), { pageUrl: permalink({ baseURL: 'https://radio.example.org/' }, { contentPath: `reel/${name}/index.md`, fields: {} }), baseURL: 'https://radio.example.org/' })
        expect(readFileSync(join(out, `${name}.html`), 'utf8')).toBe(expected.html + '\n')
        expect(readFileSync(join(out, `${name}.youtube.txt`), 'utf8')).toBe(expected.text + '\n')
        expect(run.results[n - 1]).toEqual({ kind: 'export', file: join(site, `content/reel/${name}/index.md`), outputs: [join(out, `${name}.html`), join(out, `${name}.youtube.txt`)], warnings: [], counts: expected.counts })
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
