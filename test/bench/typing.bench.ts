// Typing in Chromium (web mode on a temp copy of the sample site plus a generated 1 MB episode): from the key
// event to the preview's DOM showing the typed text (and to the editor's DOM, to see typing itself stays fast),
// page load to an editable episode, and the JS heap with the 1 MB episode open. Needs `npm run build` first.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
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

function median(values: number[]): number {
  return Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)])
}

export function stats(times: number[]): { median: number; p95: number; max: number; n: number } {
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

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(probeScript)
}

/**
 * Types `count` characters at the cursor, each awaited until the preview shows it. `context.text` is what
 * precedes the cursor on the line (it grows with every character typed).
 */
export async function typeAndMeasure(page: Page, context: { text: string }, count: number): Promise<{ editor: number[]; preview: number[]; wait: number[] }> {
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

/**
 * Marks, in the page, when the episode list and an expected editable episode are on screen: a DOM observer sees the
 * element, then the time is taken after the frame that shows it was painted (rAF, then a message). Installed before
 * the page's own scripts, so no test-driver code runs in the page while it starts.
 */
const shownScript = `(() => {
  const seen = { list: null, pressed: null, editable: null }
  window.__shown = seen
  // Until a press names the episode expected, any editable episode counts (the one reopened at start).
  window.__expectTitle = ''
  const afterPaint = (key) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      if (seen[key] !== null) return
      seen[key] = performance.now()
      if (window.__report) window.__report(key, JSON.stringify(seen))
    }
    channel.port2.postMessage(null)
  })
  let pendingList = false, pendingEditable = false
  new MutationObserver(() => {
    if (seen.list === null && !pendingList && document.querySelector('button.episode')) { pendingList = true; afterPaint('list') }
    const title = window.__expectTitle
    if (title !== null && seen.editable === null && !pendingEditable) {
      const c = document.querySelector('.cm-content[contenteditable="true"]')
      if (c && c.querySelector('.cm-line') && c.textContent.includes(title)) { pendingEditable = true; afterPaint('editable') }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true })
  window.__expectEpisode = (title) => {
    seen.pressed = null; seen.editable = null; pendingEditable = false; window.__expectTitle = title
    window.addEventListener('pointerdown', (e) => { seen.pressed = e.timeStamp }, { capture: true, once: true })
  }
})()`

type Shown = { list: number | null; pressed: number | null; editable: number | null }

// The page reports each mark through a binding, so nothing of the test driver is evaluated in the page meanwhile.
const waiting = new WeakMap<Page, Map<string, (s: Shown) => void>>()

async function watchShown(page: Page): Promise<void> {
  waiting.set(page, new Map())
  await page.exposeBinding('__report', (_source, key: string, json: string) => {
    waiting.get(page)?.get(key)?.(JSON.parse(json) as Shown)
    waiting.get(page)?.delete(key)
  })
  await page.addInitScript(shownScript)
}

function shown(page: Page, key: keyof Shown): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The page did not show "${key}" within 30 s.`)), 30_000)
    waiting.get(page)?.set(key, (s) => (clearTimeout(timer), resolve(s)))
  })
}

/** From pressing the episode's button in the list (the pointer event's time) to its text painted in an editable editor. */
async function openEpisodeTimed(page: Page, path: string, titleText: string): Promise<number> {
  await page.locator(`button[data-path="${path}"]`).waitFor()
  await page.evaluate((title) => (window as unknown as { __expectEpisode(t: string): void }).__expectEpisode(title), titleText)
  const editable = shown(page, 'editable')
  await page.locator(`button[data-path="${path}"]`).click()
  const at = await editable
  return (at.editable as number) - (at.pressed as number)
}

/** Page load → the episode list painted, then a press on the sample episode (at once, or `pause` ms later, as a
 * host reading the list would) → editable. */
async function loadAndOpen(page: Page, load: () => Promise<unknown>, pause = 0): Promise<{ list: number; open: number }> {
  const listed = shown(page, 'list')
  await load()
  const list = (await listed).list as number
  if (pause) await page.waitForTimeout(pause)
  const open = await openEpisodeTimed(page, welcome, '#1 Welcome to Side Project Radio')
  return { list, open }
}

/** Page load → the episode reopened from the last session painted in an editable editor. */
async function loadToEditable(page: Page, load: () => Promise<unknown>): Promise<number> {
  const editable = shown(page, 'editable')
  await load()
  return (await editable).editable as number
}

/** Resolves once the page has had an idle moment after a quiet half second (its background work done). */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(500)
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })))
}

/** The JavaScript the page runs before its first render (the entry script and what it imports), and the editor's
 * own chunks, which index.html has the browser fetch and compile meanwhile (`data-part="editor"`), in KB. */
function startupScriptKB(rendererDir: string): { window: number; editor: number } {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const tags = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="\.\/(assets\/[^"]+\.js)"[^>]*>/g)]
  const kb = (editor: boolean) =>
    Math.round(tags.filter((m) => m[0].includes('data-part') === editor).reduce((n, m) => n + statSync(join(rendererDir, m[1] as string)).size, 0) / 1024)
  return { window: kb(false), editor: kb(true) }
}

/** Keystrokes measured per document: a p95 of 150 rests on its 8 slowest, not on 3 as it did with 60. */
const keystrokes = 150

/** Puts the cursor at the end of the line `text` (all of it), with the editor's own find panel. */
export async function goToLineEnd(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').focus()
  await page.keyboard.press('Control+f')
  await page.locator('.cm-search input[name=search]').fill(text)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  // The match is the whole line: collapsing the selection to its end puts the cursor at the line's end.
  await page.keyboard.press('ArrowRight')
}

async function saveEpisode(page: Page): Promise<void> {
  await page.keyboard.press('Control+s')
  await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
}

/**
 * When the preview's pane is filled: rendered chunks reach its bottom (or the episode's end) and no chunk in view is
 * still pending (an unrendered chunk is `data-pending`). No named inner functions: tsx would add a helper the page lacks.
 */
function visibleRendered(): number | false {
  const pane = document.querySelector('.preview-scroll')!.getBoundingClientRect()
  // Sections first (their own boxes are cheap), then the chunks of those in view only.
  const inView = [...document.querySelectorAll('.preview-body > .chunk-section')]
    .filter((s) => s.getBoundingClientRect().bottom >= pane.top && s.getBoundingClientRect().top <= pane.bottom)
    .flatMap((s) => [...s.children])
    .filter((c) => c.getBoundingClientRect().bottom >= pane.top && c.getBoundingClientRect().top <= pane.bottom)
  if (inView.some((c) => c.hasAttribute('data-pending'))) return false
  const filled = inView.some((c) => c.childElementCount > 0 && (c.getBoundingClientRect().bottom >= pane.bottom || (!c.nextElementSibling && !c.parentElement!.nextElementSibling)))
  return filled ? performance.now() : false
}

/** After a press on an episode: ms from the press to the preview's visible part rendered, and to all of it rendered. */
async function previewShown(page: Page): Promise<{ visible: number; whole: number }> {
  const pressed = (await page.evaluate('window.__shown.pressed')) as number
  const visible = (await (await page.waitForFunction(visibleRendered, undefined, { polling: 'raf', timeout: 120_000 })).jsonValue()) as number
  const whole = (await (
    await page.waitForFunction(
      () => {
        const body = document.querySelector('.preview-body')
        return body && body.querySelector('.chunk') && !body.querySelector('.chunk[data-pending]') && body.querySelector('.chunk-section:last-child > .chunk:last-child')!.childElementCount > 0 ? performance.now() : false
      },
      undefined,
      { polling: 'raf', timeout: 120_000 }
    )
  ).jsonValue()) as number
  return { visible: visible - pressed, whole: whole - pressed }
}

/**
 * Opens the 1 MB episode from the sample one, waits `settle` ms, jumps to the end, starts a new paragraph and types
 * there, each key awaited until the preview shows it.
 */
async function appendAtEnd(page: Page, settle: number): Promise<{ editor: number[]; preview: number[]; wait: number[] }> {
  await saveEpisode(page)
  await openEpisodeTimed(page, welcome, '#1 Welcome to Side Project Radio')
  await openEpisodeTimed(page, long, '#999 The very long episode')
  if (settle) await page.waitForTimeout(settle)
  await page.locator('.cm-content').focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await installProbe(page)
  // A word found nowhere else in the episode first, so the probe never mistakes another block for the typed one.
  await page.keyboard.type('Zqxj ')
  const context = { text: 'Zqxj ' }
  await typeAndMeasure(page, context, 5)
  return typeAndMeasure(page, context, keystrokes)
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
    const pageErrors: string[] = []
    const viewport = { width: 1400, height: 860 }

    // First start (nothing to reopen): page load → the episode list → a press on the sample episode → editable.
    // Later starts reopen the episode open at the last close: page load → that episode editable. Cold: a fresh
    // browser profile each time (no HTTP or code cache, as at the app's first start); warm: reloads, the page's
    // code compiled already (as a desktop app has on its later starts, its code cache on). Medians of 5.
    const remembered = join(root, 'data', 'last-episodes.json')
    const forget = () => rmSync(remembered, { force: true })
    // The window remembers the opened episode with a call of its own, just after it shows.
    const untilRemembered = async () => {
      for (let i = 0; i < 200 && !existsSync(remembered); i++) await new Promise((r) => setTimeout(r, 25))
    }
    const coldPage = async () => {
      const context = await browser.newContext({ viewport })
      const fresh = await context.newPage()
      fresh.on('pageerror', (e) => pageErrors.push(e.message))
      await watchShown(fresh)
      return { page: fresh, close: () => context.close() }
    }
    const firstCold: { list: number; open: number }[] = []
    const reopenCold: number[] = []
    // SHOWNOTES_BENCH_STARTS: how many of each start to time (5; 1 while working on typing alone).
    const starts = Number(process.env.SHOWNOTES_BENCH_STARTS ?? 5)
    for (let i = 0; i < starts; i++) {
      forget()
      const first = await coldPage()
      firstCold.push(await loadAndOpen(first.page, () => first.page.goto(web.server.url, { waitUntil: 'commit' })))
      await untilRemembered()
      await first.close()
      const again = await coldPage()
      reopenCold.push(await loadToEditable(again.page, () => again.page.goto(web.server.url, { waitUntil: 'commit' })))
      await again.close()
    }
    const page = await browser.newPage({ viewport })
    await watchShown(page)
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.goto(web.server.url)
    await page.locator('.cm-content').first().waitFor()
    const firstWarm: { list: number; open: number }[] = []
    const afterSecond: number[] = []
    const reopenWarm: number[] = []
    // A reload runs in the old page's process: each waits until the previous page has finished its background
    // work (preview, panels, warm-up), as an app start has no page before it.
    const reload = async () => (await settled(page), page.reload({ waitUntil: 'commit' }))
    for (let i = 0; i < starts; i++) {
      forget()
      firstWarm.push(await loadAndOpen(page, reload))
      await untilRemembered()
      forget()
      afterSecond.push((await loadAndOpen(page, reload, 1000)).open)
      await untilRemembered()
      reopenWarm.push(await loadToEditable(page, reload))
    }
    await page.locator('.cm-content').getByText('#1 Welcome to Side Project Radio').waitFor()

    // Typing in the sample episode, at the end of its last paragraph.
    await page.locator('.cm-line', { hasText: 'Ship small, ship often.' }).click()
    await page.keyboard.press('End')
    await installProbe(page)
    await page.keyboard.type(' ')
    const sampleContext = { text: 'Ship small, ship often. ' }
    await typeAndMeasure(page, sampleContext, 5)
    const sampleRun = await typeAndMeasure(page, sampleContext, keystrokes)

    // The 1 MB episode: open, wait for the whole preview, type in the middle of it.
    await saveEpisode(page)
    const openLong = await openEpisodeTimed(page, long, '#999 The very long episode')
    const longPreview = await previewShown(page)
    await goToLineEnd(page, middle)
    await installProbe(page)
    await page.keyboard.type(' ')
    const longContext = { text: 'few notes. ' }
    await typeAndMeasure(page, longContext, 5)
    const longRun = await typeAndMeasure(page, longContext, keystrokes)

    // Appending at the end of the 1 MB episode, as a host adds a paragraph: open it (from another episode), jump to
    // the end, start a new paragraph and type; at once (the preview still filling in) and after 15 s of settling.
    const appendOpened = await appendAtEnd(page, 0)
    const appendSettled = await appendAtEnd(page, Number(process.env.SHOWNOTES_BENCH_SETTLE_MS ?? 15_000))

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
      appendAtEnd1MBOpened: { keyToPreview: stats(appendOpened.preview), keyToEditor: stats(appendOpened.editor), waitBeforeHandling: stats(appendOpened.wait) },
      appendAtEnd1MBSettled: { keyToPreview: stats(appendSettled.preview), keyToEditor: stats(appendSettled.editor), waitBeforeHandling: stats(appendSettled.wait) },
      target: { keyToPreviewP95: 16, loadToEditable: 500, heapMB: 150 },
      // Medians of 5. firstStart: load → list, press → editable, and their sum (the host opening an episode as soon
      // as the list shows). reopen: load → the episode open at the last close editable.
      cold: {
        firstStart: { loadToEpisodeList: median(firstCold.map((r) => r.list)), openSampleEpisode: median(firstCold.map((r) => r.open)), loadToEditableSample: median(firstCold.map((r) => r.list + r.open)) },
        reopenLoadToEditable: median(reopenCold)
      },
      warm: {
        firstStart: { loadToEpisodeList: median(firstWarm.map((r) => r.list)), openSampleEpisode: median(firstWarm.map((r) => r.open)), loadToEditableSample: median(firstWarm.map((r) => r.list + r.open)) },
        reopenLoadToEditable: median(reopenWarm),
        // A press a second after the list showed: the editor's code loaded and warmed up meanwhile.
        openSampleEpisodeAfterASecond: median(afterSecond)
      },
      startupScriptKB: startupScriptKB(rendererDir),
      open1MBEpisode: Math.round(openLong),
      // From the press on the 1 MB episode: the preview's visible part rendered, and every block of it rendered.
      preview1MB: { visibleShown: Math.round(longPreview.visible), wholeDone: Math.round(longPreview.whole) },
      heapWith1MBMB: mb(heap.usedSize)
    }
  } finally {
    await browser.close()
    await web.close()
    rmSync(root, { recursive: true, force: true })
  }
}
