// The `shownotes` command line: the third front door to the same services (list, new, set, render, check, export,
// chapters, retime, transcript, images, publish, sync, search, serve).
import { setFlagsFromString } from 'node:v8'
import { UserError } from '../shared/user-error'
import { explainFsError } from '../main/services/fs-errors'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  cwd: string
  /** Rewrites one status line in place (a terminal only); '' clears it. */
  progress?: (text: string) => void
}

type Command = {
  summary: string
  load: () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }>
  /** Runs over many episodes in one short process (compiler settings for that, see below). */
  batch?: true
}

const commands: Record<string, Command> = {
  list: { summary: 'list DIR [--format json] [--status draft|scheduled|published|expired]', load: () => import('./commands/list') },
  new: { summary: 'new SITE [--section talk] [--title TITLE]', load: () => import('./commands/new') },
  set: { summary: 'set FILE KEY=VALUE… [--dry-run]', load: () => import('./commands/set') },
  render: { summary: 'render FILE | render FILE|DIR… --out DIR [--workers N]', load: () => import('./commands/render'), batch: true },
  check: { summary: 'check FILE|DIR… [--format json] [--links]', load: () => import('./commands/check'), batch: true },
  export: { summary: 'export FILE|DIR --format markdown|html|bundle|chapters -o OUT', load: () => import('./commands/export'), batch: true },
  chapters: { summary: 'chapters FILE [--format json|psc|mp4chaps|youtube|vtt|audacity] | chapters FILE --import PATH [--dry-run]', load: () => import('./commands/chapters') },
  retime: { summary: 'retime FILE --from TIME --by ±SECONDS [--dry-run]', load: () => import('./commands/retime') },
  transcript: { summary: 'transcript FILE --import PATH [--speaker ID=NAME]… [--dry-run]', load: () => import('./commands/transcript') },
  images: { summary: 'images DIR [--strip-location] [--max-edge N] [--dry-run]', load: () => import('./commands/images') },
  publish: { summary: 'publish FILE|BUNDLE... [--message M] [--no-push]', load: () => import('./commands/publish') },
  sync: { summary: 'sync SITE', load: () => import('./commands/sync') },
  search: { summary: 'search DIR PATTERN [--regex] [--field KEY] [--format json]', load: () => import('./commands/search') },
  serve: { summary: 'serve [FOLDER] [--port N] [--no-open]', load: () => import('./commands/serve') }
}

export function usage(): string {
  return ['Usage: shownotes <command> [options]', '', ...Object.values(commands).map((c) => `  shownotes ${c.summary}`)].join('\n')
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    io.err(`shownotes: unknown command "${name}".\n${usage()}`)
    return 2
  }
  try {
    return await (await command.load()).run(rest, io)
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`shownotes ${name}: ${err.message}`)
      return 2
    }
    const explained = explainFsError(err) // a full disk, a refused permission: said plainly, exit 1
    if (explained) {
      io.err(`shownotes ${name}: ${explained.message}`)
      return 1
    }
    throw err
  }
}

// Run when started as a program (`node out/main/cli.js`, or through bin/shownotes.js, which only imports this).
const isEntry = typeof process !== 'undefined' && process.argv[1] && /(?:^|[\\/])(cli\.js|shownotes(\.js)?)$/.test(process.argv[1])
if (isEntry) {
  // A batch command runs the same few hundred functions over every episode for a second or two, and on two cores V8's
  // optimizing compiler took a quarter of that CPU. Without inlining it compiles each function once and small;
  // measured over a 1,000-episode export, about 6 % faster. Set for the process (its worker threads too), never in `serve`.
  if (commands[process.argv[2]]?.batch) setFlagsFromString('--no-turbo-inlining')
  main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    cwd: process.cwd(),
    progress: process.stderr.isTTY ? (t) => process.stderr.write(t ? `\r${t.slice(0, (process.stderr.columns || 80) - 1)}\x1b[K` : '\r\x1b[K') : undefined
  }).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`shownotes: ${err instanceof Error ? err.message : String(err)}\n`)
      process.exitCode = 1
    }
  )
}
