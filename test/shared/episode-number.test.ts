import { describe, it, expect } from 'vitest'
import { episodeNumber, nextEpisodeNumber, numberFromTitle, renumberTitle } from '../../src/shared/episode-number'

describe('episode numbers', () => {
  it.each<[string, number | null]>([
    ['#35 re:Invent 2020 recap', 35],
    ['#035 leading zeros', 35],
    ['Byte Street #12: storage', 12],
    ['(#7) bonus', 7],
    ['＃３６ 全角の番号', 36],
    ['Ep. 42 - serverless', 42],
    ['Episode 3: hello', 3],
    ['第12回 クラウドの話', 12],
    ['C# tips', null],
    ['Top 10 tools of 2024', null],
    ['issue#12 is not an episode number', null],
    ['', null]
  ])('%j → %s', (title, expected) => {
    expect(numberFromTitle(title)).toBe(expected)
  })

  it('prefers the title, then an episode field (number or digits)', () => {
    expect(episodeNumber('#35 recap', { episode: 34 })).toBe(35)
    expect(episodeNumber('recap', { episode: 34 })).toBe(34)
    expect(episodeNumber('recap', { Episode: '0034' })).toBe(34)
    expect(episodeNumber('recap', { episode: 'special' })).toBeNull()
    expect(episodeNumber(null, { episode: -1 })).toBeNull()
    expect(episodeNumber(undefined)).toBeNull()
  })

  it('next number is one past the highest', () => {
    expect(nextEpisodeNumber([1, 35, null, 12])).toBe(36)
    expect(nextEpisodeNumber([])).toBe(1)
  })

  it.each([
    ['#35 Edge workers', '#36 Edge workers'],
    ['Recap (#35)', 'Recap (#36)'],
    ['Ep. 35: Edge', 'Ep. 36: Edge'],
    ['第35回 ラジオ', '第36回 ラジオ'],
    ['＃３５ 全角', '#36 全角'],
    ['No number here', null]
  ])('renumbers %j → %j', (title, expected) => {
    expect(renumberTitle(title, 36)).toBe(expected)
  })
})
