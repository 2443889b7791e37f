// `shownotes list DIR [--format json] [--status draft|scheduled|published|expired]`: the episodes of a site or
// folder with Hugo's status. Paths are printed as DIR joined with the episode's path, so they work from here.
import { resolve } from 'node:path'
import type { EpisodeStatus, EpisodeSummary } from '../../shared/api'
import { listedDay } from '../../shared/listed-date'
import { UserError } from '../../shared/user-error'
import { defaultDataDir } from '../../main/data-dir'
import { Workspace } from '../../main/services/workspace'
import { choice, parseCliArgs } from '../args'
import type { CliIo } from '../index'
import { shownPath } from '../shown-path'

const STATUSES: EpisodeStatus[] = ['draft', 'scheduled', 'published', 'expired']
const USAGE = 'Usage: shownotes list DIR [--format json|text] [--status draft|scheduled|published|expired[,…]]'

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { format: { type: 'string' }, status: { type: 'string', multiple: true }, help: { type: 'boolean' } }, USAGE)
  if (values.help) {
    io.out(`${USAGE}\n\nLists the episodes (page bundles and leaf files) with Hugo's status. JSON: an array of episodes,\neach with path, status and the index fields (section, title, number, dates, tags, counts).`)
    return 0
  }
  if (positionals.length !== 1) throw new UserError(`Give exactly one folder to list.\n${USAGE}`, 'bad-arguments')
  const format = choice('--format', values.format, ['json', 'text'], 'text', USAGE)
  const wanted = (values.status ?? []).flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean)
  for (const s of wanted) {
    if (!STATUSES.includes(s as EpisodeStatus)) throw new UserError(`--status must be one of ${STATUSES.join(', ')}; "${s}" is not.`, 'bad-arguments')
  }
  const dir = positionals[0]
  const ws = await Workspace.open(resolve(io.cwd, dir), { dataDir: defaultDataDir() })
  let episodes: EpisodeSummary[]
  try {
    episodes = await ws.listEpisodes()
  } finally {
    await ws.close()
  }
  const shown = episodes.filter((e) => !wanted.length || wanted.includes(e.status)).map((e) => ({ ...e, path: shownPath(dir, e.path) }))
  if (format === 'json') io.out(JSON.stringify(shown, null, 2))
  else io.out(table(shown))
  return 0
}

// East Asian wide characters take two columns in a terminal.
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1
  return w
}

function fit(s: string, max: number): string {
  if (width(s) <= max) return s + ' '.repeat(max - width(s))
  let out = ''
  for (const ch of s) {
    if (width(out + ch) > max - 1) break
    out += ch
  }
  return out + '…' + ' '.repeat(max - 1 - width(out))
}

function table(episodes: (EpisodeSummary & { path: string })[]): string {
  if (!episodes.length) return 'No episodes found.'
  const rows = episodes.map((e) => [e.status, listedDay(e) ?? '', e.number === null ? '' : `#${e.number}`, e.title.replace(/\s+/g, ' '), e.path])
  const head = ['STATUS', 'DATE', 'NO.', 'TITLE', 'PATH']
  const widths = [9, 10, Math.max(3, ...rows.map((r) => r[2].length)), Math.min(48, Math.max(5, ...rows.map((r) => width(r[3]))))]
  const line = (r: string[]) => [...r.slice(0, 4).map((c, i) => fit(c, widths[i])), r[4]].join('  ').trimEnd()
  const counts = STATUSES.map((s) => [s, episodes.filter((e) => e.status === s).length] as const).filter(([, n]) => n)
  return [line(head), ...rows.map(line), '', `${episodes.length} episodes: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}`].join('\n')
}
