// A unified diff of two texts, line by line, with a few lines of context: what `shownotes set --dry-run` prints, so a
// host sees only the lines the change touches. Edits are small and in one place, so after trimming the common start
// and end a plain longest-common-subsequence table is cheap; past a size bound the middle counts as one change.

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number }

const MAX_TABLE = 4_000_000

/** `--- a/NAME`, `+++ b/NAME` and `@@` hunks of the lines that differ; '' when the texts are the same. */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return ''
  const ops = lineOps(lines(before), lines(after))
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]))
  const out = [`--- a/${name}`, `+++ b/${name}`]
  for (let k = 0; k < changed.length; k++) {
    // A hunk runs from `context` lines before a change to `context` after the last change that joins it.
    const first = Math.max(0, changed[k] - context)
    while (k + 1 < changed.length && changed[k + 1] - changed[k] <= 2 * context + 1) k++
    const hunk = ops.slice(first, Math.min(ops.length, changed[k] + context + 1))
    const aCount = hunk.filter((o) => o.kind !== '+').length
    const bCount = hunk.filter((o) => o.kind !== '-').length
    out.push(`@@ -${start(hunk[0].a, aCount)} +${start(hunk[0].b, bCount)} @@`)
    for (const o of hunk) out.push(o.kind + o.line.replace(/\r$/, ''))
  }
  return out.join('\n')
}

// A final newline ends the last line; it does not start another.
function lines(text: string): string[] {
  if (text === '') return []
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')
}

// `-l,c` counts lines from 1 (`-l` alone for one line); an empty side is written at the line before it, as diff does.
function start(index: number, count: number): string {
  return count === 1 ? `${index + 1}` : `${count ? index + 1 : index},${count}`
}

/** The lines of `a` and `b` as kept, removed and added, in order; `a`/`b` are each op's line index on its side. */
function lineOps(a: string[], b: string[]): Op[] {
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  const A = a.slice(p, a.length - s)
  const B = b.slice(p, b.length - s)
  const ops: Op[] = []
  for (let i = 0; i < p; i++) ops.push({ kind: ' ', line: a[i], a: i, b: i })
  let i = 0
  let j = 0
  if ((A.length + 1) * (B.length + 1) <= MAX_TABLE) {
    // lcs[x][y]: the longest common subsequence of A[x..] and B[y..].
    const w = B.length + 1
    const lcs = new Uint32Array((A.length + 1) * w)
    for (let x = A.length - 1; x >= 0; x--) {
      for (let y = B.length - 1; y >= 0; y--) lcs[x * w + y] = A[x] === B[y] ? lcs[(x + 1) * w + y + 1] + 1 : Math.max(lcs[(x + 1) * w + y], lcs[x * w + y + 1])
    }
    while (i < A.length && j < B.length) {
      if (A[i] === B[j]) ops.push({ kind: ' ', line: A[i], a: p + i++, b: p + j++ })
      else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) ops.push({ kind: '-', line: A[i], a: p + i++, b: p + j })
      else ops.push({ kind: '+', line: B[j], a: p + i, b: p + j++ })
    }
  }
  for (; i < A.length; i++) ops.push({ kind: '-', line: A[i], a: p + i, b: p + j })
  for (; j < B.length; j++) ops.push({ kind: '+', line: B[j], a: p + A.length, b: p + j })
  for (let k = 0; k < s; k++) ops.push({ kind: ' ', line: a[a.length - s + k], a: a.length - s + k, b: b.length - s + k })
  return ops
}
