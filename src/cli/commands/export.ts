// `shownotes export FILE|DIR --format markdown|html|bundle|chapters -o OUT`: finished episodes for wherever they go
// next. A folder exports in one run (worker threads), one output per episode under OUT mirroring the content tree.
import { dirname, resolve } from 'node:path'
import { UserError } from '../../shared/user-error'
import type { EpisodeStatus } from '../../shared/api'
import { exportEpisodes, exportNotes, skippedByStatus } from '../../main/services/export-run'
import type { ExportFormat, ExportOptions, TaskResult } from '../../main/services/export-worker'
import { choice, parseCliArgs, workersOption } from '../args'
import type { CliIo } from '../index'
import { shownFromCwd } from '../shown-path'

const USAGE = `Usage: shownotes export FILE|DIR… --format markdown|html|bundle|chapters -o OUT [options]
  --figures html|image           markdown: figures as <figure> HTML (default) or as an image with its caption
  --images relative|absolute     markdown: bundle files copied alongside (default) or linked from the site's baseURL
  --front-matter keep|reduce|drop  markdown: front matter as written (default), only title/date/summary, or none
  --include drafts,expired       a folder exports published and scheduled episodes; add drafts and/or expired ones
                                 (an episode named on its own is exported whatever its status)
  --workers N                    extra worker threads (default: one per 2,000 episodes on cores left free; 0: none)`

const FORMATS: ExportFormat[] = ['markdown', 'html', 'bundle', 'chapters']

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      figures: { type: 'string' },
      images: { type: 'string' },
      'front-matter': { type: 'string' },
      include: { type: 'string', multiple: true },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  )
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const format = choice('--format', values.format, FORMATS, undefined, USAGE)
  const options: ExportOptions = {
    figures: choice('--figures', values.figures, ['html', 'image'], 'html', USAGE),
    images: choice('--images', values.images, ['relative', 'absolute'], 'relative', USAGE),
    frontMatter: choice('--front-matter', values['front-matter'], ['keep', 'reduce', 'drop'], 'keep', USAGE)
  }
  if (!positionals.length) throw new UserError(`name the episode file or folder to export.\n${USAGE}`)
  if (!values.out) throw new UserError(`say where the export goes with -o OUT.\n${USAGE}`)
  const include: EpisodeStatus[] = ['published', 'scheduled']
  for (const word of (values.include ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean)) {
    const status = INCLUDE[word]
    if (!status) throw new UserError(`--include takes drafts and/or expired, not "${word}".\n${USAGE}`)
    if (!include.includes(status)) include.push(status)
  }
  const workers = workersOption(values.workers)

  const out = resolve(io.cwd, values.out)
  const progress = (total: number) => progressLine(io, total)
  let report: ((done: number) => void) | undefined
  const { episodes, results, single } = await exportEpisodes({
    inputs: positionals,
    cwd: io.cwd,
    out,
    format,
    options,
    include,
    workers,
    onProgress: (done, total) => (report ??= progress(total) ?? (() => undefined))(done)
  })

  let failed = 0
  let warned = 0
  const show = (p: string) => shownFromCwd(io.cwd, p)
  for (const r of results) {
    if (r.kind === 'error') {
      failed++
      io.err(`${show(r.file)}: not exported: ${r.message}`)
    } else if (r.kind === 'export') {
      // One line per episode, whatever it has to say, so a folder export stays readable in a CI log.
      const notes = exportNotes(r)
      if (notes.length) {
        warned++
        io.err(`${show(r.file)}: ${notes.join(' ')}`)
      }
      if (episodes.length === 1) printSingle(io, r, show)
    }
  }
  const written = results.filter((r) => r.kind === 'export' && r.outputs.length).length
  // What was left out and why, so a folder export never drops (or adds) drafts silently.
  const skipped = skippedByStatus(results).map(({ status, count }) => `${count} ${status === 'draft' && count > 1 ? 'drafts' : status}`)
  const considered = episodes.length - results.filter((r) => r.kind === 'skipped').length
  io.out(
    `Exported ${written} of ${considered} episode${considered === 1 ? '' : 's'} to ${show(single ? dirname(out) : out) || '.'}${failed ? `; ${failed} failed` : ''}${warned ? `; ${warned} with warnings` : ''}` +
      `${skipped.length ? `; skipped ${skipped.join(', ')} (add --include ${skippedFlags(results)} to export them)` : ''}.`
  )
  return failed ? 1 : 0
}

const INCLUDE: Record<string, EpisodeStatus> = { drafts: 'draft', draft: 'draft', expired: 'expired' }

function skippedFlags(results: TaskResult[]): string {
  return skippedByStatus(results).map(({ status }) => (status === 'draft' ? 'drafts' : status)).join(',')
}

function printSingle(io: CliIo, r: Extract<TaskResult, { kind: 'export' }>, show: (p: string) => string): void {
  for (const o of r.outputs) io.out(`  ${show(o)}`)
  for (const c of r.counts ?? []) io.out(`  ${c.name}: ${c.characters} of ${c.limit} characters${c.fits ? '' : ' (too long)'}`)
}

// One line at most every half second (and the last): enough to see a big export move without flooding a CI log.
function progressLine(io: CliIo, total: number): ((done: number) => void) | undefined {
  if (total < 2) return undefined
  let last = 0
  return (done) => {
    const now = Date.now()
    if (done !== total && now - last < 500) return
    last = now
    io.err(`export: ${done}/${total} episodes (${Math.round((done / total) * 100)}%)`)
  }
}
