// `shownotes search DIR PATTERN [--regex] [--field KEY] [--format json]`: the site search from the command line,
// the same matching as the window's Search tab (width folding always, kana folding with --kana).
import { resolve } from 'node:path'
import type { EpisodeMatches } from '../../shared/api'
import { defaultQuery, type SearchQuery, type SearchScope, type SearchStatus } from '../../shared/search'
import { UserError } from '../../shared/user-error'
import { defaultDataDir } from '../../main/data-dir'
import { searchEpisodes } from '../../main/services/site-search'
import { Workspace } from '../../main/services/workspace'
import { choice, parseCliArgs } from '../args'
import type { CliIo } from '../index'
import { shownPath } from '../shown-path'

const USAGE = 'Usage: shownotes search DIR PATTERN [--regex] [--case] [--word] [--kana] [--scope all|body|front-matter] [--field KEY] [--status S[,…]] [--format json|text]'
const HELP = `${USAGE}

Searches every episode of a site or folder. Full-width and half-width letters and digits match each other
(ＡＢＣ = ABC, ｶﾀｶﾅ = カタカナ); --kana also matches hiragana with katakana.
--regex reads PATTERN as a JavaScript regular expression; --case matches case; --word matches whole words only.
--field KEY searches only that front matter field (tags, image.caption). Exit status: 0 when something was found,
1 when nothing was, 2 on a mistake (as grep).
JSON: an array of episodes, each with path, title, status and its matches (line, text, start, end).`

const STATUSES: SearchStatus[] = ['draft', 'scheduled', 'published', 'expired']
const SCOPES = { all: 'all', body: 'body', 'front-matter': 'frontMatter' } as const

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    {
      regex: { type: 'boolean' }, case: { type: 'boolean' }, word: { type: 'boolean' }, kana: { type: 'boolean' },
      scope: { type: 'string' }, field: { type: 'string' }, status: { type: 'string', multiple: true }, format: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  )
  if (values.help) {
    io.out(HELP)
    return 0
  }
  if (positionals.length !== 2) throw new UserError(`Give a folder and a pattern.\n${USAGE}`, 'bad-arguments')
  const [dir, pattern] = positionals
  const format = choice('--format', values.format, ['json', 'text'], 'text', USAGE)
  const scope: SearchScope = values.field !== undefined ? 'field' : SCOPES[choice('--scope', values.scope, ['all', 'body', 'front-matter'] as const, 'all', USAGE)]
  const statuses = (values.status ?? []).flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean)
  for (const s of statuses) if (!STATUSES.includes(s as SearchStatus)) throw new UserError(`--status must be one of ${STATUSES.join(', ')}; "${s}" is not.`, 'bad-arguments')
  const query: SearchQuery = {
    ...defaultQuery, pattern, regex: !!values.regex, caseSensitive: !!values.case, wholeWord: !!values.word, kana: !!values.kana,
    scope, field: values.field, statuses: statuses as SearchStatus[]
  }
  const ws = await Workspace.open(resolve(io.cwd, dir), { dataDir: defaultDataDir() })
  const found: EpisodeMatches[] = []
  try {
    await searchEpisodes(ws.info.root, await ws.listEpisodes(), query, (batch) => found.push(...batch))
  } finally {
    await ws.close()
  }
  const shown = found.map(({ hash: _, ...e }) => ({ ...e, path: shownPath(dir, e.path) }))
  if (format === 'json') io.out(JSON.stringify(shown, null, 2))
  // As grep does, a line with several matches is printed once.
  else if (shown.length) io.out(shown.flatMap((e) => [...new Map(e.matches.map((m) => [m.line, `${e.path}:${m.line}: ${m.text}`])).values()]).join('\n'))
  return shown.length ? 0 : 1
}
