// `shownotes new SITE [--section talk] [--title …]`: a new draft episode from the site's archetype (or the built-in
// talk template), numbered after the last one; prints the new file's path.
import { resolve } from 'node:path'
import { UserError } from '../../shared/user-error'
import { defaultDataDir } from '../../main/data-dir'
import { Workspace } from '../../main/services/workspace'
import { parseCliArgs } from '../args'
import type { CliIo } from '../index'
import { shownPath } from '../shown-path'

const USAGE = 'Usage: shownotes new SITE [--section SECTION] [--title TITLE]'

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { section: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean' } }, USAGE)
  if (values.help) {
    io.out(`${USAGE}\n\nCreates content/SECTION/NNNN-title/index.md as a draft, titled "#N TITLE" with the next episode number.`)
    return 0
  }
  if (positionals.length !== 1) throw new UserError(`Give exactly one site folder.\n${USAGE}`, 'bad-arguments')
  const site = positionals[0]
  const ws = await Workspace.open(resolve(io.cwd, site), { dataDir: defaultDataDir() })
  try {
    const episode = await ws.createEpisode({ section: values.section, title: values.title })
    io.out(shownPath(site, episode.path))
  } finally {
    await ws.close()
  }
  return 0
}
