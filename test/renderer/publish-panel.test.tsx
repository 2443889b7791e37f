// The "Ready to publish" list speaks the UI language: a broken episode's problems and quick fixes go through the
// real path (checks → editor lint → the panel's items) and show in Japanese when the window is Japanese, in the
// checks' own English otherwise.
import { EditorState } from '@codemirror/state'
import { setDiagnostics } from '@codemirror/lint'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { checkEpisode } from '../../src/shared/checks'
import { toLintDiagnostics } from '../../src/renderer/editor/episode-lint'
import { checksOf } from '../../src/renderer/state/publish-checks'
import { I18nContext, translate, type Language } from '../../src/renderer/i18n'

vi.mock('../../src/renderer/api', () => ({ api: {}, mediaUrl: (p: string) => p }))
const { PublishPanel } = await import('../../src/renderer/components/PublishPanel')
type PublishPanelSite = import('../../src/renderer/components/PublishPanel').PublishPanelProps['site']

const text = `---
title: ""
date: 2025-05-01T20:00:00+09:00
summary: ""
draft: false
---
## Guest of the week

{{< figure src="guest.png" title="Our guest" >}}

[notes]()

{{% alert note %}}
Unclosed.
`

function panelHtml(lang: Language, site: Partial<PublishPanelSite> = {}): string {
  const found = checkEpisode(text, { bundleFiles: ['photos/guest.png'], now: new Date('2025-06-01T00:00:00Z'), headingIds: [] })
  const base = EditorState.create({ doc: text })
  const state = base.update(setDiagnostics(base, toLintDiagnostics(base, found))).state
  const items = checksOf(state)
  expect(items.length).toBeGreaterThan(4)
  return renderToStaticMarkup(
    <I18nContext.Provider value={{ lang, t: (key, vars) => translate(lang, key, vars) }}>
      <PublishPanel
        episodePath="content/talk/0004/index.md"
        fields={{ title: '', date: '2025-05-01T20:00:00+09:00' }}
        checks={{ items, ready: true, stale: false }}
        site={{ state: { phase: 'idle' }, running: false, start: () => {}, stop: () => {}, ...site }}
        onJump={() => {}}
        onFix={() => {}}
        onExport={() => {}}
      />
    </I18nContext.Provider>
  )
}

const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&')

describe('PublishPanel', () => {
  it('shows the problems and quick fixes in Japanese', () => {
    const html = decode(panelHtml('ja'))
    expect(html).toContain('タイトルが空です。')
    expect(html).toContain('概要 (summary) が空です。')
    expect(html).toContain('図 "guest.png" がこのエピソードのフォルダにありません。ページでは画像が表示されません。"photos/guest.png" のことですか?')
    expect(html).toContain('リンク "notes" にアドレスがありません。')
    expect(html).toContain('ショートコード "alert" が閉じられていません。内容の後に {{% /alert %}} を追加してください。')
    expect(html).toContain('>最初の見出しをタイトルにする: "Guest of the week"<')
    expect(html).toContain('>"photos/guest.png" を使う<')
    expect(html).toContain('>"notes" を普通の文字として残す<')
    // The rule id stays as it is: it is what .shownotes.yaml and the CLI name.
    expect(html).toContain('figure-missing-image')
    expect(html).not.toMatch(/is not in this episode|The title is empty|Use the first heading/)
  })

  it('shows the checks’ own English words in English', () => {
    const html = decode(panelHtml('en'))
    expect(html).toContain('The figure "guest.png" is not in this episode\'s folder, so the page will show a broken image. Did you mean "photos/guest.png"?')
    expect(html).toContain('>Use the first heading as title: "Guest of the week"<')
    expect(html).not.toMatch(/タイトル/)
  })

  it('keeps Stop while hugo runs for another episode, with the site’s address', () => {
    const running = panelHtml('en', { running: true, state: { phase: 'running', episode: 'content/talk/0001/index.md', pageUrl: 'http://127.0.0.1:4000/talk/0001/', siteUrl: 'http://127.0.0.1:4000/' } })
    expect(running).toContain('data-testid="site-stop"')
    expect(running).toContain('Hugo is serving the site at')
    expect(running).toContain('href="http://127.0.0.1:4000/"')
    // Failed for this episode (no page) while the server started by another still runs: still stoppable.
    const problem = { kind: 'other' as const, message: 'Hugo does not build a page for content/talk/0004/index.md.', output: '', headline: null }
    const failed = panelHtml('en', { running: true, state: { phase: 'failed', episode: 'content/talk/0004/index.md', problem } })
    expect(failed).toContain('data-testid="site-stop"')
    expect(panelHtml('en')).not.toContain('data-testid="site-stop"')
  })

  it('says a site without a layout for episode pages shows “Page Not Found”, and how to fix it, at the top of the section', () => {
    const problem = {
      kind: 'no-layout' as const,
      message: 'Hugo found no layout for episode pages.',
      output: 'WARN 2026/12/03 13:39:32 found no layout file for "HTML" for kind "page": You should create a template file',
      headline: 'found no layout file for "HTML" for kind "page": You should create a template file'
    }
    const state = { phase: 'failed' as const, episode: 'content/talk/0004/index.md', problem }
    const en = decode(panelHtml('en', { state }))
    expect(en).toContain('Hugo found no layout for episode pages, so every episode would show “Page Not Found”.')
    expect(en).toContain('layouts/_default/single.html')
    const section = en.slice(en.indexOf('id="publish-site"'))
    expect(section.indexOf('site-problem-headline')).toBeLessThan(section.indexOf('data-testid="site-preview"'))
    const ja = decode(panelHtml('ja', { state }))
    expect(ja).toContain('「Page Not Found」になります。')
    expect(ja).toContain('テーマを追加する')
  })
})
