// Typing in Chromium (web mode on a temp copy of the sample site plus a generated 1 MB episode): from the key
// event to the preview's DOM showing the typed text (and to the editor's DOM, to see typing itself stays fast),
// page load to an editable episode, and the JS heap with the 1 MB episode open. Needs `npm run build` first.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { builtRendererDir, startWebMode } from '../../src/main/web/start'

const sample = resolve('resources/sample-site')
const welcome = 'content/talk/0001-welcome/index.md'
const long = 'content/talk/0999-long-episode/index.md'

/** An invented episode of about `bytes` UTF-8 bytes: sections with lists, figures, links, Japanese and code. */
export function longEpisode(bytes: number): { text: string; middle: string } {
  const head = [
    '---',
    'title: "#999 The very long episode"',
    'date: 2025-03-01T20:00:00+09:00',
    'publishDate: 2025-03-01T21:00:00+09:00',
    'authors: [mika, sam]',
    'tags: [long, benchmark]',
    'summary: Everything we ever said about side projects, in one page.',
    'draft: false',
    '---',
    ''
  ]
  const lines = [...head]
  let size = Buffer.byteLength(lines.join('\n'))
  for (let i = 0; size < bytes; i++) {
    const section = [
      `## Part ${i}: finishing things`,
      '',
      `We talked about project ${i}, why it stalled, and what finally got it done. Mika kept a [log](https://example.org/log/${i}) and Sam kept *very* few notes.`,
      '',
      `- Week ${i}: sketches on paper`,
      `  - 夜の作業は短く、毎日少しずつ進める (${i})`,
      `  - A ~~perfect~~ good-enough plan`,
      `- Week ${i + 1}: the first working build`,
      `  {{< figure src="studio-desk.png" title="Desk, week ${i}" numbered="true" >}}`,
      '',
      `> Ship small, ship often. — note ${i}`,
      '',
      i % 10 === 0 ? '```sh\nhugo server --buildDrafts\n```\n' : `Listener question ${i}: how do you keep going? 続けるコツは何ですか?`,
      ''
    ]
    lines.push(...section)
    size += Buffer.byteLength(section.join('\n') + '\n')
  }
  const text = lines.join('\n') + '\n'
  const middleLine = lines.find((l, n) => n > lines.length / 2 && l.startsWith('We talked about project'))!
  return { text, middle: middleLine }
}

function stats(times: number[]): { median: number; p95: number; max: number; n: number } {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]
  const round = (ms: number) => Math.round(ms * 100) / 100
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]), n: sorted.length }
}

/**
 * Records, in the page, key event → editor DOM and key event → preview DOM for each awaited keystroke. Written as
 * plain script text: the page must not depend on helpers the TypeScript loader adds to functions.
 */
const probeScript = `(() => {
  const probe = { expect: null, start: null, editor: [], preview: [], wait: [], editorSeen: false }
  window.__probe = probe
  window.addEventListener('keydown', (e) => {
    if (probe.expect === null) return
    probe.start = e.timeStamp
    probe.wait.push(performance.now() - e.timeStamp)
  }, true)
  const seen = (records, text) => records.some((r) => {
    const node = r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : r.target
    return ((node && node.textContent) || '').includes(text)
  })
  new MutationObserver((records) => {
    const now = performance.now()
    if (probe.expect === null || probe.start === null || probe.editorSeen) return
    if (seen(records, probe.expect)) { probe.editor.push(now - probe.start); probe.editorSeen = true }
  }).observe(document.querySelector('.cm-content'), { childList: true, subtree: true, characterData: true })
  new MutationObserver((records) => {
    const now = performance.now()
    if (probe.expect === null || probe.start === null) return
    if (seen(records, probe.expect)) {
      probe.preview.push(now - probe.start)
      probe.expect = null
      probe.start = null
      probe.editorSeen = false
    }
  }).observe(document.querySelector('.preview-body'), { childList: true, subtree: true, characterData: true })
})()`

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(probeScript)
}

/**
 * Types `count` characters at the cursor, each awaited until the preview shows it. `context.text` is what
 * precedes the cursor on the line (it grows with every character typed).
 */
async function typeAndMeasure(page: Page, context: { text: string }, count: number): Promise<{ editor: number[]; preview: number[]; wait: number[] }> {
  const letters = 'benchmarkingtyping'
  for (let i = 0; i < count; i++) {
    const ch = letters[i % letters.length]
    context.text += ch
    await page.evaluate(`window.__probe.expect = ${JSON.stringify(context.text.slice(-16))}`)
    await page.keyboard.press(ch)
    await page.waitForFunction(() => (window as unknown as { __probe: { expect: string | null } }).__probe.expect === null, undefined, { polling: 'raf', timeout: 10_000 })
  }
  return (await page.evaluate(
    '(() => { const p = window.__probe; const out = { editor: [...p.editor], preview: [...p.preview], wait: [...p.wait] }; p.editor.length = 0; p.preview.length = 0; p.wait.length = 0; return out })()'
  )) as { editor: number[]; preview: number[]; wait: number[] }
}

async function openEpisodeTimed(page: Page, path: string, titleText: string): Promise<number> {
  await page.locator(`button[data-path="${path}"]`).waitFor()
  const start = (await page.evaluate('performance.now()')) as number
  await page.locator(`button[data-path="${path}"]`).click()
  const done = (title: string) => {
    const c = document.querySelector('.cm-content[contenteditable="true"]')
    return c?.textContent?.includes(title) ? performance.now() : false
  }
  const at = (await (await page.waitForFunction(done, titleText, { polling: 'raf', timeout: 30_000 })).jsonValue()) as number
  return at - start
}

/** Puts the cursor at the end of the line `text` (all of it), with the editor's own find panel. */
async function goToLineEnd(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').focus()
  await page.keyboard.press('Control+f')
  await page.locator('.cm-search input[name=search]').fill(text)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  // The match is the whole line: collapsing the selection to its end puts the cursor at the line's end.
  await page.keyboard.press('ArrowRight')
}

export default async (): Promise<Record<string, unknown>> => {
  // SHOWNOTES_RENDERER_DIR: a renderer built elsewhere (while others rebuild out/).
  const rendererDir = process.env.SHOWNOTES_RENDERER_DIR ?? builtRendererDir()
  const root = mkdtempSync(join(tmpdir(), 'shownotes-typing-'))
  const site = join(root, 'site')
  cpSync(sample, site, { recursive: true })
  const { text, middle } = longEpisode(1024 * 1024)
  mkdirSync(join(site, 'content/talk/0999-long-episode'), { recursive: true })
  writeFileSync(join(site, long), text)
  copyFileSync(join(sample, 'content/talk/0001-welcome/studio-desk.png'), join(site, 'content/talk/0999-long-episode/studio-desk.png'))
  const web = await startWebMode({ folder: site, dataDir: join(root, 'data'), rendererDir })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } })
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))

    // Page load → the episode list, then → an editable episode (the sample episode and the 1 MB one).
    await page.goto(web.server.url)
    const loadToList = (await (await page.waitForFunction(() => (document.querySelector('button.episode') ? performance.now() : false), undefined, { polling: 'raf' })).jsonValue()) as number
    const openSample = await openEpisodeTimed(page, welcome, '#1 Welcome to Side Project Radio')

    // The same again after a reload: the browser has the page's code compiled already (as a desktop app has on its
    // second start when its code cache is on).
    await page.reload()
    const warmLoadToList = (await (await page.waitForFunction(() => (document.querySelector('button.episode') ? performance.now() : false), undefined, { polling: 'raf' })).jsonValue()) as number
    const warmOpenSample = await openEpisodeTimed(page, welcome, '#1 Welcome to Side Project Radio')

    // Typing in the sample episode, at the end of its last paragraph.
    await page.locator('.cm-line', { hasText: 'Ship small, ship often.' }).click()
    await page.keyboard.press('End')
    await installProbe(page)
    await page.keyboard.type(' ')
    const sampleContext = { text: 'Ship small, ship often. ' }
    await typeAndMeasure(page, sampleContext, 5)
    const sampleRun = await typeAndMeasure(page, sampleContext, 60)

    // The 1 MB episode: open, wait for the whole preview, type in the middle of it.
    await page.keyboard.press('Control+s')
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
    const openLong = await openEpisodeTimed(page, long, '#999 The very long episode')
    const previewDone = () => {
      const last = document.querySelector('.preview-body > .chunk-section:last-child > .chunk:last-child')
      return last && last.childElementCount > 0 ? performance.now() : false
    }
    const fullPreview = (await (await page.waitForFunction(previewDone, undefined, { polling: 100, timeout: 120_000 })).jsonValue()) as number
    await goToLineEnd(page, middle)
    await installProbe(page)
    await page.keyboard.type(' ')
    const longContext = { text: 'few notes. ' }
    await typeAndMeasure(page, longContext, 5)
    const longRun = await typeAndMeasure(page, longContext, 60)

    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number }

    if (pageErrors.length) throw new Error('The page reported errors: ' + pageErrors.join('; '))
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
    return {
      unit: 'ms',
      note: 'key event → DOM; each keystroke awaited until the preview shows it; waitBeforeHandling: key event → its first handler (time the page was busy with something else)',
      sampleEpisode: { keyToPreview: stats(sampleRun.preview), keyToEditor: stats(sampleRun.editor), waitBeforeHandling: stats(sampleRun.wait) },
      longEpisode: { bytes: Buffer.byteLength(text), keyToPreview: stats(longRun.preview), keyToEditor: stats(longRun.editor), waitBeforeHandling: stats(longRun.wait) },
      target: { keyToPreviewP95: 16, loadToEditable: 500, heapMB: 150 },
      loadToEpisodeList: Math.round(loadToList),
      openSampleEpisode: Math.round(openSample),
      loadToEditableSample: Math.round(loadToList + openSample),
      warmLoadToEditableSample: Math.round(warmLoadToList + warmOpenSample),
      open1MBEpisode: Math.round(openLong),
      fullPreview1MBFromLoad: Math.round(fullPreview),
      heapWith1MBMB: mb(heap.usedSize)
    }
  } finally {
    await browser.close()
    await web.close()
    rmSync(root, { recursive: true, force: true })
  }
}
