// Listening back (web mode in Chromium): the waveform of a generated two-hour WAV (44.1 kHz mono 16-bit, 635 MB,
// chosen with the file button as a host would) — time to peaks, the window's JS heap over idle while computing,
// the same file again from the data folder's cache, beside the anchor of merely reading its bytes in the window — and keystroke → preview with the recording playing, beside
// the same typing with it paused (the anchor). Needs `npm run build` first.
import { closeSync, cpSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { builtRendererDir, startWebMode } from '../../src/main/web/start'
import { goToLineEnd, installProbe, stats, typeAndMeasure } from './typing.bench'
import { wavHeader } from '../fixtures/wav'

const sample = resolve('resources/sample-site')
const welcome = 'content/talk/0001-welcome/index.md'

/** Writes a WAV of `seconds` of a tone whose loudness changes every few seconds, one second at a time. */
function writeLongWav(file: string, seconds: number, rate = 44100): number {
  const frames = seconds * rate
  const header = wavHeader(frames, rate)
  const fd = openSync(file, 'w')
  writeSync(fd, header)
  const tone = new Int16Array(rate)
  for (let i = 0; i < rate; i++) tone[i] = Math.round(Math.sin((2 * Math.PI * 220 * i) / rate) * 32767)
  const second = Buffer.alloc(rate * 2)
  for (let s = 0; s < seconds; s++) {
    const loud = 0.1 + 0.8 * Math.abs(Math.sin(s / 37))
    for (let i = 0; i < rate; i++) second.writeInt16LE(Math.round(tone[i] * loud), i * 2)
    writeSync(fd, second)
  }
  closeSync(fd)
  return 44 + frames * 2
}

export default async (): Promise<Record<string, unknown>> => {
  const rendererDir = process.env.SHOWNOTES_RENDERER_DIR ?? builtRendererDir()
  const root = mkdtempSync(join(tmpdir(), 'shownotes-listen-bench-'))
  const site = join(root, 'site')
  cpSync(sample, site, { recursive: true })
  const wav = join(root, 'two-hours.wav')
  const bytes = writeLongWav(wav, 2 * 3600)
  const web = await startWebMode({ folder: site, dataDir: join(root, 'data'), rendererDir })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--autoplay-policy=no-user-gesture-required']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.goto(web.server.url)
    await page.locator(`button[data-path="${welcome}"]`).click()
    await page.locator('.cm-content').waitFor()
    await page.getByTestId('listen-toggle').click()
    await page.getByTestId('listen-panel').waitFor()
    const cdp = await page.context().newCDPSession(page)
    const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
    await page.waitForTimeout(1000)
    await cdp.send('HeapProfiler.collectGarbage')
    const idle = await heap()

    // Peaks computed: from choosing the file to the waveform drawn, the window's heap sampled meanwhile.
    let peak = idle
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heap())
        await new Promise((r) => setTimeout(r, 50))
      }
    })()
    const canvas = page.locator('[data-testid=waveform] canvas')
    const started = Date.now()
    await page.getByTestId('audio-file').setInputFiles(wav)
    await canvas.waitFor({ timeout: 120_000 })
    const computed = Date.now() - started
    sampling = false
    await sampler

    // The anchor, side by side: the same file's bytes merely read, in the window, in the same slices.
    await page.evaluate(() => {
      const input = document.createElement('input')
      input.type = 'file'
      input.id = 'bench-anchor'
      document.body.append(input)
    })
    await page.locator('#bench-anchor').setInputFiles(wav)
    const readOnly = await page.evaluate(async () => {
      const file = (document.getElementById('bench-anchor') as HTMLInputElement).files![0]
      const t = performance.now()
      let sum = 0
      for (let at = 0; at < file.size; at += 4 << 20) sum += new Uint8Array(await file.slice(at, at + (4 << 20)).arrayBuffer())[0]
      return sum >= 0 ? Math.round(performance.now() - t) : 0
    })

    // The same file again: the peaks come from the data folder's cache.
    await page.getByTestId('audio-file').setInputFiles([])
    const again = Date.now()
    await page.getByTestId('audio-file').setInputFiles(wav)
    await page.locator('[data-testid=waveform] .listen-wave-message').waitFor({ timeout: 10_000 }).catch(() => undefined)
    await canvas.waitFor({ timeout: 60_000 })
    const cached = Date.now() - again

    // Typing at the end of the sample's last paragraph: paused (anchor), then playing.
    await goToLineEnd(page, '> Ship small, ship often.')
    await installProbe(page)
    await page.keyboard.type(' ')
    const context = { text: 'Ship small, ship often. ' }
    await typeAndMeasure(page, context, 5)
    const paused = await typeAndMeasure(page, context, 150)
    await page.getByTestId('audio-play').click()
    await page.waitForFunction(() => !(document.querySelector('[data-testid=listen-panel] audio') as HTMLAudioElement).paused)
    await typeAndMeasure(page, context, 5)
    const playing = await typeAndMeasure(page, context, 150)
    const stillPlaying = await page.evaluate(() => !(document.querySelector('[data-testid=listen-panel] audio') as HTMLAudioElement).paused)

    if (pageErrors.length) throw new Error('The page reported errors: ' + pageErrors.join('; '))
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
    return {
      recording: { seconds: 7200, bytes, format: 'WAV 44.1 kHz mono 16-bit' },
      peaks: { computeMs: computed, anchorReadBytesOnlyMs: readOnly, ratioToAnchor: Math.round((computed / readOnly) * 100) / 100, fromCacheMs: cached, windowHeapIdleMB: mb(idle), windowHeapOverIdleMB: mb(peak - idle) },
      keyToPreview: { paused: stats(paused.preview), playing: stats(playing.preview), stillPlayingAtEnd: stillPlaying },
      target: { computeMs: 5000, windowHeapOverIdleMB: 100, keyToPreviewP95: 16 }
    }
  } finally {
    await browser.close()
    await web.close()
    rmSync(root, { recursive: true, force: true })
  }
}
