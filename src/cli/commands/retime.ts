// `shownotes retime FILE --from TIME --by ±SECONDS [--dry-run]`: after cutting or inserting audio, every time at or
// after TIME moves by SECONDS, in the notes and in the bundle's chapters.json and transcript.vtt; nothing else changes.
import { dirname, join, resolve } from 'node:path'
import { parseClock } from '../../shared/chapters/model'
import { retimeNotes, type Retime } from '../../shared/chapters/retime'
import { retimeBesideFile, timedBundleFiles } from '../../shared/chapters/retime-beside'
import { applyChanges } from '../../shared/chapters/stamp-lines'
import { unifiedDiff } from '../../shared/line-diff'
import { describeTimedFileError } from '../../shared/chapters/reasons'
import { UserError } from '../../shared/user-error'
import { parseCliArgs } from '../args'
import { readTextFile, writeTextFile, type TextFile } from '../episode-file'
import type { CliIo } from '../index'

const USAGE = 'Usage: shownotes retime FILE --from TIME --by ±SECONDS [--dry-run]'
const HELP = `${USAGE}

After an audio edit: "I cut 12.5 seconds at 10:30" is --from 10:30 --by -12.5; "I inserted 30 seconds at 0:00" is
--from 0 --by 30. Every timestamp at or after TIME moves by SECONDS (a time inside a cut moves to TIME), in the
notes and, for a page bundle, in its chapters.json and transcript.vtt. Nothing else changes. TIME is H:MM:SS, MM:SS
or seconds. --dry-run prints the changes as diffs.`

interface Planned {
  path: string
  shown: string
  before: TextFile
  after: string
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(negativeValues(args), { from: { type: 'string' }, by: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(HELP)
    return 0
  }
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UserError(`Give one episode file.\n${USAGE}`, 'bad-arguments')
  const at = values.from === undefined ? null : parseClock(values.from)
  if (at === null) throw new UserError(`--from must be a time such as 10:30, 1:02:03 or 95.5.\n${USAGE}`, 'bad-arguments')
  const by = values.by === undefined || values.by.trim() === '' ? NaN : Number(values.by)
  if (!Number.isFinite(by) || by === 0) throw new UserError(`--by must be the seconds inserted (30) or cut (-12.5).\n${USAGE}`, 'bad-arguments')
  const retime: Retime = { at, by }

  const path = resolve(io.cwd, file)
  const notes = await readTextFile(path, file)
  // Everything is worked out before anything is written, so a bad chapters.json or transcript leaves every file as it was.
  const plans: Planned[] = [{ path, shown: file, before: notes, after: applyChanges(notes.text, retimeNotes(notes.text, retime)) }]
  if (/^index\.(md|markdown)$/i.test(path.split(/[\\/]/).pop() ?? '')) {
    for (const name of timedBundleFiles) {
      const besidePath = join(dirname(path), name)
      const shown = join(dirname(file), name)
      const before = await readTextFile(besidePath, shown).catch((err: unknown) => {
        if (err instanceof UserError && err.code === 'not-found') return null
        throw err
      })
      if (!before) continue
      const after = retimeBesideFile(name, before.text, retime)
      if (!after.ok) throw new UserError(describeTimedFileError(shown, after.error), after.error.code)
      plans.push({ path: besidePath, shown, before, after: after.value })
    }
  }
  const changed = plans.filter((p) => p.after !== p.before.text)
  if (!changed.length) {
    io.out(`${file}: no timestamp at or after ${values.from}`)
    return 0
  }
  for (const p of changed) {
    if (values['dry-run']) io.out(unifiedDiff(p.before.text, p.after, p.shown.replace(/\\/g, '/')))
    else await writeTextFile(p.path, p.shown, { text: p.after, encoding: p.before.encoding })
  }
  if (!values['dry-run']) io.out(`retimed ${changed.map((p) => p.shown).join(', ')}`)
  return 0
}

/** `--by -12.5` reads as the value -12.5, not as an unknown option (node's parser would refuse it). */
function negativeValues(args: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    if ((args[i] === '--by' || args[i] === '--from') && /^-\d/.test(args[i + 1] ?? '')) out.push(`${args[i]}=${args[++i]}`)
    else out.push(args[i])
  }
  return out
}
