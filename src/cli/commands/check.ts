// `shownotes check FILE|DIR… [--format json]`: the publishing checks for CI. Prints `file:line:col severity rule
// message` (or a JSON array); exits 1 when any error is found, 0 otherwise, 2 on bad usage.
import type { Diagnostic } from '../../shared/diagnostic'
import { UserError } from '../../shared/user-error'
import { findEpisodes, runTasks } from '../../main/services/export-batch'
import type { EpisodeTask } from '../../main/services/export-worker'
import { choice, parseCliArgs, workersOption } from '../args'
import type { CliIo } from '../index'
import { shownFromCwd } from '../shown-path'

const USAGE = 'Usage: shownotes check FILE|DIR… [--format text|json] [--workers N]\n  --workers N   extra worker threads (default: one per 2,000 episodes on cores left free; 0: none)'

export interface CheckedProblem extends Diagnostic {
  /** The file, relative to the current folder. */
  file: string
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { format: { type: 'string', short: 'f' }, workers: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const format = choice('--format', values.format, ['text', 'json'], 'text', USAGE)
  if (!positionals.length) throw new UserError(`name at least one episode file or folder.\n${USAGE}`)
  const workers = workersOption(values.workers)

  const episodes = await findEpisodes(positionals, io.cwd)
  const show = (abs: string) => shownFromCwd(io.cwd, abs)
  const problems: CheckedProblem[] = []
  // A bad .shownotes.yaml or a Hugo config Hugo cannot read is reported once per site, as problems of that file.
  const sites = new Set(episodes.map((e) => e.site))
  for (const site of sites) {
    if (site.configFile) for (const d of site.configDiagnostics) problems.push({ file: show(site.configFile), ...d })
    for (const { file, ...d } of site.siteConfigProblems) problems.push({ file: show(file), ...d })
  }
  const now = Date.now()
  const tasks: EpisodeTask[] = episodes.map((e) => ({
    kind: 'check',
    file: e.file,
    bundleDir: e.bundleDir,
    site: { config: e.site.config, timeZone: e.site.timeZone },
    now
  }))
  const results = await runTasks(tasks, { workers })
  for (const r of results) {
    if (r.kind === 'error') {
      problems.push({ file: show(r.file), from: 0, to: 0, line: 1, column: 1, severity: 'error', rule: 'file-unreadable', message: `Could not check this file: ${r.message}` })
    } else if (r.kind === 'check') {
      for (const d of r.diagnostics) problems.push({ file: show(r.file), ...d })
    }
  }

  const errors = problems.filter((p) => p.severity === 'error').length
  if (format === 'json') {
    io.out(JSON.stringify(problems, null, 2))
  } else {
    for (const p of problems) io.out(`${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}`)
    const warnings = problems.filter((p) => p.severity === 'warning').length
    const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`
    io.err(`${n(episodes.length, 'episode')} checked: ${n(errors, 'error')}, ${n(warnings, 'warning')}, ${n(problems.length - errors - warnings, 'note')}.`)
  }
  return errors ? 1 : 0
}
