// `shownotes set`: edits fields of a real file on disk, atomically, keeping every other byte; clear errors otherwise.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseValue, run } from '../../src/cli/commands/set'
import { main, type CliIo } from '../../src/cli/index'
import { UserError } from '../../src/shared/user-error'

const episode = `---
# Documentation: https://example.org/docs/

title: "#35 Spring recap"
event:
summary: "Old summary"
date: 2021-03-20T10:00:00+09:00
#date_end: 2021-03-20T11:00:00+09:00
draft: true
tags: []
image:
  caption: ""
  focal_point: ""
---

Body text.
`

let dir: string
let out: string[]
let err: string[]
let io: CliIo
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shownotes-set-'))
  out = []
  err = []
  io = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, text: string | Buffer): string => {
  writeFileSync(join(dir, name), text)
  return name
}
const read = (name: string): string => readFileSync(join(dir, name), 'utf8')
const changedLines = (a: string, b: string): string[] => {
  const before = a.split('\n')
  return b.split('\n').filter((line, i) => line !== before[i])
}

describe('shownotes set', () => {
  it('sets several fields, changing only their lines', async () => {
    const file = write('index.md', episode)
    const code = await run([file, 'draft=false', 'tags=[aws, podcast]', 'title=#36 Summer recap', 'image.caption=Cover photo'], io)
    expect(code).toBe(0)
    expect(out).toEqual(['index.md: set draft, tags, title, image.caption'])
    const after = read(file)
    expect(changedLines(episode, after)).toEqual(['title: "#36 Summer recap"', 'draft: false', 'tags: ["aws", "podcast"]', '  caption: "Cover photo"'])
    expect(after).toContain('#date_end: 2021-03-20T11:00:00+09:00')
    expect(after.endsWith('---\n\nBody text.\n')).toBe(true)
  })

  it('keeps a BOM and CRLF line endings', async () => {
    const text = '\uFEFF' + episode.replace(/\n/g, '\r\n')
    const file = write('crlf.md', text)
    await run([file, 'event=Podcast day'], io)
    const bytes = readFileSync(join(dir, file))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(read(file)).toBe(text.replace('event:\r\n', 'event: "Podcast day"\r\n'))
  })

  it('prints only the changed lines as a unified diff with --dry-run and leaves the file alone', async () => {
    const file = write('index.md', episode + 'More body.\n'.repeat(50))
    await run(['--dry-run', file, 'summary=New summary', 'tags=[radio]'], io)
    expect(out.join('\n')).toBe(`--- a/index.md
+++ b/index.md
@@ -3,11 +3,11 @@
 
 title: "#35 Spring recap"
 event:
-summary: "Old summary"
+summary: "New summary"
 date: 2021-03-20T10:00:00+09:00
 #date_end: 2021-03-20T11:00:00+09:00
 draft: true
-tags: []
+tags: ["radio"]
 image:
   caption: ""
   focal_point: ""`)
    expect(read(file)).toBe(episode + 'More body.\n'.repeat(50))
  })

  it('does not rewrite the file when nothing changes', async () => {
    const file = write('index.md', episode)
    const before = statSync(join(dir, file))
    await run([file, 'draft=true', 'date=2021-03-20T10:00:00+09:00'], io)
    expect(out).toEqual(['index.md: no change'])
    expect(statSync(join(dir, file)).ino).toBe(before.ino)
  })

  it('adds front matter to a file without one', async () => {
    const file = write('notes.md', 'Just notes.\n')
    await run([file, 'title=Notes'], io)
    expect(read(file)).toBe('---\ntitle: Notes\n---\nJust notes.\n')
  })

  it('refuses bad input with a message a person understands, writing nothing', async () => {
    const broken = write('broken.md', '---\ntitle: "unclosed\n---\nbody\n')
    const latin1 = write('latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x61, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]))
    const good = write('index.md', episode)
    const cases: Array<[string[], RegExp]> = [
      [['missing.md', 'a=1'], /There is no file missing\.md\./],
      [[good], /Give a file and at least one KEY=VALUE/],
      [[good, 'draft'], /"draft" is not KEY=VALUE/],
      [[good, '=x'], /"=x" is not KEY=VALUE/],
      [[good, 'tags=[a, b'], /The value for tags is not valid YAML/],
      [[good, 'title.main=x'], /"title" holds a single value/],
      [[good, '--force', 'a=1'], /Unknown option '--force'/],
      [[broken, 'draft=true'], /^Line 2: .*quoted value is not closed/],
      [[latin1, 'a=1'], /"latin1\.md" is not UTF-8 text/],
      [['.', 'a=1'], /is a folder/]
    ]
    for (const [args, message] of cases) {
      await expect(run(args, io), args.join(' ')).rejects.toSatisfy((e: unknown) => e instanceof UserError && message.test(e.message))
    }
    expect(read(good)).toBe(episode)
    expect(read(broken)).toBe('---\ntitle: "unclosed\n---\nbody\n')
  })

  it('is reachable through the command router, which turns errors into exit code 2', async () => {
    const file = write('index.md', episode)
    expect(await main(['set', file, 'draft=false'], io)).toBe(0)
    expect(await main(['set', file, 'nonsense'], io)).toBe(2)
    expect(err.join('\n')).toMatch(/^shownotes set: "nonsense" is not KEY=VALUE/)
  })
})

describe('parseValue', () => {
  const cases: Array<[string, unknown]> = [
    ['false', false],
    ['42', 42],
    ['2.5', 2.5],
    ['no', 'no'],
    ['[a, b]', ['a', 'b']],
    ['[]', []],
    ['{caption: x}', { caption: 'x' }],
    ['"#36 quoted"', '#36 quoted'],
    ['#36 shell ate the quotes', '#36 shell ate the quotes'],
    ['Pilot: the first', 'Pilot: the first'],
    ['2021-01-01T10:00:00+09:00', '2021-01-01T10:00:00+09:00'],
    ['null', null],
    ['', null],
    ['plain words', 'plain words']
  ]
  for (const [raw, value] of cases) it(`${JSON.stringify(raw)} → ${JSON.stringify(value)}`, () => expect(parseValue('k', raw)).toEqual(value))
})
