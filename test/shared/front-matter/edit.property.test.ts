// Property: a random edit of a random field in a random front matter leaves every other line and the whole body
// byte-identical, and reads back as exactly the intended data.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Scalar, parse, stringify } from 'yaml'
import { splitDocument } from '../../../src/shared/document'
import { deleteField, readFrontMatter, setField } from '../../../src/shared/front-matter'

type ScalarValue = string | number | boolean | null
type Value = ScalarValue | string[] | { [key: string]: ScalarValue }
interface Field {
  key: string
  value: Value
  styleSeed: number
  comment: boolean
  before: 'none' | 'comment' | 'blank' | 'commented-key'
}

const chars = fc.constantFrom(...'abc xyz:#-"\'\\,[]{}&*!|>%@`'.split(''), '日', '本', 'é', '\n', '1', '0', '.')
const text = fc.string({ unit: chars, maxLength: 12 })
const word = fc.constantFrom('no', 'yes', 'true', 'null', '~', '#36 title', 'a: b', '2020-12-22T10:03:00+09:00', "it's", '', ' lead', '12345', '1e3', 'plain words', '日本語')
const scalar: fc.Arbitrary<ScalarValue> = fc.oneof(text, word, fc.integer({ min: -1000, max: 100000 }), fc.constantFrom(2.5, -0.125), fc.boolean(), fc.constant(null))
const stringList = fc.array(fc.oneof(text, word), { maxLength: 4 })
const childMap = fc.uniqueArray(fc.tuple(fc.constantFrom('caption', 'focal', 'city', 'street', 'region'), scalar), { selector: ([k]) => k, minLength: 1, maxLength: 3 }).map((e) => Object.fromEntries(e))
const value: fc.Arbitrary<Value> = fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 2, arbitrary: stringList }, { weight: 2, arbitrary: childMap })
const field = fc.record({ value, styleSeed: fc.nat(5), comment: fc.boolean(), before: fc.constantFrom('none', 'comment', 'blank', 'commented-key') })
const doc = fc.record({
  fields: fc.array(field, { minLength: 1, maxLength: 7 }).map((fs) => fs.map((f, i): Field => ({ ...f, key: `f${i}` }) as Field)),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  body: fc.constantFrom('', 'Body', '\n<iframe src="x"></iframe>\n\n* item  \n', '---\nnot: front matter\n', 'no final newline'),
  trailingComment: fc.boolean(),
  indent: fc.constantFrom(2, 4)
})

/** Writes a scalar the way a host might: plain when YAML reads it back unchanged, else quoted in some style. */
function scalarText(v: ScalarValue, seed: number): string {
  if (v === null) return ['', 'null', '~'][seed % 3]
  if (typeof v !== 'string') return String(v)
  const styles = [seed % 3, (seed + 1) % 3, (seed + 2) % 3]
  for (const s of styles) {
    if (s === 0 && v !== '' && !/^\s|\s$|\n/.test(v) && readsBack(v)) return v
    if (s === 1 && !/[\n\\]/.test(v)) return `'${v.replace(/'/g, "''")}'`
    if (s === 2) return JSON.stringify(v)
  }
  return JSON.stringify(v)
}

/** A `|` or `|-` block scalar's header and content lines (no indentation indicator; `|+` would take in the blank lines after it). */
function blockLiteral(v: string): string[] | null {
  const node = new Scalar(v)
  node.type = 'BLOCK_LITERAL'
  const lines = stringify(node).split('\n')
  lines.pop()
  return /^\|-?$/.test(lines[0]) && lines.slice(1).every((l) => !/\s$/.test(l)) ? lines : null
}

function readsBack(plain: string): boolean {
  try {
    return parse(`k: ${plain}`, { version: '1.2' })?.k === plain
  } catch {
    return false
  }
}

/** Renders the document and records which lines each field occupies. */
function render(d: { fields: Field[]; crlf: boolean; bom: boolean; body: string; trailingComment: boolean; indent: number }) {
  const lines: string[] = ['---']
  const ranges = new Map<string, [number, number]>()
  for (const f of d.fields) {
    if (f.before === 'comment') lines.push('# about ' + f.key)
    if (f.before === 'blank') lines.push('')
    if (f.before === 'commented-key') lines.push(`#${f.key}_old: 2022-01-01T00:00:00+09:00`)
    const start = lines.length
    const note = f.comment ? ' # note' : ''
    const pad = ' '.repeat(d.indent)
    if (Array.isArray(f.value) && (f.value.length === 0 || f.styleSeed % 2 === 0)) {
      lines.push(`${f.key}: [${f.value.map((s) => JSON.stringify(s)).join(', ')}]${note}`)
    } else if (Array.isArray(f.value)) {
      // A block list, indented or (as many archetypes write it) not.
      lines.push(`${f.key}:${note}`)
      for (const item of f.value) lines.push(`${f.styleSeed === 5 ? '' : pad}- ${JSON.stringify(item)}`)
    } else if (f.value !== null && typeof f.value === 'object') {
      lines.push(`${f.key}:${note}`)
      Object.entries(f.value).forEach(([k, v], i) => {
        if (i === 1 && f.comment) lines.push(`${pad}# about ${k}`)
        ranges.set(`${f.key}.${k}`, [lines.length, lines.length])
        const t = scalarText(v, f.styleSeed)
        lines.push(`${pad}${k}:${t === '' ? '' : ' ' + t}`)
      })
    } else if (typeof f.value === 'string' && f.value.includes('\n') && f.styleSeed === 4 && blockLiteral(f.value)) {
      const [header, ...rest] = blockLiteral(f.value)!
      lines.push(`${f.key}: ${header}${note}`, ...rest.map((l) => (l === '' ? l : pad + l)))
    } else {
      const t = scalarText(f.value, f.styleSeed)
      lines.push(`${f.key}:${t === '' ? '' : ' ' + t}${note}`)
    }
    ranges.set(f.key, [start, lines.length - 1])
  }
  if (d.trailingComment) lines.push('', '# links:', '# - name: x')
  lines.push('---')
  const eol = d.crlf ? '\r\n' : '\n'
  const body = d.body.replace(/\n/g, eol)
  const text = (d.bom ? '\uFEFF' : '') + lines.join(eol) + eol + body
  const data = Object.fromEntries(d.fields.map((f) => [f.key, f.value]))
  return { text, ranges, data, body, eol }
}

const edit = fc.record({
  kind: fc.constantFrom('set', 'set', 'set-nested', 'add', 'add-nested', 'delete', 'delete-nested'),
  pick: fc.nat(100),
  value
})

function commonPrefix(a: string[], b: string[]): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

describe('front matter edits (property)', () => {
  it('change only the edited field\'s lines and keep the body, BOM and line endings', () => {
    fc.assert(
      fc.property(doc, edit, (d, e) => {
        const { text, ranges, data, body, eol } = render(d)
        expect(readFrontMatter(text).data).toEqual(data)
        const maps = d.fields.filter((f) => f.value !== null && typeof f.value === 'object' && !Array.isArray(f.value))
        const target = d.fields[e.pick % d.fields.length]
        let path: string[]
        let expected: Record<string, unknown> = structuredClone(data)
        let range: [number, number] | null
        let exactDelete = true
        if ((e.kind === 'set-nested' || e.kind === 'delete-nested' || e.kind === 'add-nested') && maps.length) {
          const parent = maps[e.pick % maps.length]
          const children = Object.keys(parent.value as object)
          const child = e.kind === 'add-nested' ? 'added' : children[e.pick % children.length]
          path = [parent.key, child]
          range = e.kind === 'add-nested' ? null : ranges.get(path.join('.'))!
          // Removing the only key of a map leaves `key: {}`: the parent's line changes too.
          if (e.kind === 'delete-nested' && children.length === 1) {
            range = ranges.get(parent.key)!
            exactDelete = false
          }
          const copy = { ...(expected[parent.key] as object) } as Record<string, unknown>
          if (e.kind === 'delete-nested') delete copy[child]
          else copy[child] = e.value
          expected[parent.key] = copy
        } else if (e.kind === 'add' || e.kind === 'add-nested') {
          path = e.kind === 'add' ? ['added'] : ['newparent', 'child']
          range = null
          expected = { ...expected, [path[0]]: path.length === 1 ? e.value : { child: e.value } }
        } else {
          path = [target.key]
          range = ranges.get(target.key)!
          if (e.kind.startsWith('delete')) delete expected[target.key]
          else expected[target.key] = e.value
        }
        const remove = e.kind.startsWith('delete')
        const result = remove ? deleteField(text, path) : setField(text, path, e.value)

        // The result reads back as exactly the intended data, with no new problem.
        const read = readFrontMatter(result)
        expect(read.diagnostics).toEqual([])
        expect(read.data).toEqual(expected)
        // Body, BOM and line endings are untouched.
        const split = splitDocument(result)
        expect(split.body).toBe(body)
        expect(result.startsWith('\uFEFF')).toBe(d.bom)
        if (eol === '\r\n') expect(/(^|[^\r])\n/.test(result)).toBe(false)
        // Every line outside the edited field is byte-identical.
        const before = text.split(eol)
        const after = result.split(eol)
        const prefix = commonPrefix(before, after)
        const suffix = Math.min(commonPrefix([...before].reverse(), [...after].reverse()), Math.min(before.length, after.length) - prefix)
        if (result === text) {
          expect(expected).toEqual(data)
        } else if (range === null) {
          expect(prefix + suffix).toBe(before.length)
        } else if (remove && exactDelete) {
          expect(after).toEqual([...before.slice(0, range[0]), ...before.slice(range[1] + 1)])
        } else {
          expect(prefix).toBeGreaterThanOrEqual(range[0])
          expect(suffix).toBeGreaterThanOrEqual(before.length - 1 - range[1])
        }
        // Setting the same value again changes nothing.
        if (!remove) expect(setField(result, path, e.value)).toBe(result)
      }),
      { numRuns: Number(process.env.FRONT_MATTER_RUNS ?? 400) }
    )
  })
})
