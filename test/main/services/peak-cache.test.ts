// Waveform peaks kept in the data folder: found again for the same file, not for one written again since, and
// reached through the API for a bundle's recording by its place on disk.
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PeakCache } from '../../../src/main/services/peak-cache'

const peaks = { rate: 20, duration: 1.5, data: 'AAEC' }

describe('peak cache', () => {
  it('gives back what was kept for the same file, nothing for a changed one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-peaks-'))
    const cache = new PeakCache(dataDir)
    const file = { name: 'ep.wav', size: 100, mtime: 1_700_000_000_000 }
    expect(await cache.get(file)).toBeNull()
    await cache.put(file, peaks)
    expect(await cache.get(file)).toEqual(peaks)
    expect(await cache.get({ ...file, mtime: file.mtime + 5000 })).toBeNull()
    expect(readdirSync(join(dataDir, 'peaks'))).toHaveLength(1)
  })

  it('a bundle recording is known by its size and time on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shownotes-peaks-site-'))
    mkdirSync(join(dir, 'ep'))
    const abs = join(dir, 'ep', 'rec.wav')
    writeFileSync(abs, 'RIFF....')
    const cache = new PeakCache(mkdtempSync(join(tmpdir(), 'shownotes-peaks-data-')))
    await cache.put(await PeakCache.factsOf(abs, 'ep/rec.wav'), peaks)
    expect(await cache.get(await PeakCache.factsOf(abs, 'ep/rec.wav'))).toEqual(peaks)
    utimesSync(abs, new Date(), new Date(Date.now() + 60_000))
    expect(await cache.get(await PeakCache.factsOf(abs, 'ep/rec.wav'))).toBeNull()
  })
})
