// Suggests what a host probably meant: the one candidate within a small edit distance (a typo in a name).

/** The single candidate closest to `word` within `max` edits (case-insensitive), or undefined when none or a tie. */
export function closestName(word: string, candidates: Iterable<string>, max = 2): string | undefined {
  let best: string | undefined
  let bestDistance = max + 1
  let tie = false
  const w = word.toLowerCase()
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase(), bestDistance + 1)
    if (d < bestDistance) {
      best = c
      bestDistance = d
      tie = false
    } else if (d === bestDistance && c !== best) tie = true
  }
  return best !== undefined && !tie && bestDistance <= max ? best : undefined
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit` (so ties are exact). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      rowMin = Math.min(rowMin, row[j])
    }
    if (rowMin >= limit) return limit
    prev = row
  }
  return prev[b.length]
}
