// The answers the window needs before its first render (settings, the open folder, its episodes, the episode to
// reopen), written into index.html as a JSON data block when the page is served, so the window starts without
// waiting for a round of calls. The window reads them once; any answer missing is asked for as usual.
import type { ApiEnvelope, ApiResults } from './api'
import { packRows, unpackRows, type EpisodeRow } from './episode-rows'

export const startupMethods = ['settings.get', 'workspace.current', 'episodes.list', 'workspace.lastEpisode'] as const
export type StartupMethod = (typeof startupMethods)[number]
/** The episode list arrives as rows only (what the list shows): summaries and counts come with the next list. */
type StartupResults = Omit<Pick<ApiResults, StartupMethod>, 'episodes.list'> & { 'episodes.list': EpisodeRow[] }
export type StartupAnswers = { [M in StartupMethod]?: ApiEnvelope<StartupResults[M]> }

/** The id of the `<script type="application/json">` element that carries the answers. */
export const startupElementId = 'shownotes-startup'

/**
 * `html` with the answers as a data block before `</head>` (never executed, so the page's script policy is
 * unchanged). Every `<` is escaped, so no text of an episode can close the element or open markup. The episode
 * list is written as packed rows (shared/episode-rows.ts).
 * With no episode to reopen, the editor's code is not fetched ahead (its `data-part="editor"` modulepreload
 * links go): the episode list comes first, and the window loads the editor once it has painted.
 */
export function embedStartupAnswers(html: string, answers: StartupAnswers): string {
  const list = answers['episodes.list']
  const written = list?.ok ? { ...answers, 'episodes.list': { ok: true, rows: packRows(list.value) } } : answers
  const json = JSON.stringify(written).replace(/</g, '\\u003c')
  const block = `<script type="application/json" id="${startupElementId}">${json}</script>`
  const last = answers['workspace.lastEpisode']
  const page = last?.ok && last.value ? html : html.replace(/<link rel="modulepreload"[^>]*data-part="editor"[^>]*>\s*/g, '')
  const at = page.indexOf('</head>')
  return at < 0 ? block + page : page.slice(0, at) + block + page.slice(at)
}

/** The answers in a data block's text; an empty set when the text is not what `embedStartupAnswers` wrote. */
export function readStartupAnswers(text: string | null | undefined): StartupAnswers {
  if (!text) return {}
  try {
    const parsed: unknown = JSON.parse(text)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {}
    const answers = { ...(parsed as Record<string, unknown>) }
    const list = answers['episodes.list'] as { ok?: unknown; rows?: unknown } | undefined
    if (list?.ok === true) {
      const rows = unpackRows(list.rows)
      // Rows that do not read back are left out: the window then asks for the list.
      if (rows) answers['episodes.list'] = { ok: true, value: rows }
      else delete answers['episodes.list']
    }
    return answers as StartupAnswers
  } catch {
    return {}
  }
}
