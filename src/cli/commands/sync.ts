// `shownotes sync SITE`: fetches and brings in what co-hosts published (as `git pull` is set up here). Uncommitted
// text stays; a file where it clashes with theirs keeps the host's text, is named, and the exit code is 1.
import { resolve } from 'node:path'
import { gitStepText } from '../../shared/git/messages'
import { UserError } from '../../shared/user-error'
import { syncSite } from '../../main/services/git/sync'
import { parseCliArgs } from '../args'
import type { CliIo } from '../index'
import { failureLines } from './publish'

const USAGE = 'Usage: shownotes sync SITE'

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args, { help: { type: 'boolean', short: 'h' } }, USAGE)
  if (parsed.values.help) {
    io.out(`${USAGE}\n\nFetches the site's git remote and brings in what co-hosts published (rebase or merge, as \`git pull\` is set up).\nYour uncommitted text stays; where it clashes with theirs, your text stays in the file and the file is named.`)
    return 0
  }
  const [site, extra] = parsed.positionals
  if (!site || extra) throw new UserError(`Give one site folder.\n${USAGE}`, 'bad-arguments')
  const result = await syncSite(resolve(io.cwd, site), (step) => io.err(gitStepText('en', step)))
  if (!result.ok) {
    io.err(`shownotes sync: ${failureLines(result.failure)}`)
    return 1
  }
  if (result.conflicts.length) {
    io.err(`shownotes sync: ${result.conflicts.join(', ')}: your uncommitted text clashes with what a co-host published; your text is kept in the file. Compare with \`git diff HEAD -- FILE\`, fix it, then publish.`)
    return 1
  }
  io.out(result.pulled ? `Brought in ${result.pulled} published commit${result.pulled === 1 ? '' : 's'}.` : 'Already up to date.')
  return 0
}
