// Retiming the bundle's timed files beside the notes (chapters.json, transcript.vtt): each is read, its times moved
// and written back whole in its own format, so the CLI and the app shift the same files the same way.
import { retimeChapters, retimeCues, type Retime } from './retime'
import type { ReadResult } from './model'
import { readPodcastJson, writePodcastJson } from './podcast-json'
import { readVttCues } from '../transcript/vtt'
import { writeTranscriptVtt } from '../transcript/write-vtt'

/** The files of a bundle whose times follow the recording, by their usual names. */
export const timedBundleFiles = ['chapters.json', 'transcript.vtt'] as const
export type TimedBundleFile = (typeof timedBundleFiles)[number]

/** The file's text with every time at or after `retime.at` moved; an unreadable file is an error with its line. */
export function retimeBesideFile(name: TimedBundleFile, text: string, retime: Retime): ReadResult<string> {
  if (name === 'chapters.json') {
    const read = readPodcastJson(text)
    if (!read.ok) return read
    const title = (JSON.parse(text.replace(/^\uFEFF/, '')) as { title?: unknown }).title
    return { ok: true, value: writePodcastJson(retimeChapters(read.value, retime), { title: typeof title === 'string' ? title : undefined }) }
  }
  const read = readVttCues(text)
  if (!read.ok) return read
  return { ok: true, value: writeTranscriptVtt(retimeCues(read.value, retime)) }
}
