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

function panelHtml(lang: Language): string {
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
        site={{ state: { phase: 'idle' }, start: () => {}, stop: () => {} }}
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
})
