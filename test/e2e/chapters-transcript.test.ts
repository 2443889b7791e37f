// Chapters and transcripts in the window: a chapter file imported through the Chapters panel lands in the notes as
// one undo step; a transcript is imported with its speaker named and written beside the notes; a retime moves the
// notes' stamps and the transcript's cues, and one undo puts both back; the transcript is searched, a cue clicked
// goes to its chapter, and selected words become a quote with their time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wavHeader } from '../fixtures/wav'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'

const episode = 'content/talk/0001-welcome/index.md'

function fixture(name: string, text: string): string {
  const file = join(tmpdir(), `shownotes-e2e-${process.pid}-${name}`)
  writeFileSync(file, text)
  return file
}

// Audacity's "Export Labels": start, end and label, tab-separated, in seconds.
const labels = fixture('labels.txt', '0.000000\t0.000000\tIntro\n65.500000\t65.500000\tOur recording setup\n150.250000\t150.250000\tListener questions\n')
// WhisperX's SRT, the speaker as a [SPEAKER_00]: prefix.
const srt = fixture(
  'episode.srt',
  [
    '1\n00:00:01,000 --> 00:00:04,200\n[SPEAKER_00]: Welcome to Side Project Radio.',
    '2\n00:01:10,000 --> 00:01:14,500\n[SPEAKER_01]: My kanban board lives on the fridge.',
    '3\n00:02:40,000 --> 00:02:44,000\n[SPEAKER_00]: Send us your questions.'
  ].join('\n\n') + '\n'
)

// 400 cues (16 minutes): more than the panel puts in the page at once.
const longSrt = fixture(
  'long.srt',
  Array.from({ length: 400 }, (_, i) => `${i + 1}\n00:${String(Math.floor((i * 2.4) / 60)).padStart(2, '0')}:${String(Math.floor((i * 2.4) % 60)).padStart(2, '0')},000 --> 00:${String(Math.floor((i * 2.4 + 2) / 60)).padStart(2, '0')}:${String(Math.floor((i * 2.4 + 2) % 60)).padStart(2, '0')},000\n[SPEAKER_0${i % 2}]: 話題その${i + 1}について。`).join('\n\n') + '\n'
)

describe('Chapters and Transcript panels', () => {
  let s: Session
  let bundle: string
  beforeAll(async () => {
    s = await openApp({ viewport: { width: 1280, height: 800 }, args: ['--autoplay-policy=no-user-gesture-required'] })
    bundle = join(s.dataDir, 'sample-site', 'content', 'talk', '0001-welcome')
    await openEpisode(s.page, episode)
  })
  afterAll(async () => s?.close())

  /** The notes as saved (Ctrl+S): the editor keeps only the lines in view in the page. */
  async function savedNotes(): Promise<string> {
    await s.page.keyboard.press('Control+s')
    await expect.poll(() => s.page.getByTestId('save-state').getAttribute('class')).toBe('save-state')
    return readFileSync(join(bundle, 'index.md'), 'utf8')
  }

  it('imports a chapter file into the notes and lists the chapters', async () => {
    await s.page.getByRole('tab', { name: 'Chapters' }).click()
    await expect.poll(() => s.page.getByTestId('chapters-panel').textContent()).toContain('No chapters yet')
    await s.page.getByTestId('chapters-file').setInputFiles(labels)
    const list = s.page.getByTestId('chapter-list')
    await expect.poll(() => list.locator('li').allTextContents()).toEqual(['00:00Intro', '01:05Our recording setup', '02:30Listener questions'])
    const text = await savedNotes()
    expect(text).toContain('\n> — a sticky note on Mika\'s monitor\n\n## Chapters\n\n- 00:00 Intro\n- 01:05 Our recording setup\n- 02:30 Listener questions\n')
    expect(text).toContain('- Why a podcast about side projects\n')

    // Downloaded as Podcasting 2.0 JSON: the episode's title and the chapters as the notes have them.
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('chapters-export').selectOption('json')])
    expect(download.suggestedFilename()).toBe('chapters.json')
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual({
      version: '1.2.0',
      title: '#1 Welcome to Side Project Radio',
      chapters: [{ startTime: 0, title: 'Intro' }, { startTime: 65, title: 'Our recording setup' }, { startTime: 150, title: 'Listener questions' }]
    })
    await s.page.screenshot({ path: join(artifacts, 'chapters-panel.png') })
  })

  it('imports a transcript, names its speakers and writes transcript.vtt beside the notes', async () => {
    await s.page.getByRole('tab', { name: 'Transcript' }).click()
    await s.page.getByTestId('transcript-file').setInputFiles(srt)
    const form = s.page.getByTestId('speaker-form')
    await form.getByLabel('Name for SPEAKER_00').fill('Mika')
    await form.getByLabel('Name for SPEAKER_01').fill('Sam')
    await s.page.screenshot({ path: join(artifacts, 'transcript-speakers.png') })
    await s.page.getByTestId('transcript-save').click()
    const rows = s.page.getByTestId('cue-list').locator('.cue-row')
    await expect.poll(() => rows.count()).toBe(3)
    expect(await rows.first().textContent()).toBe('Mika00:01Welcome to Side Project Radio.')
    const vtt = readFileSync(join(bundle, 'transcript.vtt'), 'utf8')
    expect(vtt).toContain('00:01:10.000 --> 00:01:14.500\n<v Sam>My kanban board lives on the fridge.')
  })

  it('retimes the notes and the transcript as one edit, and one undo puts both back', async () => {
    await s.page.getByRole('tab', { name: 'Chapters' }).click()
    await s.page.getByTestId('chapters-retime').click()
    await s.page.getByTestId('retime-seconds').fill('20')
    await s.page.getByTestId('retime-at').fill('0:30')
    await s.page.getByTestId('retime-apply').click()
    const list = s.page.getByTestId('chapter-list')
    await expect.poll(() => list.locator('.chapter-time').allTextContents()).toEqual(['00:00', '00:45', '02:10'])
    await expect.poll(() => readFileSync(join(bundle, 'transcript.vtt'), 'utf8')).toContain('00:00:50.000 --> 00:00:54.500\n<v Sam>')
    await s.page.screenshot({ path: join(artifacts, 'chapters-retimed.png') })

    await s.page.locator('.cm-content').click()
    await s.page.keyboard.press('Control+z')
    await expect.poll(() => list.locator('.chapter-time').allTextContents()).toEqual(['00:00', '01:05', '02:30'])
    await expect.poll(() => readFileSync(join(bundle, 'transcript.vtt'), 'utf8')).toContain('00:01:10.000 --> 00:01:14.500\n<v Sam>')
    expect(await savedNotes()).toContain('- 01:05 Our recording setup\n')
  })

  it('searches the transcript, goes to the chapter of a clicked cue, and quotes selected words at the cursor', async () => {
    await s.page.getByRole('tab', { name: 'Transcript' }).click()
    await s.page.getByTestId('transcript-search').fill('kanban')
    const rows = s.page.getByTestId('cue-list').locator('.cue-row')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().locator('mark').allTextContents()).toEqual(['kanban'])
    // No recording: the click goes to the notes' chapter of that moment (01:05 Our recording setup).
    await rows.first().locator('.cue-time').click()
    await expect.poll(() => s.page.locator('.cm-activeLine').textContent()).toBe('- 01:05 Our recording setup')

    // The cursor at the end of the notes, then words of the cue selected and the quote key pressed.
    await s.page.locator('.cm-content').click()
    await s.page.keyboard.press('Control+End')
    // As a drag over the words does (the search's marks split the text): the editor loses the focus, the words are selected.
    await rows.first().locator('.cue-text').evaluate((el) => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      const at = (offset: number): [Node, number] => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length
          if (offset <= length) return [node, offset]
          offset -= length
        }
        throw new Error('no such offset')
      }
      const range = document.createRange()
      range.setStart(...at(3))
      range.setEnd(...at('My kanban board'.length))
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    })
    await s.page.keyboard.press('Control+Shift+E')
    await expect.poll(async () => (await editorText(s.page)).split('\n').filter((l) => l.startsWith('> “'))).toEqual(['> “kanban board” — Sam (01:10)'])
    expect(await savedNotes()).toMatch(/- 02:30 Listener questions\n\n> “kanban board” — Sam \(01:10\)\n$/)
    await s.page.screenshot({ path: join(artifacts, 'transcript-panel.png') })
  })

  it('plays a clicked cue in the Listen panel and marks the cue and the chapter being heard', async () => {
    const wav = fixture('silence.wav', '')
    writeFileSync(wav, Buffer.concat([wavHeader(180 * 8000, 8000), Buffer.alloc(180 * 8000 * 2)]))
    await s.page.getByTestId('listen-toggle').click()
    await s.page.getByTestId('audio-file').setInputFiles(wav)
    await expect.poll(() => s.page.getByTestId('audio-time').textContent()).toContain('/ 03:00')
    await s.page.getByTestId('transcript-search').fill('')
    const row = s.page.getByTestId('cue-list').locator('.cue-row').nth(1)
    await row.locator('.cue-time').click()
    await expect.poll(() => s.page.locator('[data-testid=listen-panel] audio').evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(70)
    await expect.poll(() => row.getAttribute('class')).toBe('cue-row now')
    await s.page.screenshot({ path: join(artifacts, 'transcript-playing.png') })
    // The Chapters tab marks the chapter being heard.
    await s.page.getByRole('tab', { name: 'Chapters' }).click()
    await expect.poll(() => s.page.getByTestId('chapter-list').locator('li.now').textContent()).toBe('01:05Our recording setup')
    await s.page.getByTestId('audio-play').click()
  })

  it('looks right in the dark theme and in Japanese', async () => {
    const dark = await openApp({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark', locale: 'ja-JP' })
    try {
      await openEpisode(dark.page, episode)
      await dark.page.getByRole('tab', { name: 'チャプター' }).click()
      const drop = async (name: string, text: string) => {
        const transfer = await dark.page.evaluateHandle(({ name, text }) => {
          const dt = new DataTransfer()
          dt.items.add(new File([text], name, { type: 'text/plain' }))
          return dt
        }, { name, text })
        await dark.page.getByTestId('chapters-panel').dispatchEvent('dragover', { dataTransfer: transfer })
        await dark.page.getByTestId('chapters-panel').dispatchEvent('drop', { dataTransfer: transfer })
      }
      // A malformed file is refused with its line and why, in Japanese; nothing is written.
      await drop('bad.vtt', 'WEBVTT\n\n00:00:xx --> 00:00:02.000\nIntro\n')
      await expect.poll(() => dark.page.getByTestId('chapters-panel').getByRole('alert').textContent()).toBe('bad.vtt の 3 行目: この時刻を読めません。')
      // Podlove Simple Chapters dropped on the panel, recognised by its content.
      await drop('chapters.xml', '<?xml version="1.0"?>\n<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">\n<psc:chapter start="00:00:00.000" title="オープニング"/>\n<psc:chapter start="00:01:05.500" title="録音の機材"/>\n</psc:chapters>\n')
      await expect.poll(() => dark.page.getByTestId('chapter-list').locator('li').allTextContents()).toEqual(['00:00オープニング', '01:05録音の機材'])
      // What YouTube would ignore shows with the chapters, in the window's language.
      await expect.poll(() => dark.page.getByTestId('chapter-problems').textContent()).toBe('チャプターの行が 2 つしかありません。YouTube は 3 つ以上あるときだけチャプターを表示します。')
      await dark.page.getByTestId('chapters-retime').click()
      await dark.page.screenshot({ path: join(artifacts, 'chapters-panel-dark-ja.png') })
      await dark.page.getByRole('tab', { name: '文字起こし' }).click()
      await dark.page.getByTestId('transcript-file').setInputFiles(longSrt)
      await dark.page.getByTestId('speaker-form').getByLabel('SPEAKER_00 の名前').fill('ミカ')
      await dark.page.getByTestId('transcript-save').click()
      const list = dark.page.getByTestId('cue-list')
      await expect.poll(() => list.locator('.cue-row').first().textContent()).toBe('ミカ00:00話題その1について。')
      // Only the rows in view are in the page, and scrolling to the end brings the last cue.
      expect(await list.locator('.cue-row').count()).toBeLessThan(60)
      await list.evaluate((el) => (el.scrollTop = el.scrollHeight))
      await expect.poll(() => list.locator('.cue-row').last().textContent()).toBe('SPEAKER_0115:57話題その400について。')
      await list.evaluate((el) => (el.scrollTop = 0))
      await dark.page.screenshot({ path: join(artifacts, 'transcript-panel-dark-ja.png') })
      expect(existsSync(join(dark.dataDir, 'speaker-names.json'))).toBe(true)
    } finally {
      await dark.close()
    }
  })
})
