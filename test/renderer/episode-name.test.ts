// Renaming an episode: the name the dialog starts from, and names refused before they reach the disk.
import { describe, expect, it } from 'vitest'
import { currentName, nameProblem } from '../../src/renderer/state/episode-name'

describe('the name a rename starts from', () => {
  it.each([
    ['content/talk/0003-next-season/index.md', '0003-next-season'],
    ['content/talk/0003-next-season/index.markdown', '0003-next-season'],
    ['content/talk/leaf-episode.md', 'leaf-episode'],
    ['episode-7.md', 'episode-7'],
    ['index.md', 'index']
  ])('%s → %s', (path, name) => {
    expect(currentName(path)).toBe(name)
  })
})

describe('names a rename refuses', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a/b', 'character'],
    ['a\\b', 'character'],
    ['talk: 3', 'character'],
    ['why?', 'character'],
    ['tab\there', 'character'],
    ['.hidden', 'dot'],
    ['name.', 'end'],
    ['CON', 'reserved'],
    ['lpt1.md', 'reserved'],
    ['あ'.repeat(70), 'long'],
    ['\u200b', 'invisible'],
    ['recap\u202e3400', 'bidi']
  ])('%j → %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem)
  })

  it.each(['0004-new-name', '0003-Next-Season', '第3回', 'ep 3 (live)'])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeNull()
  })
})
