import { describe, it, expect } from 'vitest'
import { run } from '../../src/cli/commands/list'
import { runCli } from '../fixtures/cli'
import { episodeText, tempDir, useTempDataDir, writeTree } from '../fixtures/site'

const cleanups = useTempDataDir()

function site() {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  writeTree(dir, {
    'hugo.toml': '',
    'content/podcast/0001/index.md': episodeText({ number: 1, date: '2021-01-05T20:00:00+09:00' }),
    'content/podcast/0002/index.md': episodeText({ number: 2, date: '2021-01-12T20:00:00+09:00', draft: true, title: '#2 下書きのエピソード' }),
    'content/podcast/0003/index.md': episodeText({ number: 3, date: '2099-01-01T20:00:00+09:00' }),
    'content/podcast/old.md': '---\ntitle: Retired\nexpiryDate: 2022-01-01\n---\n'
  })
  return dir
}

const cli = runCli

describe('shownotes list', () => {
  it('prints JSON: path (as reachable from here), status and the index fields', async () => {
    const dir = site()
    const r = await cli(['list', '.', '--format', 'json'], dir)
    expect(r.code).toBe(0)
    const list = JSON.parse(r.out)
    expect(list.map((e: { path: string; status: string }) => [e.path, e.status])).toEqual([
      ['content/podcast/0003/index.md', 'scheduled'],
      ['content/podcast/0002/index.md', 'draft'],
      ['content/podcast/0001/index.md', 'published'],
      ['content/podcast/old.md', 'expired']
    ])
    expect(Object.keys(list[0]).sort()).toEqual(
      ['bundle', 'date', 'expiryDate', 'figures', 'media', 'number', 'path', 'problems', 'publishDate', 'section', 'status', 'summary', 'tags', 'title', 'words'].sort()
    )
    expect(list[2]).toMatchObject({ title: '#1 Talking about serverless functions', number: 1, section: 'podcast', date: '2021-01-05T20:00:00+09:00', figures: 4 })
  })

  it('filters by status (repeatable or comma-separated) and prefixes paths with the folder given', async () => {
    const dir = site()
    const one = JSON.parse((await cli(['list', dir, '--format=json', '--status', 'draft'], '/')).out)
    expect(one.map((e: { path: string }) => e.path)).toEqual([`${dir}/content/podcast/0002/index.md`])
    let printed = ''
    expect(await run(['content', '--format', 'json', '--status', 'draft,expired'], { out: (t) => (printed = t), err: () => {}, cwd: dir })).toBe(0)
    const two = JSON.parse(printed)
    expect(two.map((e: { path: string }) => e.path)).toEqual(['content/podcast/0002/index.md', 'content/podcast/old.md'])
  })

  it('prints a readable table by default', async () => {
    const r = await cli(['list', '.'], site())
    expect(r.out.split('\n')[0]).toMatch(/^STATUS\s+DATE\s+NO\.\s+TITLE\s+PATH$/)
    expect(r.out).toMatch(/draft\s+2021-01-12\s+#2\s+#2 下書きのエピソード\s+content\/podcast\/0002\/index\.md/)
    expect(r.out).toContain('4 episodes: 1 draft, 1 scheduled, 1 published, 1 expired')
  })

  it('shows the episode date, as the window does, not the publishDate', async () => {
    const dir = site()
    writeTree(dir, { 'content/podcast/0004/index.md': '---\ntitle: "#4 Recorded early"\ndate: 2021-02-01T20:00:00+09:00\npublishDate: 2021-02-09T06:00:00+09:00\n---\n' })
    const r = await cli(['list', '.'], dir)
    expect(r.out).toMatch(/published\s+2021-02-01\s+#4\s+#4 Recorded early/)
    expect(r.out).not.toContain('2021-02-09')
  })

  it('explains bad input', async () => {
    const dir = site()
    expect(await cli(['list', '.', '--status', 'live'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('--status must be one of draft, scheduled, published, expired') })
    expect(await cli(['list', '.', '--format', 'xml'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('--format must be json or text') })
    expect(await cli(['list'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('Give exactly one folder') })
    expect(await cli(['list', '.', '--colour'], dir)).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--colour'") })
    expect(await cli(['list', 'missing'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('does not exist') })
  })
})
