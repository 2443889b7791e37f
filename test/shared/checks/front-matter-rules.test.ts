import { describe, expect, it } from 'vitest'
import { applyFix, episode, GOOD_FM, NOW, run } from './helpers'

const without = (key: string) => GOOD_FM.split('\n').filter((l) => !l.startsWith(key + ':')).join('\n')
const replace = (key: string, value: string) => GOOD_FM.split('\n').map((l) => (l.startsWith(key + ':') ? `${key}: ${value}` : l)).join('\n')

describe('title-missing', () => {
  it.each([
    ['a title', GOOD_FM, 0],
    ['no title field', without('title'), 1],
    ['an empty title', replace('title', '""'), 1],
    ['a blank title', replace('title', '"   "'), 1],
    ['a null title', replace('title', ''), 1],
    ['a numeric title (Hugo shows it)', replace('title', '42'), 0]
  ])('%s → %i', (_name, fm, count) => {
    expect(run(episode(fm), 'title-missing')).toHaveLength(count)
  })

  it('is an error placed on the title field, with a fix taking the first heading', () => {
    const text = episode(replace('title', '""'), 'Intro.\n\n## Soldering at midnight {#solder}\n')
    const [d] = run(text, 'title-missing')
    expect(d.severity).toBe('error')
    expect(d.line).toBe(2)
    expect(d.message).toMatch(/title is empty/)
    expect(d.fix?.label).toBe('Use the first heading as title: "Soldering at midnight"')
    const fixed = applyFix(text, d.fix!.changes)
    expect(fixed).toContain('title: "Soldering at midnight"\n')
    expect(run(fixed, 'title-missing')).toEqual([])
  })

  it('says so for a file without front matter, and the fix adds one', () => {
    const text = '# Midnight soldering\n\nNotes.\n'
    const [d] = run(text, 'title-missing')
    expect(d.message).toMatch(/no title/)
    expect(d.line).toBe(1)
    const fixed = applyFix(text, d.fix!.changes)
    expect(fixed.startsWith('---\ntitle: Midnight soldering\n---\n')).toBe(true)
  })

  it('stays quiet when the front matter cannot be read (its own error says why)', () => {
    expect(run(episode('title: [unclosed'), 'title-missing')).toEqual([])
  })
})

describe('date-missing and date-invalid', () => {
  it.each([
    ['a date with offset', GOOD_FM, 0, 0],
    ['a date-only value', replace('date', '2025-05-01'), 0, 0],
    ['a space-separated date-time', replace('date', '2025-05-01 20:00:00'), 0, 0],
    ['no date', without('date'), 1, 0],
    ['an empty date', replace('date', ''), 1, 0],
    ['an impossible day', replace('date', '2025-02-30'), 0, 1],
    ['a written-out date', replace('date', 'May 1st 2025'), 0, 1],
    ['an invalid publishDate', replace('publishDate', '"soon"'), 0, 1],
    ['an offset without colon after a space (Go refuses Z)', replace('date', '2025-05-01 20:00:00 Z'), 0, 1]
  ])('%s → missing %i, invalid %i', (_name, fm, missing, invalid) => {
    const text = episode(fm)
    expect(run(text, 'date-missing')).toHaveLength(missing)
    expect(run(text, 'date-invalid')).toHaveLength(invalid)
  })

  it('names the field and shows what Hugo accepts', () => {
    const [d] = run(episode(replace('date', 'May 1st 2025')), 'date-invalid')
    expect(d.severity).toBe('error')
    expect(d.message).toBe('date is not a date Hugo can read ("May 1st 2025"); write it like 2025-01-10T20:00:00+09:00 or 2025-01-10.')
    expect(d.line).toBe(3)
  })

  it('fixes a missing date with now, in the offset publishDate uses', () => {
    const text = episode(without('date'))
    const [d] = run(text, 'date-missing')
    expect(d.severity).toBe('warning')
    expect(d.fix?.label).toBe('Set the date to now (2025-06-01T09:00:00+09:00)')
    expect(applyFix(text, d.fix!.changes)).toMatch(/\ndate: 2025-06-01T09:00:00\+09:00\n/)
  })
})

describe('publish-date-before-date', () => {
  it.each([
    ['publishDate after date', GOOD_FM, 0],
    ['publishDate equal to date', replace('publishDate', '2025-05-01T20:00:00+09:00'), 0],
    ['same instant, other offset', replace('publishDate', '2025-05-01T11:00:00Z'), 0],
    ['publishDate a day before', replace('publishDate', '2025-04-30T21:00:00+09:00'), 1],
    ['no publishDate', without('publishDate'), 0]
  ])('%s → %i', (_name, fm, count) => {
    expect(run(episode(fm), 'publish-date-before-date')).toHaveLength(count)
  })

  it('offers to set publishDate to the date, written as the date is', () => {
    const text = episode(replace('publishDate', '2025-04-30T21:00:00+09:00'))
    const [d] = run(text, 'publish-date-before-date')
    expect(d.message).toMatch(/before date \(2025-05-01T20:00:00\+09:00\)/)
    const fixed = applyFix(text, d.fix!.changes)
    expect(fixed).toContain('publishDate: 2025-05-01T20:00:00+09:00\n')
    expect(run(fixed, 'publish-date-before-date')).toEqual([])
  })
})

describe('publish-date-future', () => {
  it.each([
    ['published in the past', GOOD_FM, 0],
    ['a future publishDate, not a draft', replace('publishDate', '2027-04-01T21:00:00+09:00'), 1],
    ['a future publishDate but a draft', replace('publishDate', '2027-04-01T21:00:00+09:00').replace('draft: false', 'draft: true'), 0],
    ['a future date and no publishDate', replace('date', '2027-04-01T21:00:00+09:00').split('\n').filter((l) => !l.startsWith('publishDate')).join('\n'), 1]
  ])('%s → %i', (_name, fm, count) => {
    expect(run(episode(fm), 'publish-date-future')).toHaveLength(count)
  })

  it('says when it will appear, in the offset written', () => {
    const [d] = run(episode(replace('publishDate', '2027-04-01T21:00:00+09:00')), 'publish-date-future')
    expect(d.severity).toBe('info')
    expect(d.message).toBe('This episode is scheduled: it will appear on 2027-04-01 21:00 +09:00 (Hugo leaves it out of the site until then).')
    expect(d.line).toBe(4)
  })

  it('uses the site time zone for a date without offset', () => {
    const [d] = run(episode(replace('publishDate', '2027-04-01T21:00:00')), 'publish-date-future', { timeZone: 'Asia/Tokyo' })
    expect(d.message).toContain('2027-04-01 21:00 +09:00')
    const [utc] = run(episode(replace('publishDate', '2027-04-01T21:00:00')), 'publish-date-future')
    expect(utc.message).toContain('2027-04-01 21:00 UTC')
  })

  it('compares with the given now', () => {
    const text = episode(replace('publishDate', '2025-06-02T00:00:00Z'))
    expect(run(text, 'publish-date-future', { now: NOW })).toHaveLength(1)
    expect(run(text, 'publish-date-future', { now: new Date('2025-06-03T00:00:00Z') })).toHaveLength(0)
  })
})

describe('summary-empty and summary-too-long', () => {
  const long = 'あ'.repeat(161)
  it.each([
    ['a summary', GOOD_FM, 0, 0],
    ['no summary', without('summary'), 1, 0],
    ['a null summary', replace('summary', ''), 1, 0],
    ['only a <br/>', replace('summary', '"<br/>"'), 1, 0],
    ['exactly 160 kanji', replace('summary', 'あ'.repeat(160)), 0, 0],
    ['161 kanji', replace('summary', long), 0, 1],
    ['emoji count as one', replace('summary', '"' + '🎙'.repeat(160) + '"'), 0, 0],
    ['tags do not count', replace('summary', '"' + 'a'.repeat(155) + '<br/><br/>"'), 0, 0]
  ])('%s → empty %i, too long %i', (_name, fm, empty, tooLong) => {
    const text = episode(fm)
    expect(run(text, 'summary-empty')).toHaveLength(empty)
    expect(run(text, 'summary-too-long')).toHaveLength(tooLong)
  })

  it('says how long and by how much, against the configured limit', () => {
    const text = episode(replace('summary', 'a'.repeat(120)))
    expect(run(text, 'summary-too-long')).toEqual([])
    const [d] = run(text, 'summary-too-long', { config: { summaryLimit: 100 } })
    expect(d.message).toBe('The summary is 120 characters long, over the limit of 100: lists and link previews will cut it off. Shorten it by 20.')
    expect(d.line).toBe(5)
  })
})
