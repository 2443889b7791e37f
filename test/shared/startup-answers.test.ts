// @vitest-environment jsdom
// The window's startup answers travel inside index.html: they come back whole, and no episode text can break out
// of their data block into markup or script.
import { describe, expect, it } from 'vitest'
import { embedStartupAnswers, readStartupAnswers, startupElementId, type StartupAnswers } from '../../src/shared/startup-answers'

const page = '<!doctype html><html><head><title>Shownotes</title></head><body><div id="root"></div></body></html>'
const hostile = 'Notes </script><script>window.pwned = 1</script><!-- <img src=x onerror="window.pwned = 2"> \u2028 end'
const answers: StartupAnswers = {
  'settings.get': { ok: true, value: { language: 'ja' } as never },
  'workspace.lastEpisode': { ok: true, value: { path: 'content/talk/0001/index.md', text: hostile, hash: 'h' } as never },
  'episodes.list': { ok: false, error: { message: 'No folder is open.', code: 'no-workspace' } }
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('startup answers in the page', () => {
  it('come back exactly as written, failures included', () => {
    const doc = parse(embedStartupAnswers(page, answers))
    const block = doc.getElementById(startupElementId)
    expect(block?.parentElement?.tagName).toBe('HEAD')
    expect(readStartupAnswers(block?.textContent)).toEqual(answers)
  })

  it('keep an episode’s own </script> and markup inside the data block', () => {
    const doc = parse(embedStartupAnswers(page, answers))
    expect(doc.querySelectorAll('script')).toHaveLength(1)
    expect(doc.querySelector('img')).toBeNull()
    expect(doc.getElementById('root')).not.toBeNull()
  })

  it('read as none when the block is missing or damaged, so the window asks instead', () => {
    expect(readStartupAnswers(null)).toEqual({})
    expect(readStartupAnswers('{"settings.get": ')).toEqual({})
    expect(readStartupAnswers('[1, 2]')).toEqual({})
  })

  it('go first in a page without a head', () => {
    const html = embedStartupAnswers('<div id="root"></div>', answers)
    expect(readStartupAnswers(parse(html).getElementById(startupElementId)?.textContent)).toEqual(answers)
  })

  it('have the editor’s code fetched ahead only when an episode will reopen', () => {
    const built = '<html><head><script type="module" src="./assets/index.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/EditorPane.js" data-part="editor">\n<link rel="modulepreload" crossorigin href="./assets/view.js" data-part="editor">\n</head><body></body></html>'
    const preloads = (html: string) => [...parse(html).querySelectorAll('link[rel=modulepreload]')].map((l) => l.getAttribute('href'))
    expect(preloads(embedStartupAnswers(built, answers))).toEqual(['./assets/EditorPane.js', './assets/view.js'])
    const none = embedStartupAnswers(built, { ...answers, 'workspace.lastEpisode': { ok: true, value: null } })
    expect(preloads(none)).toEqual([])
    expect(parse(none).querySelector('script[src]')?.getAttribute('src')).toBe('./assets/index.js')
  })
})

describe('the episode list in the startup answers', () => {
  const summary = (n: number) => ({
    path: `content/talk/${n}/index.md`, section: 'talk', bundle: n % 2 === 0, title: `#${n} 長いタイトルのエピソード`, number: n,
    date: '2025-01-02T20:00:00+09:00', publishDate: null, expiryDate: null, status: 'published' as const,
    summary: `A long summary that the list never shows, episode ${n}.`, tags: ['tokyo', 'meetup'], figures: 3, media: 2, words: 1200, problems: n % 3
  })

  it('carries only what the list rows show, and reads back as those rows', () => {
    const episodes = [summary(1), summary(2), { ...summary(3), number: null, date: null, tags: [] }]
    const html = embedStartupAnswers(page, { 'episodes.list': { ok: true, value: episodes } })
    expect(html).not.toContain('never shows')
    const back = readStartupAnswers(parse(html).getElementById(startupElementId)?.textContent)
    expect(back['episodes.list']).toEqual({
      ok: true,
      value: episodes.map((e) => ({ path: e.path, bundle: e.bundle, title: e.title, number: e.number, date: e.date, status: e.status, problems: e.problems, tags: e.tags }))
    })
  })

  it('packs a 5,000-episode list into well under half of what the full summaries take', () => {
    const episodes = Array.from({ length: 5000 }, (_, i) => summary(i))
    const html = embedStartupAnswers(page, { 'episodes.list': { ok: true, value: episodes } })
    expect(html.length).toBeLessThan(JSON.stringify(episodes).length / 2)
  })

  it('leaves a damaged list out, so the window asks for it', () => {
    const text = JSON.stringify({ 'episodes.list': { ok: true, rows: [['content/a/index.md', 'A', 1]] }, 'settings.get': { ok: true, value: {} } })
    expect(readStartupAnswers(text)).toEqual({ 'settings.get': { ok: true, value: {} } })
  })
})
