// The chapter checks: what YouTube, Spotify and players need of the notes' timestamp lines, with their quick fixes.
import { describe, expect, it } from 'vitest'
import { applyChanges } from '../../../src/shared/chapters/stamp-lines'
import { checkEpisode } from '../../../src/shared/checks/check-episode'

const fm = (extra = '') => `---\ntitle: "#3 Test"\ndate: 2024-01-01\nsummary: A test episode.\n${extra}---\n`
const problems = (text: string, options = {}) => checkEpisode(text, options).filter((d) => d.rule.startsWith('chapters-'))
const rules = (text: string, options = {}) => problems(text, options).map((d) => `${d.rule}@${d.line}`)

describe('chapter checks', () => {
  it('a good list has no problem', () => {
    expect(rules(`${fm()}- 00:00 Intro\n- 01:00 News\n- 10:00 Outro\n`)).toEqual([])
  })

  it('notes without timestamps have no chapter problem', () => {
    expect(rules(`${fm()}Just prose about 2024.\n`)).toEqual([])
  })

  it.each([
    ['first not zero', '- 00:05 Intro\n- 01:00 News\n- 10:00 Outro\n', ['chapters-first-not-zero@6']],
    ['too few', '- 00:00 Intro\n- 01:00 News\n', ['chapters-too-few@6']],
    ['too close', '- 00:00 Intro\n- 00:08 News\n- 10:00 Outro\n', ['chapters-too-close@7']],
    ['out of order', '- 00:00 Intro\n- 05:00 News\n- 03:00 Outro\n', ['chapters-out-of-order@8']],
    ['stamps in code are not chapters', '```\n00:05 x\n```\n- 00:00 Intro\n- 01:00 News\n- 10:00 Outro\n', []]
  ])('%s', (_name, body, expected) => {
    expect(rules(fm() + body)).toEqual(expected)
  })

  it('beyond the end: from the Listen panel, else the duration field', () => {
    const body = '- 00:00 Intro\n- 20:00 News\n- 45:00 Outro\n'
    expect(rules(fm() + body)).toEqual([])
    expect(rules(fm() + body, { recordingDuration: 40 * 60 })).toEqual(['chapters-beyond-end@8'])
    expect(rules(fm('duration: "0:30:00"\n') + body)).toEqual(['chapters-beyond-end@9'])
    expect(problems(fm('duration: 1800\n') + body)[0].message).toContain('(30:00)')
  })

  it('the first-not-zero fix adds a 00:00 Intro line written like the list', () => {
    const text = `${fm()}1. 0:01:00 News\n2. 0:10:00 Outro\n3. 0:20:00 End\n`
    const fix = problems(text).find((d) => d.rule === 'chapters-first-not-zero')!.fix!
    expect(applyChanges(text, fix.changes)).toBe(`${fm()}1. 0:00:00 Intro\n1. 0:01:00 News\n2. 0:10:00 Outro\n3. 0:20:00 End\n`)
  })

  it('the sort fix orders chapter lines that stand together, and is not offered when other lines are between', () => {
    const text = `${fm()}- 00:00 Intro\n- 05:00 News\n- 03:00 Outro\n`
    const fix = problems(text).find((d) => d.rule === 'chapters-out-of-order')!.fix!
    expect(applyChanges(text, fix.changes)).toBe(`${fm()}- 00:00 Intro\n- 03:00 Outro\n- 05:00 News\n`)
    const apart = `${fm()}- 00:00 Intro\n  - a link\n- 05:00 News\n- 03:00 Outro\n`
    expect(problems(apart).find((d) => d.rule === 'chapters-out-of-order')!.fix).toBeUndefined()
  })
})
