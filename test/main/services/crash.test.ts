// Fault injection: a child process journals and saves an episode in a loop and is killed with SIGKILL at random
// moments, hundreds of times. The file on disk must always be one complete version, and the journal must give
// back everything the child had journaled.
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { RecoveryJournal } from '../../../src/main/services/recovery'
import { removeStaleTemps } from '../../../src/main/services/atomic-write'
import { Workspace } from '../../../src/main/services/workspace'
import { tempDir, writeTree } from '../../fixtures/site'
import { versionOf, versionText } from '../../fixtures/versions'

const ROUNDS = 200
let bundle = ''
let buildError = ''
const dirs: (() => void)[] = []

beforeAll(async () => {
  const out = tempDir('shownotes-crash-build-')
  dirs.push(out.cleanup)
  try {
    const { build } = await import('esbuild')
    bundle = join(out.dir, 'child.mjs')
    await build({
      entryPoints: [resolve(__dirname, '../../fixtures/save-loop-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    })
  } catch (err) {
    buildError = String(err)
    console.warn(`esbuild is not available, skipping the crash test: ${buildError}`)
  }
})
afterAll(() => dirs.forEach((d) => d()))

/** Starts the child, kills it `delayMs` after it is ready, and returns the steps it reported. */
function killedRun(root: string, dataDir: string, path: string, first: number, onDisk: number, delayMs: number): Promise<{ journaled: number; saved: number; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, root, dataDir, path, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | null = null
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', fail)
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`child ended by itself (${code}): ${err}`))
      const last = (step: string, none: number) => Math.max(none, ...[...out.matchAll(new RegExp(`^${step} (\\d+)$`, 'gm'))].map((m) => Number(m[1])))
      done({ journaled: last('J', -1), saved: last('S', onDisk), out })
    })
  })
}

describe('a save killed at any moment', () => {
  it(`leaves the complete old or new file, and the journal has the rest (${ROUNDS} SIGKILLs)`, async (ctx) => {
    if (!bundle || buildError) ctx.skip()
    const site = tempDir()
    const data = tempDir('shownotes-data-')
    dirs.push(site.cleanup, data.cleanup)
    // Two episodes saved by two processes at once (two lanes halve the time; the journal is shared).
    const episodes = ['content/talk/0001/index.md', 'content/talk/0002/index.md']
    writeTree(site.dir, { 'hugo.toml': '', ...Object.fromEntries(episodes.map((p) => [p, versionText(0)])) })
    const journal = new RecoveryJournal(data.dir)
    const stats = { versions: 0, killedMidSave: 0, leftoverTemps: 0 }

    async function lane(path: string, rounds: number): Promise<void> {
      let next = 1
      let onDiskBefore = 0
      for (let round = 0; round < rounds; round++) {
        const run = await killedRun(site.dir, data.dir, path, next, onDiskBefore, Math.random() * 40)
        const onDisk = versionOf(readFileSync(join(site.dir, path), 'utf8'))
        // Never torn: exactly the last saved version, or the one whose save was under way.
        expect(onDisk, `${path} round ${round}: the file on disk is not one complete version`).not.toBeNull()
        expect([run.saved, run.saved + 1]).toContain(onDisk)
        if (onDisk !== run.saved) stats.killedMidSave++
        // The journal's files are always whole JSON, and what it offers back is at least what was journaled.
        const recovered = (await journal.list(site.dir)).filter((b) => b.path === path)
        expect(recovered.length).toBeLessThanOrEqual(1)
        const restored = recovered.length ? versionOf(recovered[0].text) : onDisk
        expect(restored, `${path} round ${round}: the journal holds a torn text`).not.toBeNull()
        expect(restored!).toBeGreaterThanOrEqual(run.journaled)
        expect(restored!).toBeGreaterThanOrEqual(onDisk!)
        stats.leftoverTemps += readdirSync(dirname(join(site.dir, path))).filter((n) => n.endsWith('.tmp')).length
        next = Math.max(restored!, onDisk!, run.journaled) + 1
        // Restart as the app would: the host restores the journaled text and saves it.
        if (recovered.length) {
          writeFileSync(join(site.dir, path), recovered[0].text)
          await journal.discard(site.dir, path)
        }
        onDiskBefore = restored!
      }
      stats.versions += next - 1
    }
    await Promise.all(episodes.map((p) => lane(p, ROUNDS / episodes.length)))

    // Temporary files a killed save left behind are hidden from the index and removed by the next save.
    const ws = await Workspace.open(site.dir, { dataDir: data.dir })
    expect((await ws.listEpisodes()).map((e) => [e.path, e.media]).sort()).toEqual(episodes.map((p) => [p, 0]))
    await ws.close()
    for (const p of episodes) {
      await removeStaleTemps(dirname(join(site.dir, p)), 0)
      expect(readdirSync(dirname(join(site.dir, p)))).toEqual(['index.md'])
    }
    console.log(
      `crash test: ${ROUNDS} kills, ${stats.versions} versions written; ${stats.leftoverTemps} kills landed while a save wrote its ` +
        `temporary file, ${stats.killedMidSave} after its rename but before it reported; never a torn file`
    )
  }, 120_000)
})
