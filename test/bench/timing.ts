// Timing helpers shared by the benches: runs of a function with their median and p95, and the CPU time of finished
// child processes (hugo, the CLI) so a busy machine does not skew a ratio.
import { readFileSync } from 'node:fs'

/** Milliseconds to three decimals. */
export const round = (ms: number) => Math.round(ms * 1000) / 1000

export function stats(times: number[]): { median: number; p95: number; runs: number } {
  const sorted = [...times].sort((a, b) => a - b)
  return { median: round(sorted[Math.floor(sorted.length / 2)]), p95: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]), runs: sorted.length }
}

/** `f` run `warmup` times untimed, then `runs` times timed. */
export function timeRuns(runs: number, warmup: number, f: () => unknown): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) f()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    f()
    times.push(performance.now() - t)
  }
  return stats(times)
}

/** CPU time (ms) used so far by this process's finished child processes (Linux; null elsewhere). */
export function childCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100
  } catch {
    return null
  }
}
