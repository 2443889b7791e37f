// Retiming the bundle's timed files beside the notes (chapters.json, transcript.vtt): each is read, its times moved
// and written back whole in its own format, so the CLI and the app shift the same files the same way.
import type { TimedBundleFile } from './bundle-files'
import { retimeChapters, retimeCues, type Retime } from './retime'
import type { ReadResult } from './model'
import { readPodcastJson, writePodcastJson } from './podcast-json'
import { readVttCues } from '../transcript/vtt'
import { writeTranscriptVtt } from '../transcript/write-vtt'

export { timedBundleFiles, type TimedBundleFile } from './bundle-files'

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
