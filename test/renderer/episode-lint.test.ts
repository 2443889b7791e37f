// @vitest-environment jsdom
// Lint shows the core's problems where they are: a front matter syntax error, an unclosed shortcode, the
// publishing checks when given, each once, with positions that hold in CRLF documents too; worded in the UI
// language, and again in the new one when it changes.
import { afterEach, describe, expect, it } from 'vitest'
import { forceLinting, forEachDiagnostic } from '@codemirror/lint'
import { Compartment } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { episodeLint, fixNow, lintLanguage } from '../../src/renderer/editor/episode-lint'
import { EditorState, Text } from '@codemirror/state'
import { episodeDiagnostics } from '../../src/renderer/editor/episode-diagnostics'
import { keepLineSeparator } from '../../src/renderer/editor/line-separator'
import { checkEpisode } from '../../src/shared/checks'

const good = '---\ntitle: "Hi"\ndraft: false\n---\n\nText.\n'

describe('episode lint', () => {
  it('is quiet for a clean episode', () => {
    expect(episodeDiagnostics(EditorState.create({ doc: good }))).toEqual([])
  })

  it('underlines a front matter syntax error at its place', () => {
    const doc = '---\ntitle: "Hi\ndraft: false\n---\n\nText.\n'
    const [d] = episodeDiagnostics(EditorState.create({ doc }))
    expect(d.severity).toBe('error')
    expect(d.source).toMatch(/^front-matter/)
    expect(d.from).toBeGreaterThanOrEqual(4)
    expect(d.from).toBeLessThan(doc.indexOf('---', 4))
  })

  it('underlines an unclosed paired shortcode at its tag', () => {
    const doc = good + '\n{{% alert note %}}\nCareful.\n'
    const d = episodeDiagnostics(EditorState.create({ doc })).find((x) => x.source === 'shortcode-unclosed')!
    expect(doc.slice(d.from, d.to)).toBe('{{% alert note %}}')
  })

  it('keeps positions right in a CRLF document', () => {
    const doc = (good + '\n{{% alert note %}}\nCareful.\n').replace(/\n/g, '\r\n')
    const state = EditorState.create({ doc, extensions: [keepLineSeparator(doc)] })
    const d = episodeDiagnostics(state).find((x) => x.source === 'shortcode-unclosed')!
    expect(state.sliceDoc(d.from, d.to)).toBe('{{% alert note %}}')
  })

  it('adds the publishing checks and shows a problem found twice once', () => {
    const doc = '---\ntitle: ""\n---\n\n{{% alert note %}}\nx\n'
    const state = EditorState.create({ doc })
    const withChecks = episodeDiagnostics(state, [(text) => checkEpisode(text, { now: new Date('2025-01-01T00:00:00Z') })])
    expect(withChecks.some((d) => d.source === 'title-missing')).toBe(true)
    const unclosed = withChecks.filter((d) => /never closed/.test(d.message))
    expect(unclosed).toHaveLength(1)
  })

  it("offers the core's fix as an action", () => {
    const doc = '---\ntitle: ""\n---\n\nText\n'
    const source = () => [{ from: 11, to: 13, line: 2, column: 8, severity: 'warning' as const, rule: 'x', message: 'Empty.', fix: { label: 'Fill it', changes: [{ from: 11, to: 13, insert: '"T"' }] } }]
    const [d] = episodeDiagnostics(EditorState.create({ doc }), [source])
    expect(d.actions?.[0].name).toBe('Fill it')
  })

  it('words the problems and their fixes in the UI language, and again when it changes', async () => {
    const doc = '---\ntitle: ""\ndraft: false\n---\n\n## Guest of the week\n'
    const language = new Compartment()
    const checks = async (t: string) => checkEpisode(t, { now: new Date('2025-01-01T00:00:00Z') })
    view = new EditorView({ parent: document.body, state: EditorState.create({ doc, extensions: [language.of(lintLanguage.of('ja')), episodeLint(() => checks)] }) })
    const shown = () => {
      const out: { rule: string | undefined; message: string; fix: string | undefined }[] = []
      forEachDiagnostic(view!.state, (d) => out.push({ rule: d.source, message: d.message, fix: d.actions?.[0]?.name }))
      return out.find((d) => d.rule === 'title-missing')
    }
    const settle = async (test: () => boolean) => {
      for (let i = 0; i < 100 && !test(); i++) {
        forceLinting(view!)
        await new Promise((r) => setTimeout(r, 20))
      }
    }
    await settle(() => Boolean(shown()))
    expect(shown()?.message).toMatch(/タイトル/)
    expect(shown()?.fix).toMatch(/見出し/)
    view.dispatch({ effects: language.reconfigure(lintLanguage.of('en')) })
    await settle(() => /title/i.test(shown()?.message ?? ''))
    expect(shown()?.message).toMatch(/title/i)
    expect(shown()?.fix).toBe('Use the first heading as title: "Guest of the week"')
  })
})

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
})

describe('a quick fix made for an older text', () => {
  const linted = Text.of(['- `env`', '- ', '- `PATH`'])
  const remove = [{ from: 8, to: 11, insert: '' }] // the empty item's line

  it('applies as made when nothing was typed since', () => {
    expect(fixNow(linted, linted, remove, 0)).toEqual(remove)
  })

  it('moves with its problem when text was typed before it', () => {
    const now = Text.of(['- `env` and `HOME`', '- ', '- `PATH`'])
    expect(fixNow(linted, now, remove, 11)).toEqual([{ from: 19, to: 22, insert: '' }])
  })

  it('does nothing when the text it would remove changed', () => {
    const now = Text.of(['- `env`', '- `USER`', '- `PATH`'])
    expect(fixNow(linted, now, remove, 0)).toBeNull()
  })
})
