// `shownotes publish FILE|BUNDLE... [--message M] [--no-push]`: brings in what co-hosts published, commits exactly
// these episodes' bundles (index.md and the files beside it; nothing else of the site) and pushes, never forcing.
// A conflict stops before the commit, names the file and exits 1, the host's text left in place.
import { stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { defaultCommitMessage } from '../../shared/git/commit-message'
import { gitFailureText, gitStepText } from '../../shared/git/messages'
import type { GitFailure } from '../../shared/git/types'
import { UserError } from '../../shared/user-error'
import { readEpisodeText } from '../../main/services/front-matter-reader'
import { publishEpisodes, requireRepo } from '../../main/services/git/publish'
import { parseCliArgs } from '../args'
import { readTextFile } from '../episode-file'
import type { CliIo } from '../index'

const USAGE = 'Usage: shownotes publish FILE|BUNDLE... [--message M] [--no-push]'
const HELP = `${USAGE}

Publishes episodes through the site's git repository, as a co-host would by hand:
fetches and brings in what others published (rebase or merge, as \`git pull\` is set up here),
commits exactly each episode's bundle (its index.md and the files beside it; other changed files
stay uncommitted), and pushes to the branch's upstream. Never a force push.
FILE is an episode's index.md or a leaf .md; BUNDLE is an episode's folder.
--message M   the commit message (default: Publish “TITLE”)
--no-push     commit only; push later with shownotes publish or git push
Credentials are git's own (SSH agent, credential helpers); git is never allowed to prompt.`

interface Target {
  /** The bundle folder or leaf file, absolute. */
  scope: string
  title: string
  shown: string
}

async function target(cwd: string, arg: string): Promise<Target> {
  const abs = resolve(cwd, arg)
  const info = await stat(abs).catch(() => null)
  if (!info) throw new UserError(`There is no file or folder ${arg}.`, 'not-found')
  const bundle = info.isDirectory() || basename(abs) === 'index.md'
  const scope = info.isDirectory() ? abs : bundle ? dirname(abs) : abs
  const file = bundle ? join(scope, 'index.md') : abs
  if (!file.endsWith('.md')) throw new UserError(`${arg} is not an episode (give its index.md, its folder or a leaf .md file).`, 'not-an-episode')
  const title = readEpisodeText((await readTextFile(file, arg)).text).data.title
  return { scope, title: typeof title === 'string' ? title : '', shown: arg }
}

export function failureLines(failure: GitFailure): string {
  return [gitFailureText('en', failure.code, failure.files), failure.output && `\ngit said:\n${failure.output}`].filter(Boolean).join('\n')
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args, { message: { type: 'string', short: 'm' }, 'no-push': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE)
  if (parsed.values.help) {
    io.out(HELP)
    return 0
  }
  if (!parsed.positionals.length) throw new UserError(`Name at least one episode.\n${USAGE}`, 'bad-arguments')
  const targets = await Promise.all(parsed.positionals.map((arg) => target(io.cwd, arg)))
  const repo = await requireRepo(dirname(targets[0].scope))
  const scopes = targets.map((t) => {
    const rel = relative(repo.top, t.scope)
    if (rel.startsWith('..')) throw new UserError(`${t.shown} is not in the same git repository as ${targets[0].shown}.`, 'bad-arguments')
    return rel.split(sep).join('/') || '.'
  })
  const message = parsed.values.message ?? defaultCommitMessage(targets.map((t) => ({ title: t.title, path: t.shown })))
  const push = !parsed.values['no-push']
  const result = await publishEpisodes({ root: repo.top, scopes, message, push, onStep: (step) => io.err(gitStepText('en', step)) })
  if (!result.ok) {
    const where = result.failure.code === 'conflict' ? ` ${result.failure.files.join(', ')}:` : ''
    io.err(`shownotes publish:${where} ${failureLines(result.failure)}`)
    return 1
  }
  if (result.keptYours.length) io.err(`Your uncommitted text in ${result.keptYours.join(', ')} clashes with what a co-host published; it is kept as you wrote it (compare with \`git diff HEAD -- FILE\`).`)
  const commit = result.commit ? ` as ${result.commit.slice(0, 7)}` : ''
  if (!result.committed.length && !result.pushed) io.out('Nothing to publish: these episodes have no changes.')
  else io.out(`${result.pushed ? 'Published' : 'Committed'} ${targets.map((t) => t.shown).join(', ')}${commit}${result.pushed ? '' : push ? ' (nothing to push)' : ' (not pushed: --no-push)'}`)
  return 0
}
