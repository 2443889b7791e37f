// The bundle's timed files retimed as the CLI and the app both do it: times after the edit move, the rest of the file
// (the JSON's title, each cue's voice and text) stays; a file that cannot be read is an error with its line.
import { describe, expect, it } from 'vitest'
import { retimeBesideFile } from '../../../src/shared/chapters/retime-beside'

describe('retimeBesideFile', () => {
  it('moves the chapters of chapters.json at or after the edit and keeps its title', () => {
    const json = JSON.stringify({ version: '1.2.0', title: 'Ep 1', chapters: [{ startTime: 0, title: 'Intro' }, { startTime: 90.5, title: 'News', url: 'https://e.com' }] })
    const out = retimeBesideFile('chapters.json', json, { at: 60, by: -12.5 })
    expect(out.ok && JSON.parse(out.value)).toEqual({ version: '1.2.0', title: 'Ep 1', chapters: [{ startTime: 0, title: 'Intro' }, { startTime: 78, title: 'News', url: 'https://e.com' }] })
  })

  it('moves the cues of transcript.vtt to the millisecond and keeps their voices', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Mika>Hi\n\n2\n00:01:10.250 --> 00:01:12.000\n<v Sam>Fridge\n'
    const out = retimeBesideFile('transcript.vtt', vtt, { at: 30, by: 2.5 })
    expect(out).toEqual({ ok: true, value: 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Mika>Hi\n\n2\n00:01:12.750 --> 00:01:14.500\n<v Sam>Fridge\n' })
  })

  it('refuses a file it cannot read, with the line', () => {
    expect(retimeBesideFile('transcript.vtt', 'WEBVTT\n\n1\n00:00:xx --> 00:00:02.000\nHi\n', { at: 0, by: 1 })).toEqual({ ok: false, error: { code: 'transcript-unreadable', line: 4, reason: 'bad-time' } })
    expect(retimeBesideFile('chapters.json', '{"chapters": [', { at: 0, by: 1 })).toMatchObject({ ok: false, error: { reason: 'bad-json' } })
  })
})
