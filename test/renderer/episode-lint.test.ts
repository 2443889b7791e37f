// Lint shows the core's problems where they are: a front matter syntax error, an unclosed shortcode, the
// publishing checks when given, each once, with positions that hold in CRLF documents too.
import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
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
})
