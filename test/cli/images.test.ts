// `shownotes images` over a small site made here: which photos it processes, what it prints, --dry-run, bad input.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'
import { readExif } from '../../src/shared/exif'
import { phoneJpeg } from '../fixtures/images'

let site: string
let out: string[]
let err: string[]
const io = (): CliIo => ({ out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: site })
const images = (...args: string[]) => main(['images', ...args], io())
const write = (path: string, data: Uint8Array | string) => {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), data)
}
const facts = async (path: string) => {
  const m = await sharp(join(site, path)).metadata()
  return { width: m.width, height: m.height, location: readExif(m.exif).location }
}

beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-images-'))
  out = []
  err = []
  write('content/talk/0001/index.md', '---\ntitle: one\n---\n')
  write('content/talk/0001/gps.jpg', await phoneJpeg(800, 600)) // a place, small
  write('content/talk/0002/big.jpg', await phoneJpeg(3000, 1000, { gps: false })) // large, no place
  write('content/talk/0002/clean.jpg', await phoneJpeg(300, 200, { gps: false })) // nothing to do
  write('content/talk/0002/.hidden/gps.jpg', await phoneJpeg(80, 60))
  write('public/talk/gps.jpg', await phoneJpeg(80, 60)) // Hugo's output: left alone
})
afterEach(() => rmSync(site, { recursive: true, force: true }))

describe('shownotes images', () => {
  it('removes locations and shrinks large photos in place, and sums up the bytes saved', async () => {
    const clean = readFileSync(join(site, 'content/talk/0002/clean.jpg'))
    const sizes = ['content/talk/0001/gps.jpg', 'content/talk/0002/big.jpg'].map((p) => statSync(join(site, p)).size)
    expect(await images('.')).toBe(0)
    expect(await facts('content/talk/0001/gps.jpg')).toEqual({ width: 800, height: 600, location: false })
    expect(await facts('content/talk/0002/big.jpg')).toEqual({ width: 2560, height: 853, location: false })
    expect(readFileSync(join(site, 'content/talk/0002/clean.jpg'))).toEqual(clean)
    expect((await facts('content/talk/0002/.hidden/gps.jpg')).location).toBe(true)
    expect((await facts('public/talk/gps.jpg')).location).toBe(true)
    expect(out.sort()).toEqual([
      expect.stringMatching(/^\[\d\/3\] content\/talk\/0001\/gps\.jpg: location removed, \d+ KB → \d+ KB$/),
      expect.stringMatching(/^\[\d\/3\] content\/talk\/0002\/big\.jpg: 3000×1000 → 2560 px, [\d.]+ [KM]B → \d+ KB$/)
    ])
    const after = ['content/talk/0001/gps.jpg', 'content/talk/0002/big.jpg'].map((p) => statSync(join(site, p)).size)
    expect(err).toEqual([expect.stringMatching(/^3 photos looked at: 2 processed, [\d.]+ [KM]B saved \(.+ → .+\)\.$/)])
    expect(sizes[0] + sizes[1]).toBeGreaterThan(after[0] + after[1])
  })

  it('does only what it is asked: --strip-location keeps sizes, --max-edge leaves small photos with a place alone', async () => {
    expect(await images('content', '--strip-location')).toBe(0)
    expect(await facts('content/talk/0002/big.jpg')).toEqual({ width: 3000, height: 1000, location: false })
    expect(await facts('content/talk/0001/gps.jpg')).toEqual({ width: 800, height: 600, location: false })
    write('content/talk/0001/gps.jpg', await phoneJpeg(800, 600))
    expect(await images('content', '--max-edge', '700')).toBe(0)
    expect(await facts('content/talk/0001/gps.jpg')).toEqual({ width: 700, height: 525, location: false })
  })

  it('keeps one progress line up to date on a terminal, and clears it before the summary', async () => {
    const progress: string[] = []
    expect(await main(['images', '.'], { ...io(), progress: (t) => void progress.push(t) })).toBe(0)
    expect(progress.slice(0, -1).map((p) => p.replace(/ .*/, '')).sort()).toEqual(['[1/3]', '[2/3]', '[3/3]'])
    expect(progress.at(-1)).toBe('')
  })

  it('--dry-run says what would change and writes nothing', async () => {
    const before = readFileSync(join(site, 'content/talk/0001/gps.jpg'))
    expect(await images('.', '--dry-run')).toBe(0)
    expect(readFileSync(join(site, 'content/talk/0001/gps.jpg'))).toEqual(before)
    expect(out).toHaveLength(2)
    expect(err[0]).toMatch(/2 would be processed, .+ would be saved .+; nothing was written \(--dry-run\)\.$/)
  })

  it('reports a broken photo, goes on with the others and exits 1', async () => {
    // A photo cut short keeps its header (with the place), so it is tried and fails to decode.
    const cut = await phoneJpeg(400, 300)
    write('content/talk/0003/cut.jpg', cut.subarray(0, cut.length >> 1))
    expect(await images('.')).toBe(1)
    expect(err.some((e) => /^\[\d\/4\] "content\/talk\/0003\/cut\.jpg" could not be read as an image .*nothing was written\.$/.test(e))).toBe(true)
    expect((await facts('content/talk/0001/gps.jpg')).location).toBe(false)
    expect(err.at(-1)).toMatch(/2 processed, .*1 photo could not be processed\.$/)
  })

  it('refuses bad arguments', async () => {
    expect(await images('.', '--max-edge', 'big')).toBe(2)
    expect(await images()).toBe(2)
    expect(err).toEqual([expect.stringMatching(/--max-edge must be a whole number/), expect.stringMatching(/Give one folder/)])
  })
})
