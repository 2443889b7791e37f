// The names a new transcript's speakers are offered: the people the episode's front matter names, in order, once each.
import { describe, expect, it } from 'vitest'
import { episodePeople } from '../../../src/shared/transcript/episode-people'

describe('episodePeople', () => {
  it('takes authors, hosts and guests (strings or lists) and nothing else', () => {
    expect(episodePeople({ title: 'Ep', authors: ['mika', 'sam'], guests: 'Kato', hosts: ['mika', ' '], tags: ['x'], summary: 'Sam' })).toEqual(['mika', 'sam', 'Kato'])
    expect(episodePeople(null)).toEqual([])
  })
})
