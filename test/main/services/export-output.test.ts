// An export's file work: reading episodes, the html export's cleaning and the writing of files, in this thread or on
// the output thread.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { outputHere, outputOnThread, type ExportOutput } from '../../../src/main/services/export-output'
import { exportHtml, renderForHtmlExport } from '../../../src/shared/export'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shownotes-output-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const episode = '---\ntitle: "#7 Reel to reel"\n---\n\n<iframe src="https://anchor.fm/x/embed/e"></iframe>\n\n## Topics\n\n- [Tape](https://x.org/tape) & *hiss*\n  - ![deck](deck.png) 🎧\n'

describe.each<[string, () => ExportOutput]>([
  ['in this thread', () => outputHere],
  ['on the output thread', () => outputOnThread()!]
])('export output %s', (_name, make) => {
  it('finishes an html export as exportHtml does and writes its two files, making folders', async () => {
    const output = make()
    try {
      const outBase = join(dir, 'talk', '0007')
      const result = await output.html(renderForHtmlExport(episode), outBase)
      const expected = exportHtml(episode)
      expect(result).toEqual({ outputs: [outBase + '.html', outBase + '.youtube.txt'], warnings: expected.warnings, counts: expected.counts })
      expect(readFileSync(outBase + '.html', 'utf8')).toBe(expected.html + '\n')
      expect(readFileSync(outBase + '.youtube.txt', 'utf8')).toBe(expected.text + '\n')
    } finally {
      await output.close()
    }
  })

  it('reads an episode, with its front matter and status when statuses are asked for, and says which file it cannot read', async () => {
    const output = make()
    try {
      // A first job answered means the output thread has loaded, so the reads below are its own.
      await output.write([])
      const file = join(dir, 'index.md')
      writeFileSync(file, '---\ntitle: Later\ndate: 2031-01-01T00:00:00Z\n---\nBody\n')
      const now = Date.parse('2026-12-03T00:00:00Z')
      expect(await output.read({ file, include: null, now, timeZone: undefined })).toEqual({ text: '---\ntitle: Later\ndate: 2031-01-01T00:00:00Z\n---\nBody\n' })
      const read = await output.read({ file, include: ['published'], now, timeZone: undefined })
      expect(read).toMatchObject({ status: 'scheduled', fields: { title: 'Later' } })
      const missing = join(dir, 'gone', 'index.md')
      await expect(Promise.resolve().then(() => output.read({ file: missing, include: null, now, timeZone: undefined }))).rejects.toMatchObject({ code: 'ENOENT', path: missing })
    } finally {
      await output.close()
    }
  })

  it('writes and copies files in order, and reports the file system\'s error for one that cannot be written', async () => {
    const output = make()
    try {
      writeFileSync(join(dir, 'cover.png'), new Uint8Array([0x89, 0x50]))
      await output.write([{ path: join(dir, 'a', 'index.md'), data: '# A\n' }, { path: join(dir, 'a', 'img', 'cover.png'), from: join(dir, 'cover.png') }])
      expect(readFileSync(join(dir, 'a', 'index.md'), 'utf8')).toBe('# A\n')
      expect([...readFileSync(join(dir, 'a', 'img', 'cover.png'))]).toEqual([0x89, 0x50])
      // A file where a folder should be: the write fails with the system's message, later files are not written.
      writeFileSync(join(dir, 'blocked'), '')
      await expect(Promise.resolve().then(() => output.write([{ path: join(dir, 'blocked', 'x.md'), data: 'x' }, { path: join(dir, 'after.md'), data: 'y' }]))).rejects.toThrow(/ENOTDIR|EEXIST/)
      expect(existsSync(join(dir, 'after.md'))).toBe(false)
      // The output goes on working after a failed job.
      await output.write([{ path: join(dir, 'b.md'), data: 'b' }])
      expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('b')
    } finally {
      await output.close()
    }
  })

  it('makes a folder again when it was removed after being made', async () => {
    const output = make()
    try {
      await output.write([{ path: join(dir, 'again', 'one.md'), data: '1' }])
      rmSync(join(dir, 'again'), { recursive: true })
      await output.write([{ path: join(dir, 'again', 'two.md'), data: '2' }])
      expect(readFileSync(join(dir, 'again', 'two.md'), 'utf8')).toBe('2')
    } finally {
      await output.close()
    }
  })
})

describe('the output thread', () => {
  it('answers many jobs in the order given and closes only when they are done', async () => {
    const output = outputOnThread()!
    const done: number[] = []
    const jobs = Array.from({ length: 40 }, (_, i) => Promise.resolve(output.write([{ path: join(dir, `n${i % 4}`, `${i}.txt`), data: String(i) }])).then(() => void done.push(i)))
    await output.close()
    await Promise.all(jobs)
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i))
    expect(readFileSync(join(dir, 'n3', '39.txt'), 'utf8')).toBe('39')
  })

  it('is null when the build has no output thread, so the export writes in its own thread', async () => {
    vi.resetModules()
    vi.doMock('../../../src/main/services/worker-pool', () => ({ workerScript: () => null }))
    try {
      const { outputOnThread: missing } = await import('../../../src/main/services/export-output')
      expect(missing()).toBeNull()
    } finally {
      vi.doUnmock('../../../src/main/services/worker-pool')
      vi.resetModules()
    }
  })

  it('does the work in this thread when the output thread stops, for the jobs it held and those after', async () => {
    vi.resetModules()
    vi.doMock('../../../src/main/services/worker-pool', () => ({ workerScript: () => ({ file: '', eval: 'setTimeout(() => process.exit(3), 50)' }) }))
    try {
      const { outputOnThread: dying } = await import('../../../src/main/services/export-output')
      const output = dying()!
      const first = output.html(renderForHtmlExport(episode), join(dir, 'one'))
      await expect(first).resolves.toMatchObject({ outputs: [join(dir, 'one.html'), join(dir, 'one.youtube.txt')] })
      await output.write([{ path: join(dir, 'two.md'), data: '2' }])
      expect(readFileSync(join(dir, 'one.html'), 'utf8')).toBe(exportHtml(episode).html + '\n')
      expect(readFileSync(join(dir, 'two.md'), 'utf8')).toBe('2')
      await output.close()
    } finally {
      vi.doUnmock('../../../src/main/services/worker-pool')
      vi.resetModules()
    }
  })
})
