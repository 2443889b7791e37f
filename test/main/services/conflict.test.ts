// Two co-hosts editing the same episode: whatever the order of typing, outside writes, reloads and saves, a save
// that would overwrite a change made on disk since the buffer was based on it is always refused as a conflict,
// and the watcher reports each outside change with a hash that differs from the buffer's base.
import { describe, it, expect, afterEach } from 'vitest'
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Workspace } from '../../../src/main/services/workspace'
import { tempDir, writeTree } from '../../fixtures/site'

const EP = 'content/talk/0001/index.md'
const cleanups: (() => void | Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup() {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, { 'hugo.toml': '', [EP]: '---\ntitle: "#1 start"\n---\n' })
  const ws = await Workspace.open(site.dir, { dataDir: data.dir })
  cleanups.push(() => ws.close())
  return { ws, root: site.dir, disk: () => readFileSync(join(site.dir, EP), 'utf8') }
}

type Action = { kind: 'type'; text: string } | { kind: 'cohost'; text: string } | { kind: 'save' } | { kind: 'reload' } | { kind: 'force' }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('cohost' as const), text: fc.constantFrom('', 'a', 'co-host line', '#1 start', '日本語') }),
  fc.constant({ kind: 'save' as const }),
  fc.constant({ kind: 'reload' as const }),
  fc.constant({ kind: 'force' as const })
)

describe('co-hosts editing the same episode', () => {
  it('a save never overwrites an outside change it was not based on (any order of events)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const { ws, root, disk } = await setup()
        let base = await ws.readEpisode(EP)
        let buffer = base.text
        let baseText = base.text // what the disk held when the buffer was based on it
        for (const a of actions) {
          if (a.kind === 'type') buffer += a.text
          else if (a.kind === 'cohost') writeFileSync(join(root, EP), `---\ntitle: "${a.text}"\n---\n`)
          else if (a.kind === 'reload') {
            base = await ws.readEpisode(EP)
            buffer = baseText = base.text
          } else {
            const before = disk()
            const result = await ws.saveEpisode(EP, buffer, base.hash, a.kind === 'force')
            const changedOutside = before !== baseText
            if (a.kind === 'save' && changedOutside) {
              // The co-host's text is untouched and offered for comparison.
              expect(result).toMatchObject({ ok: false, conflict: true, diskText: before })
              expect(disk()).toBe(before)
            } else {
              expect(result.ok).toBe(true)
              expect(disk()).toBe(buffer)
              if (result.ok) base = { ...base, hash: result.hash }
              baseText = buffer
            }
          }
        }
        await ws.close()
      }),
      { numRuns: 60 }
    )
  }, 60_000)

  it('two app windows saving from the same base: the second gets a conflict, in either order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), async (aFirst, a, b) => {
        const { ws, disk } = await setup()
        const base = await ws.readEpisode(EP)
        const first = aFirst ? a : b
        const second = aFirst ? b : a
        expect((await ws.saveEpisode(EP, base.text + first, base.hash)).ok).toBe(true)
        const result = await ws.saveEpisode(EP, base.text + second, base.hash)
        expect(result).toMatchObject({ ok: false, conflict: true, diskText: base.text + first })
        expect(disk()).toBe(base.text + first)
        await ws.close()
      }),
      { numRuns: 30 }
    )
  }, 60_000)

  it('every outside write during editing surfaces: the watcher reports it, and saving the dirty buffer is a conflict', async () => {
    const { ws, root, disk } = await setup()
    const reported: [string, string | null][] = []
    cleanups.push(ws.watch({ episodes: () => {}, file: (p, h) => reported.push([p, h]) }))
    await ws.listEpisodes()
    await ws.whenWatching()
    for (let round = 0; round < 15; round++) {
      const mine = await ws.readEpisode(EP)
      const dirty = mine.text + `my edit ${round}\n`
      const theirs = `---\ntitle: "co-host round ${round}"\n---\n`
      writeFileSync(join(root, EP), theirs)
      const deadline = Date.now() + 5000
      while (!reported.some(([p, h]) => p === EP && h !== mine.hash)) {
        if (Date.now() > deadline) throw new Error(`round ${round}: the outside write was not reported`)
        await new Promise((r) => setTimeout(r, 10))
      }
      expect(await ws.saveEpisode(EP, dirty, mine.hash)).toMatchObject({ ok: false, conflict: true, diskText: theirs })
      expect(disk()).toBe(theirs)
      reported.length = 0
    }
  }, 60_000)
})
