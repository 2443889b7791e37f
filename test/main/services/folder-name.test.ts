import { describe, it, expect } from 'vitest'
import { episodeFolderName, nameProblem, slugify } from '../../../src/main/services/folder-name'

describe('folder names for new episodes', () => {
  it.each<[number | null, string, string]>([
    [36, '#36 AWS News', '0036-aws-news'],
    [36, '#36 AWSのニュース', '0036-aws'],
    [36, '#36 クラウドの話', '0036'],
    [36, '#36 ', '0036'],
    [1234, 'Über Café', '1234-uber-cafe'],
    [12345, 'big', '12345-big'],
    [7, 'a/b\\c:d*e?f"g<h>i|j', '0007-a-b-c-d-e-f-g-h-i-j'],
    [null, 'No number here', 'no-number-here'],
    [null, '日本語だけ', '2026-11-24']
  ])('%s %j → %s', (n, title, expected) => {
    expect(episodeFolderName(n, title, '2026-11-24')).toBe(expected)
  })

  it('cuts long titles at a word', () => {
    expect(slugify('the quick brown fox jumps over the lazy dog and keeps on running far away', 30)).toBe('the-quick-brown-fox-jumps-over')
  })

  it.each([
    ['0034-recap', null],
    ['日本語のフォルダ', null],
    ['NUL', 'reserved'],
    ['com1.txt', 'reserved'],
    ['a*b', 'character'],
    ['tab\there', 'character'],
    ['name.', 'ends with'],
    ['name ', 'ends with'],
    ['.git', 'dot'],
    ['   ', 'required'],
    ['x'.repeat(201), 'too long']
  ])('name %j: %s', (name, problem) => {
    const found = nameProblem(name)
    if (problem === null) expect(found).toBeNull()
    else expect(found).toContain(problem)
  })
})
