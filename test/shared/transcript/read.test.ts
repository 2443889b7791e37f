// Transcripts from Whisper, WhisperX and captioning tools: cues with times to the millisecond and their speakers.
import { describe, expect, it } from 'vitest'
import { nameSpeakers, searchCues, speakerIds } from '../../../src/shared/transcript/model'
import { readTranscript } from '../../../src/shared/transcript/read'
import { writeTranscriptVtt } from '../../../src/shared/transcript/write-vtt'

describe('reading transcripts', () => {
  it.each([
    ['srt with WhisperX speakers', '1\n00:00:01,000 --> 00:00:04,250\n[SPEAKER_00]: Welcome back.\n\n2\n00:00:04,250 --> 00:00:07,000\n[SPEAKER_01]: Thanks\nfor having me.\n', 'srt', [
      { start: 1, end: 4.25, text: 'Welcome back.', speaker: 'SPEAKER_00' },
      { start: 4.25, end: 7, text: 'Thanks\nfor having me.', speaker: 'SPEAKER_01' }
    ]],
    ['srt with NAME: prefix, CRLF and BOM', '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nALICE: Hi\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nNote: not a speaker\r\n', 'srt', [
      { start: 1, end: 2, text: 'Hi', speaker: 'ALICE' },
      { start: 2, end: 3, text: 'Note: not a speaker' }
    ]],
    ['vtt with voices', 'WEBVTT Kind: captions\n\nNOTE made by hand\n\nc1\n00:01.000 --> 00:02.500 align:start\n<v Alice>こんにちは &amp; ようこそ</v>\n\n00:02.500 --> 01:00:03.000\n<v.loud Bob>Hello <i>there</i>\n', 'vtt', [
      { start: 1, end: 2.5, text: 'こんにちは & ようこそ', speaker: 'Alice' },
      { start: 2.5, end: 3603, text: 'Hello there', speaker: 'Bob' }
    ]],
    ['whisper json', '{"text":" hi","segments":[{"id":0,"start":0.0,"end":1.5,"text":" Hello there."},{"id":1,"start":1.5,"end":2.0,"text":"  "}],"language":"en"}', 'whisper-json', [
      { start: 0, end: 1.5, text: 'Hello there.' }
    ]],
    ['whisperx json with speakers', '{"segments":[{"start":0.031,"end":1.2,"text":" はい。","speaker":"SPEAKER_00","words":[]}]}', 'whisper-json', [
      { start: 0.031, end: 1.2, text: 'はい。', speaker: 'SPEAKER_00' }
    ]]
  ])('%s', (_name, text, format, cues) => {
    expect(readTranscript(text)).toEqual({ ok: true, value: { format, cues } })
  })

  it.each([
    ['srt bad timecode', '1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:02 --> 00:00:03,000\nB\n', 6, 'bad-time'],
    ['srt end before start', '1\n00:00:05,000 --> 00:00:02,000\nA\n', 2, 'end-before-start'],
    ['vtt without header', 'WEBVTX\n\n00:01.000 --> 00:02.000\nA\n', 1, 'unknown-format'],
    ['vtt bad timing', 'WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\n00:61.000 --> 00:62.000\nB\n', 6, 'bad-time'],
    ['whisper broken json', '{"segments": [', 0, 'bad-json'],
    ['whisper bad segment', '{"segments": [\n{"start": 0, "end": 1, "text": "a"},\n{"start": -1, "end": 1, "text": "b"}]}', 3, 'bad-time'],
    ['plain text', 'just words\n', 1, 'unknown-format']
  ])('%s → line and reason', (_name, text, line, reason) => {
    expect(readTranscript(text)).toEqual({ ok: false, error: { code: 'transcript-unreadable', line, reason } })
  })
})

describe('speakers, search and the WebVTT writer', () => {
  const cues = [
    { start: 1, end: 2.5, text: 'Cloud Run <3 & more', speaker: 'SPEAKER_00' },
    { start: 2.5, end: 4.001, text: 'ＡＢＣ は全角', speaker: 'SPEAKER_01' },
    { start: 4.001, end: 5, text: 'no speaker' }
  ]

  it('lists and names speakers', () => {
    expect(speakerIds(cues)).toEqual(['SPEAKER_00', 'SPEAKER_01'])
    expect(nameSpeakers(cues, { SPEAKER_00: 'Kato', SPEAKER_01: ' ' }).map((c) => c.speaker)).toEqual(['Kato', 'SPEAKER_01', undefined])
  })

  it('searches text and speakers, folding full-width letters', () => {
    expect(searchCues(cues, 'abc')).toEqual([1])
    expect(searchCues(cues, 'speaker_00')).toEqual([0])
    expect(searchCues(cues, '')).toEqual([0, 1, 2])
  })

  it('writes voices and millisecond times, and reads back the same cues', () => {
    const vtt = writeTranscriptVtt(cues)
    expect(vtt).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v SPEAKER_00>Cloud Run &lt;3 &amp; more\n\n2\n00:00:02.500 --> 00:00:04.001\n<v SPEAKER_01>ＡＢＣ は全角\n\n3\n00:00:04.001 --> 00:00:05.000\nno speaker\n')
    expect(readTranscript(vtt)).toEqual({ ok: true, value: { format: 'vtt', cues } })
  })
})
