// Runs every benchmark in test/bench/*.bench.ts and writes their figures to bench-results.json.
// Each benchmark module exports `default async (): Promise<Record<string, unknown>>`.
import { readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = resolve('test/bench')
const only = process.argv.slice(2)
const results: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, at: new Date().toISOString() }
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const name = file.replace(/\.bench\.ts$/, '')
  if (only.length && !only.includes(name)) continue
  process.stdout.write(`bench ${name} …\n`)
  const mod = await import(pathToFileURL(join(dir, file)).href)
  results[name] = await mod.default()
  process.stdout.write(JSON.stringify(results[name], null, 2) + '\n')
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n')
process.stdout.write('wrote bench-results.json\n')
