// Chapters and transcripts: a 3,000-cue WhisperX transcript (two hours) read, its speakers named, written as
// transcript.vtt and opened again, searched, and the rows the Transcript panel lays out — beside the anchor of
// JSON.parse of the same transcript as Whisper JSON; a 1 MB episode retimed (notes, chapters.json, transcript.vtt)
// beside the anchor of findChapters over it. Then, in web mode in Chromium, the Transcript tab opened on that
// transcript until its first rows show (after a reload: read, parsed, laid out; again: already read), beside the
// Outline tab opened (the anchor), timed in the page. Needs `npm run build` first.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { cueMetrics, estimateWidth, layoutRows, rowsAt, wordWidths } from '../../src/renderer/transcript/cue-rows'
import { findChapters } from '../../src/shared/chapters/find'
import { formatClock } from '../../src/shared/chapters/model'
import { retimeNotes } from '../../src/shared/chapters/retime'
import { retimeBesideFile } from '../../src/shared/chapters/retime-beside'
import { applyChanges } from '../../src/shared/chapters/stamp-lines'
import { nameSpeakers, searchCues } from '../../src/shared/transcript/model'
import { readTranscript } from '../../src/shared/transcript/read'
import { readVttCues } from '../../src/shared/transcript/vtt'
import { writeTranscriptVtt } from '../../src/shared/transcript/write-vtt'
import { builtRendererDir, startWebMode } from '../../src/main/web/start'
import { stats } from './typing.bench'

const CUES = 3000
// A spoken vocabulary of 2,500 made-up words (2–10 letters, a fixed sequence), and some Japanese, so word widths are
// measured about as often as in a real two-hour conversation.
const letters = 'etaoinshrdlucmfwypvbgk'
const vocabulary = Array.from({ length: 2500 }, (_, i) => Array.from({ length: 2 + ((i * 7) % 9) }, (_, k) => letters[(i * 13 + k * 5 + ((i >> 3) % 7)) % letters.length]).join(''))
const words = [...vocabulary, '今週は', '録音の', 'サイドプロジェクト', 'について話しました']

/** A WhisperX SRT of `n` cues, 2.4 s each, three speakers, sentences of 8–30 words. */
function whisperSrt(n: number): { srt: string; json: string } {
  const blocks: string[] = []
  const segments: unknown[] = []
  for (let i = 0; i < n; i++) {
    const start = i * 2.4
    const end = start + 2.2
    const text = Array.from({ length: 8 + ((i * 7) % 23) }, (_, k) => words[(i * 31 + k * 17 + k * k) % words.length]).join(' ') + '.'
    const speaker = `SPEAKER_0${i % 3}`
    blocks.push(`${i + 1}\n${formatClock(start, ',')} --> ${formatClock(end, ',')}\n[${speaker}]: ${text}`)
    segments.push({ start, end, text, speaker })
  }
  return { srt: blocks.join('\n\n') + '\n', json: JSON.stringify({ segments }) }
}

/** About 1 MB of notes: front matter, 1,500 chapter lines with nested notes and prose between them. */
function megabyteEpisode(): string {
  const lines = ['---', 'title: "#200 A long one"', 'date: 2026-01-01T10:00:00+09:00', '---', '', '## Chapters', '']
  for (let i = 0; lines.join('\n').length < 1_000_000; i++) {
    const s = i * 4
    const stamp = `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
    lines.push(`- ${stamp} Topic ${i}: [a link](https://example.com/${i}) about side projects`, `  - a note under it, ${'with words '.repeat(20)}`, '', `Prose paragraph ${i} ${'lorem ipsum dolor sit amet '.repeat(8)}`, '')
  }
  return lines.join('\n')
}

function median(run: () => unknown, times: number): number {
  const ms: number[] = []
  for (let i = 0; i < times; i++) {
    const t = performance.now()
    run()
    ms.push(performance.now() - t)
  }
  return stats(ms).median
}

export default async (): Promise<Record<string, unknown>> => {
  const { srt, json } = whisperSrt(CUES)
  const names = { SPEAKER_00: 'Mika', SPEAKER_01: 'Sam', SPEAKER_02: 'Kato' }
  let vtt = ''
  const importAndOpen = () => {
    const read = readTranscript(srt)
    if (!read.ok) throw new Error('the bench transcript did not read')
    vtt = writeTranscriptVtt(nameSpeakers(read.value.cues, names))
    const opened = readVttCues(vtt)
    if (!opened.ok) throw new Error('the written transcript did not read')
    const shown = searchCues(opened.value, '')
    // As the panel opens: laid out at the first guess of its width, then at the width it has.
    const words = wordWidths(estimateWidth(cueMetrics))
    layoutRows(opened.value, shown, cueMetrics, words)
    const tops = layoutRows(opened.value, shown, { ...cueMetrics, width: 253 }, words)
    return rowsAt(tops, 0, 700)
  }
  importAndOpen()
  const read = readVttCues(vtt)
  if (!read.ok) throw new Error('unreadable')
  const cues = read.value
  // The panel keeps its cues' word widths: a search lays out only what it found, from them.
  const known = wordWidths(estimateWidth(cueMetrics))
  layoutRows(cues, searchCues(cues, ''), cueMetrics, known)
  const search = () => {
    const hits = searchCues(cues, vocabulary[42])
    return rowsAt(layoutRows(cues, hits, cueMetrics, known), 0, 700)
  }

  const notes = megabyteEpisode()
  const chaptersJson = JSON.stringify({ version: '1.2.0', chapters: findChapters(notes).map((c) => ({ startTime: c.start, title: c.title })) })
  const retime = () => {
    const at = { at: 600, by: -12.5 }
    applyChanges(notes, retimeNotes(notes, at))
    retimeBesideFile('chapters.json', chaptersJson, at)
    retimeBesideFile('transcript.vtt', vtt, at)
  }

  const cpu = {
    transcript: { cues: CUES, srtBytes: srt.length, vttBytes: vtt.length },
    importAndOpenMs: median(importAndOpen, 15),
    searchMs: median(search, 30),
    anchorJsonParseMs: median(() => JSON.parse(json), 30),
    episode: { bytes: notes.length, chapters: findChapters(notes).length },
    retimeMs: median(retime, 15),
    retimeNotesOnlyMs: median(() => applyChanges(notes, retimeNotes(notes, { at: 600, by: -12.5 })), 15),
    anchorFindChaptersMs: median(() => findChapters(notes), 15)
  }
  return { ...cpu, panel: await panelInBrowser(vtt), target: { importAndOpenMs: 100, retimeMs: 100, panelFirstOpenMs: 100 } }
}

/** The Transcript tab opened on a bundle with the 3,000-cue transcript.vtt, until its first rows show (five times each). */
async function panelInBrowser(vtt: string): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-transcript-bench-'))
  const site = join(root, 'site')
  cpSync(resolve('resources/sample-site'), site, { recursive: true })
  const episode = 'content/talk/0001-welcome/index.md'
  writeFileSync(join(site, 'content/talk/0001-welcome/transcript.vtt'), vtt)
  const web = await startWebMode({ folder: site, dataDir: join(root, 'data'), rendererDir: process.env.SHOWNOTES_RENDERER_DIR ?? builtRendererDir() })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(web.server.url)
    await page.locator(`button[data-path="${episode}"]`).click()
    await page.locator('.cm-content').waitFor()
    // Timed in the page, from the tab's click to the first frame that has the rows (no round trips to the bench).
    const open = async (tab: string, ready: string): Promise<number> => {
      await page.locator('#tab-episodes').click()
      await page.waitForTimeout(200)
      return page.evaluate(`new Promise((done) => {
        const t = performance.now()
        document.querySelector('#tab-${tab}').click()
        const poll = () => (document.querySelector('${ready}') ? done(performance.now() - t) : requestAnimationFrame(poll))
        poll()
      })`)
    }
    // The first opening after a reload reads and parses transcript.vtt; later ones show the transcript already read.
    const first: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.reload()
      await page.locator('.cm-content').waitFor()
      await page.waitForTimeout(1500)
      first.push(await open('transcript', '.cue-row'))
    }
    const panel: number[] = []
    const outline: number[] = []
    for (let i = 0; i < 6; i++) {
      panel.push(await open('transcript', '.cue-row'))
      outline.push(await open('outline', '[data-testid=outline] button'))
    }
    await page.locator('#tab-transcript').click()
    await page.locator('.cue-row').first().waitFor()
    const rowsInPage = await page.locator('.cue-row').count()
    return { firstOpenMs: stats(first), againMs: stats(panel), anchorOutlineMs: stats(outline), rowsInPage }
  } finally {
    await browser.close()
    await web.close()
    rmSync(root, { recursive: true, force: true })
  }
}
