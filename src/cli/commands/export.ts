// `shownotes export FILE|DIR --format markdown|html|bundle|chapters -o OUT`: finished episodes for wherever they go
// next. A folder exports in one run (worker threads), one output per episode under OUT mirroring the content tree.
import { stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { UserError } from '../../shared/user-error'
import { findEpisodes, runTasks, type FoundEpisode } from '../../main/services/export-batch'
import type { EpisodeTask, ExportFormat, ExportOptions, TaskResult } from '../../main/services/export-worker'
import type { CliIo } from '../index'

const USAGE = `Usage: shownotes export FILE|DIR… --format markdown|html|bundle|chapters -o OUT [options]
  --figures html|image           markdown: figures as <figure> HTML (default) or as an image with its caption
  --images relative|absolute     markdown: bundle files copied alongside (default) or linked from the site's baseURL
  --front-matter keep|reduce|drop  markdown: front matter as written (default), only title/date/summary, or none
  --workers N                    worker threads (default: one per core; 0 runs in this process)`

const FORMATS: ExportFormat[] = ['markdown', 'html', 'bundle', 'chapters']
// The file a single-episode export writes when OUT names a file instead of a folder.
const EXTENSIONS: Record<ExportFormat, string[]> = { markdown: ['.md', '.markdown'], html: ['.html', '.htm'], bundle: ['.zip'], chapters: ['.json'] }

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const format = choice('--format', values.format, FORMATS, undefined)
  const options: ExportOptions = {
    figures: choice('--figures', values.figures, ['html', 'image'], 'html'),
    images: choice('--images', values.images, ['relative', 'absolute'], 'relative'),
    frontMatter: choice('--front-matter', values['front-matter'], ['keep', 'reduce', 'drop'], 'keep')
  }
  if (!positionals.length) throw new UserError(`name the episode file or folder to export.\n${USAGE}`)
  if (!values.out) throw new UserError(`say where the export goes with -o OUT.\n${USAGE}`)
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) throw new UserError('--workers must be a whole number from 0 to 64.')

  const out = resolve(io.cwd, values.out)
  const episodes = await findEpisodes(positionals, io.cwd)
  if (!episodes.length) throw new UserError(`no episodes found in ${positionals.join(', ')}.`)
  for (const e of episodes) {
    // Exporting Markdown into the content folder would add the export to the site as new episodes.
    if (e.site.contentDirs.some((c) => inside(out, c))) throw new UserError(`"${values.out}" is inside the site's content folder; export to a folder outside it.`)
  }
  const single = episodes.length === 1 && EXTENSIONS[format].includes(extname(out).toLowerCase())
  if (!single && (await stat(out).then((s) => s.isFile(), () => false))) throw new UserError(`"${values.out}" is a file; exporting ${episodes.length} episodes needs a folder.`)

  const tasks: EpisodeTask[] = episodes.map((e) => ({
    kind: 'export',
    file: e.file,
    bundleDir: e.bundleDir,
    format,
    options,
    outBase: single ? out.slice(0, out.length - extname(out).length) : join(out, outName(e)),
    contentPath: contentPath(e),
    urls: e.site.urls,
    timeZone: e.site.timeZone
  }))
  const progress = progressLine(io, episodes.length)
  const results = await runTasks(tasks, { workers, onProgress: progress })

  let failed = 0
  let warned = 0
  const show = (p: string) => relative(io.cwd, p).split(sep).join('/') || p
  for (const r of results) {
    if (r.kind === 'error') {
      failed++
      io.err(`${show(r.file)}: not exported: ${r.message}`)
    } else if (r.kind === 'export') {
      // One line per episode, whatever it has to say, so a folder export stays readable in a CI log.
      const notes = [...r.warnings, ...(r.counts ?? []).filter((c) => !c.fits).map((c) => `${c.characters} characters, over ${c.name}'s limit of ${c.limit}.`)]
      if (notes.length) {
        warned++
        io.err(`${show(r.file)}: ${notes.join(' ')}`)
      }
      if (episodes.length === 1) printSingle(io, r, show)
    }
  }
  const written = results.filter((r) => r.kind === 'export' && r.outputs.length).length
  io.out(`Exported ${written} of ${episodes.length} episode${episodes.length === 1 ? '' : 's'} to ${show(single ? dirname(out) : out) || '.'}${failed ? `; ${failed} failed` : ''}${warned ? `; ${warned} with warnings` : ''}.`)
  return failed ? 1 : 0
}

function printSingle(io: CliIo, r: Extract<TaskResult, { kind: 'export' }>, show: (p: string) => string): void {
  for (const o of r.outputs) io.out(`  ${show(o)}`)
  for (const c of r.counts ?? []) io.out(`  ${c.name}: ${c.characters} of ${c.limit} characters${c.fits ? '' : ' (too long)'}`)
}

/** Where an episode's output goes under OUT: the content tree mirrored, a bundle named by its folder. */
function outName(e: FoundEpisode): string {
  const rel = e.relative.split('/')
  if (e.bundleDir) rel.pop() // `talk/0034/index.md` → `talk/0034`
  else rel[rel.length - 1] = rel[rel.length - 1].replace(/\.[^.]+$/, '')
  return join(...rel)
}

function contentPath(e: FoundEpisode): string | null {
  const dir = e.site.contentDirs.find((c) => inside(e.file, c))
  return dir ? relative(dir, e.file).split(sep).join('/') : null
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel))
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

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T | undefined): T {
  if (value === undefined) {
    if (fallback === undefined) throw new UserError(`${flag} is required: ${allowed.join(', ')}.\n${USAGE}`)
    return fallback
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UserError(`${flag} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${value}".`)
  return value as T
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        figures: { type: 'string' },
        images: { type: 'string' },
        'front-matter': { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    throw new UserError(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`)
  }
}
