// The command line's argument helpers, shared by every command: parsing with the command's usage on a mistake,
// one word among those allowed, and the --workers count.
import { parseArgs } from 'node:util'
import { UserError } from '../shared/user-error'

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean }

/** Options and positionals; an unknown option or a missing value is a usage error that prints `usage`. */
export function parseCliArgs<T extends Record<string, OptionSpec>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UserError(`${err instanceof Error ? err.message : String(err)}\n${usage}`, 'bad-arguments')
  }
}

/** `value` when it is one of `allowed`; absent → `fallback`, or a usage error when the option is required (no fallback). */
export function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T | undefined, usage: string): T {
  if (value === undefined) {
    if (fallback === undefined) throw new UserError(`${flag} is required: ${allowed.join(', ')}.\n${usage}`, 'bad-arguments')
    return fallback
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UserError(`${flag} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${value}".`, 'bad-arguments')
  return value as T
}

/** `--workers N`: extra worker threads, 0 to 64; absent → undefined (the batch decides). */
export function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  // Number('') is 0: an empty value is refused rather than read as no workers.
  const workers = value.trim() === '' ? NaN : Number(value)
  if (!(Number.isInteger(workers) && workers >= 0 && workers <= 64)) throw new UserError('--workers must be a whole number from 0 to 64.', 'bad-arguments')
  return workers
}
