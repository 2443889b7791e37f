// The transcript as WebVTT for the bundle (`transcript.vtt`, Podcasting 2.0's `podcast:transcript` type
// text/vtt): one numbered cue each, times to the millisecond, the speaker as a `<v Name>` voice.
import { formatClock } from '../chapters/model'
import type { Cue } from './model'

export function writeTranscriptVtt(cues: readonly Cue[]): string {
  const body = cues.map((c, i) => {
    const text = escapeCue(c.text).replace(/\n{2,}/g, '\n')
    const voice = c.speaker ? `<v ${c.speaker.replace(/[<>&\n]/g, ' ').trim()}>` : ''
    return `${i + 1}\n${formatClock(c.start)} --> ${formatClock(c.end)}\n${voice}${text}\n`
  })
  return `WEBVTT\n\n${body.join('\n')}`
}

export function escapeCue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/-->/g, '--&gt;')
}
