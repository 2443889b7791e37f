// Reads `git status --porcelain=v2 --branch -z`: the branch, its upstream and ahead/behind counts, and each changed
// path with what happened to it. Paths stay as git prints them (relative to the repository's top folder).

export type ChangeKind = 'changed' | 'new' | 'deleted' | 'conflicted'

export interface PorcelainStatus {
  branch: string | null
  upstream: string | null
  ahead: number
  behind: number
  changes: { path: string; kind: ChangeKind; staged: boolean }[]
}

export function parsePorcelainV2(out: string): PorcelainStatus {
  const status: PorcelainStatus = { branch: null, upstream: null, ahead: 0, behind: 0, changes: [] }
  const fields = out.split('\0')
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i]
    if (!entry) continue
    if (entry.startsWith('# branch.head ')) {
      const head = entry.slice(14)
      status.branch = head === '(detached)' ? null : head
    } else if (entry.startsWith('# branch.upstream ')) status.upstream = entry.slice(18)
    else if (entry.startsWith('# branch.ab ')) {
      const m = /^\+(\d+) -(\d+)$/.exec(entry.slice(12))
      if (m) [status.ahead, status.behind] = [Number(m[1]), Number(m[2])]
    } else if (entry.startsWith('1 ') || entry.startsWith('2 ')) {
      // "1 XY sub mH mI mW hH hI path"; "2 …" has a score before the path and the original path in the next field.
      const parts = entry.split(' ')
      const xy = parts[1]
      const path = parts.slice(entry.startsWith('1 ') ? 8 : 9).join(' ')
      if (entry.startsWith('2 ')) i++
      status.changes.push({ path, kind: xy.includes('D') ? 'deleted' : xy[0] === 'A' ? 'new' : 'changed', staged: xy[0] !== '.' })
    } else if (entry.startsWith('u ')) {
      status.changes.push({ path: entry.split(' ').slice(10).join(' '), kind: 'conflicted', staged: true })
    } else if (entry.startsWith('? ')) status.changes.push({ path: entry.slice(2), kind: 'new', staged: false })
  }
  return status
}
