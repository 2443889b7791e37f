// `shownotes transcript FILE --import PATH [--speaker ID=NAME]… [--dry-run]`: a Whisper/WhisperX or captioning
// tool's transcript (SRT, WebVTT, JSON) written into the episode's bundle as transcript.vtt, speakers named.
import { basename, dirname, join, resolve } from 'node:path'
import { describeTimedFileError } from '../../shared/chapters/reasons'
import { setField } from '../../shared/front-matter'
import { readFrontMatter } from '../../shared/front-matter'
import { unifiedDiff } from '../../shared/line-diff'
import { nameSpeakers, speakerIds } from '../../shared/transcript/model'
import { readTranscript } from '../../shared/transcript/read'
import { writeTranscriptVtt } from '../../shared/transcript/write-vtt'
import { UserError } from '../../shared/user-error'
import { parseCliArgs } from '../args'
import { readTextFile, writeTextFile } from '../episode-file'
import type { CliIo } from '../index'

const USAGE = 'Usage: shownotes transcript FILE --import PATH [--speaker ID=NAME]… [--dry-run]'
const HELP = `${USAGE}

Reads a transcript (SRT or WebVTT from Whisper, WhisperX or a captioning tool, or Whisper/WhisperX JSON; recognised by
content) and writes it beside the episode as transcript.vtt (WebVTT, times to the millisecond, speakers as <v Name>
voices). --speaker SPEAKER_00=Kato names a speaker id the tool wrote; repeat it for each. When the front matter
already has a transcript field, it is set to transcript.vtt. --dry-run prints what would be written instead.`

export const TRANSCRIPT_FILE = 'transcript.vtt'

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    { import: { type: 'string' }, speaker: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE
  )
  if (values.help) {
    io.out(HELP)
    return 0
  }
  const [file, ...extra] = positionals
  if (!file || extra.length || !values.import) throw new UserError(`Give one episode file and --import PATH.\n${USAGE}`, 'bad-arguments')
  const names = Object.fromEntries((values.speaker ?? []).map(speakerName))
  const path = resolve(io.cwd, file)
  if (!/^index\.(md|markdown)$/i.test(basename(path))) throw new UserError(`${file} is not a page bundle's index.md: a transcript is kept beside the notes in the bundle.`, 'bad-arguments')
  const notes = await readTextFile(path, file)
  const source = await readTextFile(resolve(io.cwd, values.import), values.import)
  const read = readTranscript(source.text)
  if (!read.ok) throw new UserError(describeTimedFileError(values.import, read.error), 'transcript-unreadable')
  const unknown = Object.keys(names).filter((id) => !speakerIds(read.value.cues).includes(id))
  if (unknown.length) throw new UserError(`The transcript has no speaker ${unknown.join(', ')}; it has ${speakerIds(read.value.cues).join(', ') || 'none'}.`, 'bad-arguments')
  const cues = nameSpeakers(read.value.cues, names)
  const vtt = writeTranscriptVtt(cues)
  const hasField = Object.keys(readFrontMatter(notes.text).data ?? {}).some((k) => k.toLowerCase() === 'transcript')
  const newNotes = hasField ? setField(notes.text, 'transcript', TRANSCRIPT_FILE) : notes.text
  const target = join(dirname(path), TRANSCRIPT_FILE)
  const shown = join(dirname(file), TRANSCRIPT_FILE)
  const speakers = speakerIds(cues)
  const summary = `${cues.length} cues${speakers.length ? `, speakers ${speakers.join(', ')}` : ''}, from ${values.import} (${read.value.format})`
  if (values['dry-run']) {
    io.out(`would write ${shown}: ${summary}`)
    if (newNotes !== notes.text) io.out(unifiedDiff(notes.text, newNotes, file.replace(/\\/g, '/')))
    return 0
  }
  const existing = await readTextFile(target, shown).catch(() => null)
  await writeTextFile(target, shown, { text: vtt, encoding: existing?.encoding ?? 'utf8' })
  if (newNotes !== notes.text) await writeTextFile(path, file, { text: newNotes, encoding: notes.encoding })
  io.out(`wrote ${shown}: ${summary}`)
  return 0
}

function speakerName(arg: string): [string, string] {
  const eq = arg.indexOf('=')
  if (eq <= 0 || !arg.slice(eq + 1).trim()) throw new UserError(`--speaker takes ID=NAME (for example SPEAKER_00=Kato), not "${arg}".`, 'bad-arguments')
  return [arg.slice(0, eq).trim(), arg.slice(eq + 1).trim()]
}
