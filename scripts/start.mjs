// `npm start`: opens the desktop app; where Electron's binary is missing (it could not be downloaded), says so in
// one line and starts web mode instead.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
let electronBinary = null
try {
  const dir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (existsSync(pathFile)) {
    const candidate = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
    if (existsSync(candidate)) electronBinary = candidate
  }
} catch {
  electronBinary = null
}

const args = process.argv.slice(2)
const child = electronBinary
  ? spawn(electronBinary, ['.', ...args], { stdio: 'inherit' })
  : (console.log('Electron is not installed here (its binary could not be downloaded); starting web mode instead.'),
    spawn(process.execPath, ['bin/shownotes.js', 'serve', '--open', ...args], { stdio: 'inherit' }))
child.on('exit', (code) => process.exit(code ?? 0))
