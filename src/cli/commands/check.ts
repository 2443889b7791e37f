// `shownotes check FILE|DIR… [--format json] [--links]`: the publishing checks for CI. Prints `file:line:col severity
// rule message` (or a JSON array); exits 1 when any error is found, 0 otherwise, 2 on bad usage. `--links` (or
// `links: true` in the site's `.shownotes.yaml`) also fetches every web link (results kept a day in the data folder).
import type { Diagnostic } from '../../shared/diagnostic'
import { defaultDataDir } from '../../main/data-dir'
import { readTextFile } from '../../main/services/file-text'
import { LinkService } from '../../main/services/links/link-service'
import { UserError } from '../../shared/user-error'
import { findEpisodes, runTasks } from '../../main/services/export-batch'
import type { EpisodeTask } from '../../main/services/export-worker'
import { choice, parseCliArgs, workersOption } from '../args'
import type { CliIo } from '../index'
import { shownFromCwd } from '../shown-path'

const USAGE =
  'Usage: shownotes check FILE|DIR… [--format text|json] [--links] [--workers N]\n' +
  '  --links       also fetch every web link: broken (4xx/5xx, DNS, refused, TLS, timeout) and permanently moved ones\n' +
  '                (off by default: it uses the network; `links: true` in .shownotes.yaml turns it on for a site)\n' +
  '  --workers N   extra worker threads (default: one per 2,000 episodes on cores left free; 0: none)'

export interface CheckedProblem extends Diagnostic {
  /** The file, relative to the current folder. */
  file: string
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { format: { type: 'string', short: 'f' }, workers: { type: 'string' }, links: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE)
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

  const linked = episodes.filter((e) => values.links || e.site.config.links)
  let linkNote = ''
  if (linked.length) {
    const texts = await Promise.all(linked.map((e) => readTextFile(e.file).catch(() => '')))
    const report = await new LinkService({ dataDir: defaultDataDir() }).check(texts, (i) => linked[i].site.config.rules)
    report.problems.forEach((list, i) => list.forEach((d) => problems.push({ file: show(linked[i].file), ...d })))
    linkNote = ` ${report.links} links (${report.cached} from today's cache${report.unchecked ? `, ${report.unchecked} not checked in time` : ''}).`
    // Each file's link problems join its other problems, in the order of the text.
    const order = new Map<string, number>()
    problems.forEach((p, i) => order.has(p.file) || order.set(p.file, i))
    problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.file === b.file ? a.from - b.from : 0))
  }

  const errors = problems.filter((p) => p.severity === 'error').length
  if (format === 'json') {
    io.out(JSON.stringify(problems, null, 2))
  } else {
    for (const p of problems) io.out(`${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}`)
    const warnings = problems.filter((p) => p.severity === 'warning').length
    const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`
    io.err(`${n(episodes.length, 'episode')} checked: ${n(errors, 'error')}, ${n(warnings, 'warning')}, ${n(problems.length - errors - warnings, 'note')}.${linkNote}`)
  }
  return errors ? 1 : 0
}
