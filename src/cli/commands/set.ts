// `shownotes set FILE KEY=VALUE… [--dry-run]`: changes front matter fields from the command line. Only the fields'
// own text changes; the file is written atomically, or with --dry-run the result is printed instead.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import writeFileAtomic from 'write-file-atomic'
import { parse } from 'yaml'
import { setField } from '../../shared/front-matter'
import { UserError } from '../../shared/user-error'
import { decodeText, detectEncoding, encodeText, type TextEncoding } from '../../main/services/file-text'
import type { CliIo } from '../index'

const USAGE = 'Usage: shownotes set FILE KEY=VALUE… [--dry-run]'
const HELP = `${USAGE}

Sets front matter fields of an episode. KEY is a field name or a dotted path (image.caption).
VALUE is read as a YAML value: draft=false, weight=3, tags=[aws, podcast], title='"#36 Re:Invent"'.
Text that YAML would drop (a leading #, as after the shell removed your quotes) is kept as text.
An empty VALUE empties the field. Use -- before arguments that start with a dash.
--dry-run prints the whole new file instead of writing it.`

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UserError(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`, 'bad-arguments')
  }
  if (parsed.values.help) {
    io.out(HELP)
    return 0
  }
  const [file, ...assignments] = parsed.positionals
  if (!file || assignments.length === 0) throw new UserError(`Give a file and at least one KEY=VALUE.\n${USAGE}`, 'bad-arguments')
  const changes = assignments.map(parseAssignment)

  const path = resolve(io.cwd, file)
  const { text: before, encoding } = await readText(path, file)
  let after = before
  for (const { key, value } of changes) after = setField(after, key, value)

  if (parsed.values['dry-run']) {
    io.out(after)
    return 0
  }
  if (after === before) {
    io.out(`${file}: no change`)
    return 0
  }
  await writeFileAtomic(path, encodeText(after, encoding))
  io.out(`${file}: set ${changes.map((c) => c.key).join(', ')}`)
  return 0
}

function parseAssignment(arg: string): { key: string; value: unknown } {
  const eq = arg.indexOf('=')
  if (eq <= 0) throw new UserError(`"${arg}" is not KEY=VALUE (for example draft=false).`, 'bad-arguments')
  const key = arg.slice(0, eq)
  return { key, value: parseValue(key, arg.slice(eq + 1)) }
}

/**
 * VALUE as a YAML 1.2 flow value. Text the shell has stripped of its quotes still means text: `#36 …` would be a
 * comment and `Pilot: one` a map in YAML, so both stay strings; a value that opens a quote, list or map must parse.
 */
export function parseValue(key: string, raw: string): unknown {
  const trimmed = raw.trim()
  if (trimmed === '') return null
  let value: unknown
  try {
    value = parse(raw, { version: '1.2', schema: 'core', uniqueKeys: true, maxAliasCount: 0 })
  } catch (err) {
    if (/^["'[{]/.test(trimmed)) {
      const reason = err instanceof Error ? err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') : String(err)
      throw new UserError(`The value for ${key} is not valid YAML: ${reason}. Quote it for the shell, e.g. ${key}='"text"'.`, 'bad-arguments')
    }
    return raw
  }
  if (value === null && !/^(null|Null|NULL|~)$/.test(trimmed)) return raw
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !trimmed.startsWith('{')) return raw
  return value
}

/** The file's text (a BOM kept in it) and its encoding (UTF-8, or UTF-16 with a BOM), to write it back the same. */
async function readText(path: string, shown: string): Promise<{ text: string; encoding: TextEncoding }> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(`There is no file ${shown}.`, 'not-found')
    if (code === 'EISDIR') throw new UserError(`${shown} is a folder; give the episode's index.md.`, 'bad-arguments')
    throw new UserError(`Cannot read ${shown}: ${(err as Error).message}`, 'read-failed')
  }
  const encoding = detectEncoding(bytes)
  try {
    return { text: decodeText(bytes, shown), encoding }
  } catch {
    throw new UserError(`${shown} is not valid UTF-8 text; Shownotes will not rewrite it.`, 'invalid-utf8')
  }
}
