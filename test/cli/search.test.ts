// `shownotes search`: the site search from the command line, as JSON or grep-like lines, with a field scope and
// the grep-like exit status.
import { describe, expect, it } from 'vitest'
import { runCli } from '../fixtures/cli'
import { tempDir, useTempDataDir, writeTree } from '../fixtures/site'

const cleanups = useTempDataDir()

function site() {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  writeTree(dir, {
    'hugo.toml': '',
    'content/talk/0001/index.md': '---\ntitle: "#1 Cloud Run"\ntags: [cloud]\n---\n\nWe tried Cloud Run.\n',
    'content/talk/0002/index.md': '---\ntitle: "#2 ストレージ"\ntags: [storage]\ndraft: true\n---\n\nＣｌｏｕｄ　Ｒｕｎ の話はまた今度。\n',
    'content/talk/0003/index.md': '---\ntitle: "#3 Nothing"\n---\n\nNothing here.\n'
  })
  return dir
}

const cli = runCli

describe('shownotes search', () => {
  it('prints path:line: text for every match, full-width text included', async () => {
    const r = await cli(['search', '.', 'cloud run', '--scope', 'body'], site())
    expect(r.code).toBe(0)
    expect(r.out.split('\n').sort()).toEqual(['content/talk/0001/index.md:6: We tried Cloud Run.', 'content/talk/0002/index.md:7: Ｃｌｏｕｄ　Ｒｕｎ の話はまた今度。'])
  })

  it('prints a line with several matches once, as grep does (JSON keeps each match)', async () => {
    const dir = site()
    const r = await cli(['search', '.', 'run', '--scope', 'body'], dir)
    expect(r.out.split('\n').filter((l) => l.startsWith('content/talk/0001/'))).toEqual(['content/talk/0001/index.md:6: We tried Cloud Run.'])
    writeTree(dir, { 'content/talk/0003/index.md': '---\ntitle: "#3 Runs"\n---\n\nRun, run, run.\n' })
    const again = await cli(['search', '.', 'run', '--scope', 'body'], dir)
    expect(again.out.split('\n').filter((l) => l.startsWith('content/talk/0003/'))).toEqual(['content/talk/0003/index.md:5: Run, run, run.'])
    const json = JSON.parse((await cli(['search', '.', 'run', '--scope', 'body', '--format', 'json'], dir)).out)
    expect(json.find((e: { path: string }) => e.path === 'content/talk/0003/index.md').matches).toHaveLength(3)
  })

  it('JSON with --regex and --field, and exit 1 when nothing is found', async () => {
    const dir = site()
    const r = await cli(['search', '.', '^clo', '--regex', '--field', 'tags', '--format', 'json'], dir)
    const found = JSON.parse(r.out)
    expect(found.map((e: { path: string; matches: { line: number }[] }) => [e.path, e.matches.map((m) => m.line)])).toEqual([['content/talk/0001/index.md', [3]]])
    expect((await cli(['search', '.', 'kubernetes'], dir)).code).toBe(1)
  })

  it('a broken regular expression is a usage mistake, said plainly', async () => {
    const r = await cli(['search', '.', '(', '--regex'], site())
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/regular expression does not work/)
  })
})
