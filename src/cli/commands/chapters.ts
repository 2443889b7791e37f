// `shownotes chapters FILE [--format F]` prints the notes' chapters for a platform or tool;
// `shownotes chapters FILE --import PATH [--dry-run]` writes a chapter file's chapters into the notes.
import { resolve } from 'node:path'
import { chapterMarksOf } from '../../shared/chapters/find'
import { chaptersIntoNotes } from '../../shared/chapters/into-notes'
import { readChapterFile } from '../../shared/chapters/read'
import { describeTimedFileError } from '../../shared/chapters/reasons'
import { applyChanges } from '../../shared/chapters/stamp-lines'
import { writableChapterFormats, writeChapters } from '../../shared/chapters/write'
import { chaptersHeading } from '../../shared/episode-language'
import { readFrontMatter } from '../../shared/front-matter'
import { unifiedDiff } from '../../shared/line-diff'
import { UserError } from '../../shared/user-error'
import { choice, parseCliArgs } from '../args'
import { readTextFile, writeTextFile } from '../episode-file'
import type { CliIo } from '../index'

const USAGE = `Usage: shownotes chapters FILE [--format json|psc|mp4chaps|youtube|vtt|audacity] [--duration SECONDS]
       shownotes chapters FILE --import PATH [--heading TEXT] [--dry-run]`
const HELP = `${USAGE}

Prints the chapters written in the notes (lines that start with a timestamp) as Podcasting 2.0 JSON, Podlove
Simple Chapters, mp4chaps text, a YouTube list (the default), WebVTT chapters or Audacity labels. --duration ends
the last WebVTT chapter at the recording's length.
--import reads a chapter file (Audacity labels, Podlove PSC, mp4chaps, Podcasting 2.0 JSON, WebVTT, REAPER's
marker CSV, a YouTube list: recognised by content) and writes its chapters into the notes: the timestamp lines of
the chapter list are rewritten, anything else stays; without a list, one is added under a "Chapters" heading
("チャプター" for Japanese notes; --heading changes it). --dry-run prints the change as a diff.`

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    { format: { type: 'string', short: 'f' }, import: { type: 'string' }, heading: { type: 'string' }, duration: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE
  )
  if (values.help) {
    io.out(HELP)
    return 0
  }
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UserError(`Give one episode file.\n${USAGE}`, 'bad-arguments')
  const path = resolve(io.cwd, file)
  const episode = await readTextFile(path, file)

  if (values.import === undefined) {
    const format = choice('--format', values.format, writableChapterFormats, 'youtube', USAGE)
    const duration = values.duration === undefined ? undefined : Number(values.duration)
    if (duration !== undefined && !(Number.isFinite(duration) && duration > 0)) throw new UserError('--duration must be a number of seconds.', 'bad-arguments')
    const chapters = chapterMarksOf(episode.text)
    if (!chapters.length) {
      io.err(`${file}: no chapters found: write lines that start with a timestamp, like "00:12:34 Topic".`)
      return 1
    }
    const title = readFrontMatter(episode.text).data?.title
    io.out(writeChapters(format, chapters, { title: typeof title === 'string' ? title : undefined, duration }))
    return 0
  }

  if (values.format !== undefined) throw new UserError('--format is for printing chapters; --import reads the file by its content.', 'bad-arguments')
  const source = await readTextFile(resolve(io.cwd, values.import), values.import)
  const read = readChapterFile(source.text)
  if (!read.ok) throw new UserError(describeTimedFileError(values.import, read.error), 'chapters-unreadable')
  const changes = chaptersIntoNotes(episode.text, read.value.chapters, { heading: values.heading ?? chaptersHeading(episode.text) })
  const after = applyChanges(episode.text, changes)
  if (after === episode.text) {
    io.out(`${file}: the notes already have these chapters`)
    return 0
  }
  if (values['dry-run']) {
    io.out(unifiedDiff(episode.text, after, file.replace(/\\/g, '/')))
    return 0
  }
  await writeTextFile(path, file, { text: after, encoding: episode.encoding })
  io.out(`${file}: ${read.value.chapters.length} chapters from ${values.import} (${read.value.format})`)
  return 0
}
