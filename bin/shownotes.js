#!/usr/bin/env node
// Entry point of the `shownotes` command: loads the built CLI, which runs itself (`npm run build` first in a checkout).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(built)) {
  process.stderr.write('shownotes: the CLI is not built yet. Run `npm run build` first.\n')
  process.exit(2)
}
await import(pathToFileURL(built).href)
