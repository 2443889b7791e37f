// `shownotes chapters`, `retime` and `transcript` on a real bundle on disk: what they print and write, and that bad
// input is refused with the file, line and reason while every file stays as it was.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'

const notes = `---
title: "#12 Cloud Run"
transcript: ""
---

Intro text.

## Topics

- 00:00 Intro
- 01:30 [Cloud Run](https://cloud.example) news
- 12:00 Wrap-up
`

let dir: string
let out: string[]
let io: CliIo
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shownotes-chapters-'))
  mkdirSync(join(dir, 'ep'))
  writeFileSync(join(dir, 'ep/index.md'), notes)
  out = []
  io = { out: (t) => out.push(t), err: (t) => out.push(t), cwd: dir }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const read = (name: string) => readFileSync(join(dir, name), 'utf8')
const cli = (...args: string[]) => main(args, io)
/** The command is refused (exit 2) with a message matching `message`. */
async function refused(args: string[], message: RegExp): Promise<void> {
  out.length = 0
  expect(await main(args, io)).toBe(2)
  expect(out.join('\n')).toMatch(message)
}

describe('shownotes chapters', () => {
  it('prints the notes as a YouTube list by default, and in each format asked for', async () => {
    expect(await cli('chapters', 'ep/index.md')).toBe(0)
    expect(out.join('')).toBe('00:00 Intro\n01:30 Cloud Run news\n12:00 Wrap-up\n')
    out.length = 0
    expect(await cli('chapters', 'ep/index.md', '--format', 'psc')).toBe(0)
    expect(out.join('')).toContain('<psc:chapter start="00:01:30.000" title="Cloud Run news" href="https://cloud.example"/>')
    out.length = 0
    expect(await cli('chapters', 'ep/index.md', '--format', 'json')).toBe(0)
    expect(JSON.parse(out.join(''))).toMatchObject({ title: '#12 Cloud Run', chapters: [{ startTime: 0 }, { startTime: 90, url: 'https://cloud.example' }, { startTime: 720 }] })
  })

  it('imports an Audacity label file into the list, keeping the links of matching lines', async () => {
    writeFileSync(join(dir, 'labels.txt'), '0.000000\t0.000000\tIntro\n95.250000\t95.250000\tCloud Run news\n700.5\t700.5\tGuest\n760\t760\tWrap-up\n')
    expect(await cli('chapters', 'ep/index.md', '--import', 'labels.txt')).toBe(0)
    expect(read('ep/index.md')).toBe(notes.replace('- 01:30 [Cloud', '- 01:35 [Cloud').replace('- 12:00 Wrap-up', '- 11:40 Guest\n- 12:40 Wrap-up'))
  })

  it('--dry-run prints a diff and writes nothing', async () => {
    writeFileSync(join(dir, 'c.txt'), '00:00:00.000 Intro\n00:01:40.000 Cloud Run news\n00:12:00.000 Wrap-up\n')
    expect(await cli('chapters', 'ep/index.md', '--import', 'c.txt', '--dry-run')).toBe(0)
    expect(out.join('\n')).toContain('-- 01:30 [Cloud Run](https://cloud.example) news\n+- 01:40 [Cloud Run](https://cloud.example) news')
    expect(read('ep/index.md')).toBe(notes)
  })

  it('refuses a malformed chapter file with its line and reason, changing nothing', async () => {
    writeFileSync(join(dir, 'bad.txt'), '0.0\t0.0\tIntro\nabc\t1\tNews\n')
    writeFileSync(join(dir, 'bad.json'), '{"chapters": [{"startTime": 0, "title": "A"},\n{"startTime": -5, "title": "B"}]}')
    await refused(['chapters', 'ep/index.md', '--import', 'bad.txt'], /shownotes chapters: bad\.txt:2: the time is not readable here/)
    await refused(['chapters', 'ep/index.md', '--import', 'bad.json'], /bad\.json:2: the time is not readable here/)
    expect(read('ep/index.md')).toBe(notes)
  })
})

describe('shownotes retime', () => {
  it('moves times at or after --from in the notes, chapters.json and transcript.vtt, and nothing else', async () => {
    writeFileSync(join(dir, 'ep/chapters.json'), '{"version":"1.2.0","title":"T","chapters":[{"startTime":0,"title":"Intro"},{"startTime":90.5,"title":"News"}]}')
    writeFileSync(join(dir, 'ep/transcript.vtt'), 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Kato>Hi\n\n2\n00:01:31.000 --> 00:01:33.500\nNews\n')
    expect(await cli('retime', 'ep/index.md', '--from', '1:00', '--by', '-10')).toBe(0)
    expect(read('ep/index.md')).toBe(notes.replace('01:30 [Cloud', '01:20 [Cloud').replace('12:00 Wrap', '11:50 Wrap'))
    expect(JSON.parse(read('ep/chapters.json'))).toEqual({ version: '1.2.0', title: 'T', chapters: [{ startTime: 0, title: 'Intro' }, { startTime: 80.5, title: 'News' }] })
    expect(read('ep/transcript.vtt')).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Kato>Hi\n\n2\n00:01:21.000 --> 00:01:23.500\nNews\n')
  })

  it('writes nothing when a file beside the notes cannot be read', async () => {
    writeFileSync(join(dir, 'ep/transcript.vtt'), 'WEBVTT\n\n00:01.000 --> 00:0x.000\nbroken\n')
    await refused(['retime', 'ep/index.md', '--from', '0', '--by', '5'], /transcript\.vtt:3: the time is not readable here/)
    expect(read('ep/index.md')).toBe(notes)
  })

  it('refuses a bad time or amount', async () => {
    await refused(['retime', 'ep/index.md', '--from', 'soon', '--by', '5'], /--from must be a time/)
    await refused(['retime', 'ep/index.md', '--from', '1:00', '--by', 'ten'], /--by must be the seconds/)
  })
})

describe('shownotes transcript', () => {
  const srt = '1\n00:00:01,000 --> 00:00:02,500\n[SPEAKER_00]: こんにちは。\n\n2\n00:00:02,500 --> 00:00:04,000\n[SPEAKER_01]: Hello & welcome\n'

  it('writes transcript.vtt with named speakers and fills an existing transcript field', async () => {
    writeFileSync(join(dir, 'talk.srt'), srt)
    expect(await cli('transcript', 'ep/index.md', '--import', 'talk.srt', '--speaker', 'SPEAKER_00=加藤', '--speaker', 'SPEAKER_01=Sam')).toBe(0)
    expect(read('ep/transcript.vtt')).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v 加藤>こんにちは。\n\n2\n00:00:02.500 --> 00:00:04.000\n<v Sam>Hello &amp; welcome\n')
    expect(read('ep/index.md')).toBe(notes.replace('transcript: ""', 'transcript: "transcript.vtt"'))
  })

  it('refuses a bad timecode with its line, an unknown speaker, and a leaf page, writing nothing', async () => {
    writeFileSync(join(dir, 'bad.srt'), '1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:0x,000 --> 00:00:03,000\nB\n')
    writeFileSync(join(dir, 'talk.srt'), srt)
    writeFileSync(join(dir, 'leaf.md'), notes)
    await refused(['transcript', 'ep/index.md', '--import', 'bad.srt'], /bad\.srt:6: the time is not readable here/)
    await refused(['transcript', 'ep/index.md', '--import', 'talk.srt', '--speaker', 'SPEAKER_09=X'], /has no speaker SPEAKER_09/)
    await refused(['transcript', 'leaf.md', '--import', 'talk.srt'], /not a page bundle/)
    expect(() => read('ep/transcript.vtt')).toThrow()
    expect(read('ep/index.md')).toBe(notes)
  })
})
