// Chapter files of each tool: read by content, written back, and read again to the same chapters.
import { describe, expect, it } from 'vitest'
import { detectChapterFormat, readChapterFile } from '../../../src/shared/chapters/read'
import { writeChapters, writableChapterFormats } from '../../../src/shared/chapters/write'
import type { ChapterMark } from '../../../src/shared/chapters/model'

const marks: ChapterMark[] = [
  { start: 0, title: 'Intro' },
  { start: 62.5, title: 'Cloud Run & "Functions" <beta>', url: 'https://example.com/run?a=1&b=2' },
  { start: 754.25, title: 'ゲストの自己紹介' },
  { start: 3723.007, title: 'Wrap-up' }
]

const samples: Array<[string, string, ChapterMark[]]> = [
  ['audacity', '0.000000\t0.000000\tIntro\n62.500000\t70.000000\tNews\n\\\t200.0\t4000.0\n', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News' }]],
  ['psc', '<?xml version="1.0"?>\n<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">\n  <psc:chapter start="0" title="Intro"/>\n  <psc:chapter start="01:02.500" title="Tom &amp; Jerry" href="https://e.com" image="c.jpg"/>\n</psc:chapters>', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'Tom & Jerry', url: 'https://e.com', image: 'c.jpg' }]],
  ['mp4chaps', '00:00:00.000 Intro\n00:01:02.500 News of the week\n', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News of the week' }]],
  ['mp4chaps', 'CHAPTER01=00:00:00.000\nCHAPTER01NAME=Intro\nCHAPTER02=00:01:02.500\nCHAPTER02NAME=News\n', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News' }]],
  ['json', '{"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"},{"startTime":62.5,"title":"News","url":"https://e.com","img":"a.png"},{"startTime":70,"toc":false}]}', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News', url: 'https://e.com', image: 'a.png' }]],
  ['vtt', 'WEBVTT\n\n1\n00:00:00.000 --> 00:01:02.500\nIntro\n\n00:01:02.500 --> 00:02:00.000\nNews\n', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News' }]],
  ['youtube', '0:00 Intro\n1:02 News\n1:02:03 The end\n', [{ start: 0, title: 'Intro' }, { start: 62, title: 'News' }, { start: 3723, title: 'The end' }]],
  ['reaper', '#,Name,Start,End,Length\nM2,"News, etc",1:02.500,,\nM1,Intro,0:00.000,,\n', [{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News, etc' }]]
]

describe('reading chapter files by content', () => {
  it.each(samples)('%s', (format, text, expected) => {
    expect(detectChapterFormat(text)).toBe(format)
    const read = readChapterFile(text)
    expect(read).toEqual({ ok: true, value: { format, chapters: expected } })
  })

  it('reads CRLF and a BOM the same as LF', () => {
    const read = readChapterFile('\uFEFF00:00:00.000 Intro\r\n00:01:02.500 News\r\n')
    expect(read.ok && read.value.chapters).toEqual([{ start: 0, title: 'Intro' }, { start: 62.5, title: 'News' }])
  })
})

describe('round trips: write, then read, gives the same chapters', () => {
  it.each(writableChapterFormats.filter((f) => f !== 'youtube'))('%s keeps fractions', (format) => {
    const read = readChapterFile(writeChapters(format, marks, { duration: 4000 }))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.format).toBe(format)
    const keepsLinks = format === 'json' || format === 'psc'
    expect(read.value.chapters).toEqual(marks.map((m) => (keepsLinks ? m : { start: m.start, title: m.title })))
  })

  it('youtube writes whole seconds, hours on every line past an hour', () => {
    const text = writeChapters('youtube', marks)
    expect(text).toBe('0:00:00 Intro\n0:01:02 Cloud Run & "Functions" <beta>\n0:12:34 ゲストの自己紹介\n1:02:03 Wrap-up\n')
    const read = readChapterFile(text)
    expect(read.ok && read.value.chapters.map((c) => c.start)).toEqual([0, 62, 754, 3723])
  })

  it('the last WebVTT chapter ends at the duration', () => {
    expect(writeChapters('vtt', [{ start: 0, title: 'A' }, { start: 5, title: 'B' }], { duration: 60 })).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\nA\n\n2\n00:00:05.000 --> 00:01:00.000\nB\n'
    )
  })

  it('PSC escapes markup in titles and links', () => {
    const psc = writeChapters('psc', marks)
    expect(psc).toContain('title="Cloud Run &amp; &quot;Functions&quot; &lt;beta&gt;"')
    expect(psc).toContain('href="https://example.com/run?a=1&amp;b=2"')
  })
})

describe('malformed chapter files: the line and the reason', () => {
  it.each([
    ['audacity bad time', '0.0\t0.0\tIntro\n12.x\t13\tNews\n', 2, 'bad-time'],
    ['audacity no title', '0.0\t0.0\tIntro\n12\t13\t\n', 2, 'no-title'],
    ['audacity end before start', '10\t5\tIntro\n', 1, 'end-before-start'],
    ['mp4chaps bad time', '00:00:00.000 Intro\n00:61:00.000 Late\n', 2, 'bad-time'],
    ['ogm missing name', 'CHAPTER01=00:00:00.000\nCHAPTER01NAME=Intro\nCHAPTER02=00:01:00.000\n', 3, 'no-title'],
    ['json broken', '{"chapters": [', 0, 'bad-json'],
    ['json no list', '{"version": "1.2.0"}', 0, 'bad-shape'],
    ['json bad start', '{"chapters": [\n {"startTime": 0, "title": "A"},\n {"startTime": "x", "title": "B"}]}', 3, 'bad-time'],
    ['psc bad start', '<psc:chapters version="1.2">\n<psc:chapter start="soon" title="A"/>\n</psc:chapters>', 2, 'bad-time'],
    ['vtt bad timing', 'WEBVTT\n\n00:00.000 --> 00:05.000\nA\n\n00:05 --> 00:09.000\nB\n', 6, 'bad-time'],
    ['reaper bad row', '#,Name,Start,End,Length\nM1,Intro,0:00.000,,\nX1,Oops,1:00,,\n', 3, 'bad-shape'],
    ['nothing known', 'hello\nworld\n', 1, 'unknown-format'],
    ['empty', '   \n', 1, 'unknown-format']
  ])('%s', (_name, text, line, reason) => {
    expect(readChapterFile(text)).toEqual({ ok: false, error: { code: 'chapters-unreadable', line, reason } })
  })
})
