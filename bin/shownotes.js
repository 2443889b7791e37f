#!/usr/bin/env node
// Entry point of the `shownotes` command; runs the built CLI (run `npm run build` first in a checkout).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(built)) {
  process.stderr.write('shownotes: the CLI is not built yet. Run `npm run build` first.\n')
  process.exit(2)
}
const { main } = await import(pathToFileURL(built).href)
const io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd()
}
process.exitCode = await main(process.argv.slice(2), io)
