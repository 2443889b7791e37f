// An episode saved as UTF-16 with a BOM (LE or BE) reads the same as its UTF-8 twin everywhere: list, check and
// render see its title and text (no false title-missing, no NULs), set and duplicate write it back in UTF-16 with
// its BOM, changing only the field.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index'
import { duplicateEpisodeOnDisk } from '../../src/main/services/episode-ops'

const episode = `---
title: "#7 日本語の回"
date: 2024-04-01T20:00:00+09:00
summary: Radios and tea.
draft: false
---

## Topics

* Valves and [schematics](https://example.com/s.pdf) 真空管
`

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  return order === 'le' ? le : Buffer.from(le).swap16()
}

function fromUtf16(bytes: Buffer, order: 'le' | 'be'): string {
  const le = order === 'le' ? bytes : Buffer.from(bytes).swap16()
  expect([...le.subarray(0, 2)]).toEqual([0xff, 0xfe])
  return le.subarray(2).toString('utf16le')
}

let site: string
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-utf16-'))
  for (const [name, bytes] of [
    ['0007-utf8', Buffer.from(episode)],
    ['0008-le', utf16(episode, 'le')],
    ['0009-be', utf16(episode, 'be')]
  ] as const) {
    mkdirSync(join(site, 'content/talk', name), { recursive: true })
    writeFileSync(join(site, 'content/talk', name, 'index.md'), bytes)
  }
})
afterEach(() => rmSync(site, { recursive: true, force: true }))

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: site })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe.each(['le', 'be'] as const)('a UTF-16 %s episode with a BOM', (order) => {
  const file = `content/talk/000${order === 'le' ? 8 : 9}-${order}/index.md`

  it('is checked like its UTF-8 twin', async () => {
    const twin = await run('check', 'content/talk/0007-utf8/index.md', '--format', 'json')
    const mine = await run('check', file, '--format', 'json')
    expect(mine.code).toBe(twin.code)
    expect(mine.out.replaceAll(file, 'F')).toBe(twin.out.replaceAll('content/talk/0007-utf8/index.md', 'F'))
    expect(mine.out).not.toContain('title-missing')
  })

  it('renders like its UTF-8 twin, with no NULs', async () => {
    const twin = await run('render', 'content/talk/0007-utf8/index.md')
    const mine = await run('render', file)
    expect(mine.code).toBe(0)
    expect(mine.out).toBe(twin.out)
    expect(mine.out).toContain('真空管')
    expect(mine.out).not.toContain('\u0000')
  })

  it('is listed with its title', async () => {
    const listed = await run('list', '.', '--format', 'json')
    expect(listed.out).toContain(file)
    expect((JSON.parse(listed.out) as { title: string }[]).filter((e) => e.title === '#7 日本語の回')).toHaveLength(3)
  })

  it('keeps its encoding and BOM when set changes a field', async () => {
    expect((await run('set', file, 'draft=true')).code).toBe(0)
    expect(fromUtf16(readFileSync(join(site, file)), order)).toBe(episode.replace('draft: false', 'draft: true'))
  })

  it('keeps its encoding and BOM when duplicated', async () => {
    const copy = await duplicateEpisodeOnDisk(site, file, '#7 日本語の回')
    const text = fromUtf16(readFileSync(join(site, copy)), order)
    expect(text).toContain('title: "#7 日本語の回 (copy)"')
    expect(text).toContain('draft: true')
    expect(text).toContain('真空管')
  })
})
