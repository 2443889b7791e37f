// Runs the system `git` with arguments (never through a shell), in a folder, with text for its stdin. Git never
// prompts (GIT_TERMINAL_PROMPT=0, and no terminal to prompt on), speaks English (its messages are classified), reads
// pathspecs literally (an episode folder named `[draft]` is that folder), and keeps the user's own credential set-up.
import { spawn } from 'node:child_process'

export interface GitRun {
  stdout: string
  stderr: string
}

/** Git exited non-zero (or could not start); `output` is what it said on stderr and stdout. */
export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly output: string,
    readonly missing = false
  ) {
    super(`git ${args[0] ?? ''} failed${exitCode === null ? '' : ` (exit ${exitCode})`}: ${output.trim().split('\n').slice(-1)[0] ?? ''}`)
    this.name = 'GitCommandError'
  }
}

export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C', GIT_LITERAL_PATHSPECS: '1', GIT_MERGE_AUTOEDIT: 'no', GIT_EDITOR: 'true' }
}

const MAX_OUTPUT = 64 * 1024 * 1024

export function runGit(cwd: string, args: readonly string[], options: { input?: string; timeoutMs?: number } = {}): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    // Its own session, without the terminal Shownotes may have been started from: ssh cannot ask for a passphrase
    // or a host key on it either (GIT_TERMINAL_PROMPT covers git's own prompts only), so nothing waits unseen.
    // (execFile drops `detached`, hence spawn.)
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], { cwd, env: gitEnv(), windowsHide: true, detached: process.platform !== 'win32' })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let size = 0
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_OUTPUT) child.kill()
      else into.push(chunk)
    }
    child.stdout.on('data', collect(out))
    child.stderr.on('data', collect(err))
    const timer = setTimeout(() => child.kill(), options.timeoutMs ?? 5 * 60_000)
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      const missing = e.code === 'ENOENT'
      reject(new GitCommandError(args, null, missing ? 'git is not installed (no "git" command was found on PATH).' : e.message, missing))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const stdout = Buffer.concat(out).toString('utf8')
      const stderr = Buffer.concat(err).toString('utf8')
      if (code === 0) return resolve({ stdout, stderr })
      reject(new GitCommandError(args, code, `${stderr}${stdout}${signal ? `\n(git was stopped: ${signal})` : ''}`))
    })
    // Git may exit before reading stdin (most commands never do): a closed pipe is no error of ours.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Like runGit, but a non-zero exit is an answer (null), e.g. `config --get` of an unset key. */
export async function tryGit(cwd: string, args: readonly string[]): Promise<string | null> {
  try {
    return (await runGit(cwd, args)).stdout
  } catch (err) {
    if (err instanceof GitCommandError && !err.missing) return null
    throw err
  }
}

/** The installed git's version ("2.39.5"), or null when there is no git on PATH. */
export async function gitVersion(cwd: string): Promise<string | null> {
  try {
    const { stdout } = await runGit(cwd, ['--version'])
    return /git version (\S+)/.exec(stdout)?.[1] ?? stdout.trim()
  } catch {
    return null
  }
}
