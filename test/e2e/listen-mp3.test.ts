// An MP3 recording — the usual podcast file — gets its waveform in the window: decoded by Chromium segment by
// segment (about 1 MB each), the segments joined in time, so the loud parts of the recording show where they are.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodePeaks, type StoredPeaks } from '../../src/shared/listen/peaks-codec'
import { toneMp3 } from '../fixtures/mp3'
import { artifacts, openApp, openEpisode } from './helpers'

const episode = 'content/talk/0001-welcome/index.md'

describe('an MP3 in the bundle', () => {
  it('draws a waveform whose loud parts are at their times, across three decoded segments', async () => {
    // 150 s at 128 kbps is 2.4 MB: three segments. Loud 40–70 s (across the first cut, near 65 s) and 120–130 s.
    const mp3 = toneMp3(150, [[40, 70], [120, 130]])
    expect(mp3.length).toBeGreaterThan(2 * (1 << 20))
    const s = await openApp({ viewport: { width: 1280, height: 800 } })
    try {
      const root = s.web.core.info!.root
      writeFileSync(join(root, 'content/talk/0001-welcome/episode-1.mp3'), mp3)
      await openEpisode(s.page, episode)
      await s.page.getByTestId('listen-toggle').click()
      const source = s.page.getByRole('combobox', { name: 'Recording' })
      await expect.poll(() => source.locator('option').allTextContents()).toContain('In the bundle: episode-1.mp3')
      await source.selectOption({ label: 'In the bundle: episode-1.mp3' })
      await s.page.locator('[data-testid=waveform] canvas').waitFor()

      const file = { kind: 'bundle' as const, path: 'content/talk/0001-welcome/episode-1.mp3' }
      let stored: StoredPeaks | null = null
      await expect.poll(async () => (stored = await s.web.core.handlers['listen.peaks']({ file })) !== null, { timeout: 20_000 }).toBe(true)
      const peaks = decodePeaks(stored!)
      expect(peaks.duration).toBeGreaterThan(148)
      expect(peaks.duration).toBeLessThan(152)
      const level = (from: number, to: number) => {
        const bins = peaks.values.subarray(Math.floor(from * peaks.rate), Math.floor(to * peaks.rate))
        return { min: Math.min(...bins), max: Math.max(...bins) }
      }
      // Loud where the tone is (the first cut falls inside it), quiet in the silences, in every segment.
      expect(level(41, 69).min).toBeGreaterThan(0.5)
      expect(level(121, 129).min).toBeGreaterThan(0.5)
      for (const [from, to] of [[1, 39], [71, 119], [131, 149]]) expect(level(from, to).max).toBeLessThan(0.1)
      await s.page.getByTestId('listen-panel').screenshot({ path: join(artifacts, 'listen-mp3-light-en.png') })
    } finally {
      await s.close()
    }
  })
})
