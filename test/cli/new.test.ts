import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../fixtures/cli'
import { episodeText, tempDir, useTempDataDir, writeTree } from '../fixtures/site'

const cleanups = useTempDataDir()

const cli = runCli

describe('shownotes new', () => {
  it('creates the next numbered draft and prints its path', async () => {
    const { dir, cleanup } = tempDir()
    cleanups.push(cleanup)
    writeTree(dir, { 'hugo.toml': '', 'content/talk/0035/index.md': episodeText({ number: 35 }) })
    const r = await cli(['new', '.', '--title', 'AWS news'], dir)
    expect(r).toMatchObject({ code: 0, out: 'content/talk/0036-aws-news/index.md' })
    const text = readFileSync(join(dir, r.out), 'utf8')
    expect(text).toContain('title: "#36 AWS news"')
    expect(text).toContain('draft: true')
    expect((await cli(['new', dir, '--section', 'bonus'], '/')).out).toBe(`${dir}/content/bonus/0001/index.md`)
  })

  it('explains bad input', async () => {
    const { dir, cleanup } = tempDir()
    cleanups.push(cleanup)
    writeTree(dir, { 'hugo.toml': '' })
    expect(await cli(['new'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('Give exactly one site folder') })
    expect(await cli(['new', '.', '--section', 'a|b'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('section name is not usable') })
  })
})
