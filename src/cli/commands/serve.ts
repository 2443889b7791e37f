// `shownotes serve [FOLDER]`: web mode — the full editor in the browser, served from 127.0.0.1 with a per-run token.
import { spawn } from 'node:child_process'
import { UserError } from '../../shared/user-error'
import { startWebMode } from '../../main/web/start'
import { parseCliArgs } from '../args'
import type { CliIo } from '../index'

const USAGE = 'Usage: shownotes serve [FOLDER] [--port N] [--no-open]'

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref()
  } catch {
    // No desktop browser here (a server, CI): the printed address is enough.
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { port: { type: 'string' }, 'no-open': { type: 'boolean' }, open: { type: 'boolean' } }, USAGE)
  const port = values.port === undefined ? undefined : Number(values.port)
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UserError(`"${values.port}" is not a port number.`)
  const folder = positionals[0]
  const web = await startWebMode({ folder: folder ? (await import('node:path')).resolve(io.cwd, folder) : undefined, port })
  io.out(`Shownotes web mode: ${web.workspace.name}${web.workspace.sample ? ' (sample site)' : ''} at ${web.workspace.root}`)
  io.out(`Open ${web.server.url}`)
  if (!values['no-open'] && (values.open || (process.stdout.isTTY && !process.env.CI))) openBrowser(web.server.url)
  await new Promise<void>((resolve) => {
    const stop = () => void web.close().then(resolve)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
