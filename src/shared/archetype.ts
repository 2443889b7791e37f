// Fills the Go-template parts of a Hugo archetype that hosts use (`{{ .Name }}`, `{{ replace .Name "-" " " | title }}`,
// `{{ .Date }}`, `{{ now.Format "2006-01-02" }}`, `{{ .Type }}`) without Hugo. Anything else is left as written
// and reported, so the host sees it instead of a silently wrong value.
import { parseHugoDate } from './episode-status'

export interface ArchetypeContext {
  /** The new content's name: the bundle folder or the file name without extension (Hugo's `.Name`). */
  name: string
  /** Section / content type, e.g. `talk`. */
  type: string
  /** The creation time; `.Date` is it in RFC 3339 with `offsetMinutes`. */
  now: Date
  /** Minutes east of UTC for `.Date` and `now` (default: this machine's offset at `now`). */
  offsetMinutes?: number
}

export interface FilledArchetype {
  text: string
  /** Template actions that were not understood and were left in the text. */
  unresolved: string[]
}

type Value = string | number | Date
type Fn = (...args: Value[]) => Value

const SMALL_WORDS = new Set('a an and as at but by en for if in nor of on or per the to v v. vs vs. via'.split(' '))

const FUNCS: Record<string, Fn> = {
  replace: (s, old, rep) => str(s).split(str(old)).join(str(rep)),
  title: (s) => titleCase(str(s)),
  upper: (s) => str(s).toUpperCase(),
  lower: (s) => str(s).toLowerCase(),
  humanize: (s) => {
    const t = str(s).replace(/[-_]+/g, ' ').trim()
    return t.charAt(0).toUpperCase() + t.slice(1)
  },
  urlize: (s) => str(s).trim().toLowerCase().replace(/\s+/g, '-'),
  trim: (s, cutset) => trimSet(str(s), str(cutset)),
  printf: (format, ...args) => str(format).replace(/%[svd]/g, () => str(args.shift() ?? '')),
  dateFormat: (layout, v) => formatGoTime(toDate(v), str(layout), offsetOf(v)),
  'time.Format': (layout, v) => formatGoTime(toDate(v), str(layout), offsetOf(v))
}

/** Fills an archetype's template actions for a new episode. */
export function fillArchetype(template: string, ctx: ArchetypeContext): FilledArchetype {
  const offset = ctx.offsetMinutes ?? -ctx.now.getTimezoneOffset()
  const now = Object.assign(new Date(ctx.now.getTime()), { offsetMinutes: offset })
  const fields: Record<string, Value> = {
    '.Name': ctx.name,
    '.Type': ctx.type,
    '.Section': ctx.type,
    '.Kind': 'page',
    '.Date': formatGoTime(ctx.now, '2006-01-02T15:04:05Z07:00', offset),
    '.File.ContentBaseName': ctx.name,
    '.File.BaseFileName': ctx.name === '' ? 'index' : ctx.name
  }
  const unresolved: string[] = []
  // Odd parts are actions; `{{- ` and ` -}}` trim the white space of the text next to them, as Go does.
  const parts = template.split(/(\{\{[\s\S]*?\}\})/)
  for (let i = 1; i < parts.length; i += 2) {
    const m = /^\{\{(-\s)?\s*([\s\S]*?)\s*(\s-)?\}\}$/.exec(parts[i])!
    if (m[1]) parts[i - 1] = parts[i - 1].trimEnd()
    if (m[3]) parts[i + 1] = parts[i + 1].trimStart()
    if (/^\/\*[\s\S]*\*\/$/.test(m[2])) {
      parts[i] = ''
      continue
    }
    try {
      parts[i] = str(evaluate(tokenize(m[2]), fields, now))
    } catch {
      unresolved.push(parts[i])
    }
  }
  const text = parts.join('')
  return { text, unresolved }
}

type Token = { kind: 'str' | 'num' | 'ident' | 'pipe' | 'open' | 'close'; text: string }

function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  const re = /\s*(?:("(?:[^"\\]|\\.)*")|`([^`]*)`|(-?\d+(?:\.\d+)?)|([.A-Za-z_][\w.]*)|(\|)|(\()|(\)))/y
  let i = 0
  while (i < src.length) {
    re.lastIndex = i
    const m = re.exec(src)
    if (!m) {
      if (/^\s*$/.test(src.slice(i))) break
      throw new Error(`cannot read ${src.slice(i)}`)
    }
    i = re.lastIndex
    if (m[1] !== undefined) tokens.push({ kind: 'str', text: JSON.parse(m[1]) as string })
    else if (m[2] !== undefined) tokens.push({ kind: 'str', text: m[2] })
    else if (m[3] !== undefined) tokens.push({ kind: 'num', text: m[3] })
    else if (m[4] !== undefined) tokens.push({ kind: 'ident', text: m[4] })
    else tokens.push({ kind: m[5] ? 'pipe' : m[6] ? 'open' : 'close', text: m[0].trim() })
  }
  return tokens
}

/** Evaluates a Go-template pipeline: commands joined by `|`, each result passed as the next command's last argument. */
function evaluate(tokens: Token[], fields: Record<string, Value>, now: Date): Value {
  let pos = 0
  const pipeline = (): Value => {
    let result: Value | undefined
    for (;;) {
      const args: Value[] = []
      let head: string | null = null
      while (pos < tokens.length && tokens[pos].kind !== 'pipe' && tokens[pos].kind !== 'close') {
        const t = tokens[pos++]
        if (t.kind === 'open') {
          args.push(pipeline())
          if (tokens[pos++]?.kind !== 'close') throw new Error('unclosed (')
        } else if (t.kind === 'str') args.push(t.text)
        else if (t.kind === 'num') args.push(Number(t.text))
        else if (args.length === 0 && head === null && isCallable(t.text)) head = t.text
        else args.push(operand(t.text, fields, now))
      }
      if (result !== undefined) args.push(result)
      result = head ? call(head, args, now) : single(args)
      if (tokens[pos]?.kind !== 'pipe') return result
      pos++
    }
  }
  const value = pipeline()
  if (pos !== tokens.length) throw new Error('unexpected )')
  return value
}

function isCallable(name: string): boolean {
  return name in FUNCS || name === 'now.Format' || name === 'now'
}

function call(name: string, args: Value[], now: Date): Value {
  if (name === 'now') return single(args.length ? args : [now])
  if (name === 'now.Format') return formatGoTime(now, str(args[0]), offsetOf(now))
  const fn = FUNCS[name]
  if (fn.length && args.length < fn.length) throw new Error(`${name} needs ${fn.length} arguments`)
  return fn(...args)
}

function operand(name: string, fields: Record<string, Value>, now: Date): Value {
  if (Object.hasOwn(fields, name)) return fields[name]
  if (name === 'now.Year') return now.getUTCFullYear()
  throw new Error(`unknown ${name}`)
}

function single(args: Value[]): Value {
  if (args.length !== 1) throw new Error('expected one value')
  return args[0]
}

function str(v: Value | undefined): string {
  if (v instanceof Date) return formatGoTime(v, '2006-01-02 15:04:05 -0700 MST', offsetOf(v))
  return v === undefined ? '' : String(v)
}

function toDate(v: Value): Date {
  const d = v instanceof Date ? v : parseHugoDate(String(v))
  if (!d) throw new Error(`not a date: ${String(v)}`)
  return d
}

// A date string written with an offset keeps it when formatted again (Go keeps a parsed time's zone).
function offsetOf(v: Value): number {
  if (v instanceof Date) return (v as Date & { offsetMinutes?: number }).offsetMinutes ?? 0
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(String(v))
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0
}

function trimSet(s: string, cutset: string): string {
  let a = 0
  let b = s.length
  while (a < b && cutset.includes(s[a])) a++
  while (b > a && cutset.includes(s[b - 1])) b--
  return s.slice(a, b)
}

/** Hugo's default `title` (AP style): words capitalised, short function words lower-case except first and last. */
export function titleCase(s: string): string {
  const words = s.split(/(\s+)/)
  const last = words.length - 1
  return words
    .map((w, i) => {
      if (/^\s*$/.test(w)) return w
      if (i !== 0 && i !== last && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase()
      return w.charAt(0).toUpperCase() + w.slice(1)
    })
    .join('')
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const STD = /January|Jan|Monday|Mon|MST|2006|002|01|02|03|04|05|06|15|_2|1|2|3|4|5|PM|pm|-07:00:00|-070000|-07:00|-0700|-07|Z07:00:00|Z070000|Z07:00|Z0700|Z07|[.,](?:0+|9+)(?![0-9])/g

/** Formats `date` with a Go layout (reference time `Mon Jan 2 15:04:05 MST 2006`) at `offsetMinutes` east of UTC. */
export function formatGoTime(date: Date, layout: string, offsetMinutes = 0): string {
  const t = new Date(date.getTime() + offsetMinutes * 60_000)
  const Y = t.getUTCFullYear()
  const M = t.getUTCMonth()
  const D = t.getUTCDate()
  const h = t.getUTCHours()
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  const sign = offsetMinutes < 0 ? '-' : '+'
  const oh = pad(Math.floor(Math.abs(offsetMinutes) / 60))
  const om = pad(Math.abs(offsetMinutes) % 60)
  // `Z07:00` and friends print `Z` for UTC; `-07:00` and friends print `+00:00`.
  const zone = (tok: string, z: string) => (offsetMinutes === 0 && tok.startsWith('Z') ? 'Z' : z)
  const yday = Math.round((Date.UTC(Y, M, D) - Date.UTC(Y, 0, 1)) / 86_400_000) + 1
  return layout.replace(STD, (tok) => {
    switch (tok) {
      case 'January': return MONTH_NAMES[M]
      case 'Jan': return MONTH_NAMES[M].slice(0, 3)
      case 'Monday': return DAY_NAMES[t.getUTCDay()]
      case 'Mon': return DAY_NAMES[t.getUTCDay()].slice(0, 3)
      case 'MST': return offsetMinutes === 0 ? 'UTC' : `${sign}${oh}${om === '00' ? '' : om}`
      case '2006': return pad(Y, 4)
      case '06': return pad(Y % 100)
      case '002': return pad(yday, 3)
      case '01': return pad(M + 1)
      case '1': return String(M + 1)
      case '02': return pad(D)
      case '_2': return String(D).padStart(2, ' ')
      case '2': return String(D)
      case '15': return pad(h)
      case '03': return pad(h % 12 || 12)
      case '3': return String(h % 12 || 12)
      case '04': return pad(t.getUTCMinutes())
      case '4': return String(t.getUTCMinutes())
      case '05': return pad(t.getUTCSeconds())
      case '5': return String(t.getUTCSeconds())
      case 'PM': return h < 12 ? 'AM' : 'PM'
      case 'pm': return h < 12 ? 'am' : 'pm'
      case '-07:00:00': case 'Z07:00:00': return zone(tok, `${sign}${oh}:${om}:00`)
      case '-070000': case 'Z070000': return zone(tok, `${sign}${oh}${om}00`)
      case '-07:00': case 'Z07:00': return zone(tok, `${sign}${oh}:${om}`)
      case '-0700': case 'Z0700': return zone(tok, `${sign}${oh}${om}`)
      case '-07': case 'Z07': return zone(tok, `${sign}${oh}`)
      default: {
        const digits = pad(t.getUTCMilliseconds(), 3).padEnd(tok.length - 1, '0').slice(0, tok.length - 1)
        if (tok[1] === '0') return tok[0] + digits
        const trimmed = digits.replace(/0+$/, '')
        return trimmed ? tok[0] + trimmed : ''
      }
    }
  })
}
