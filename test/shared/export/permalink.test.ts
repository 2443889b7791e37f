import { describe, expect, it } from 'vitest'
import { absoluteUrl, pagePath, permalink, type SiteUrls } from '../../../src/shared/export/permalink'

const site: SiteUrls = { baseURL: 'https://radio.example.org/' }
const date = new Date('2025-03-08T11:00:00Z')

describe('permalink', () => {
  it.each<[string, SiteUrls, string, Record<string, unknown>, string]>([
    ['a bundle', site, 'talk/0034/index.md', {}, 'https://radio.example.org/talk/0034/'],
    ['a leaf file', site, 'posts/Hello-World.md', {}, 'https://radio.example.org/posts/hello-world/'],
    ['a slug', site, 'talk/0034/index.md', { slug: 'Recap 2020' }, 'https://radio.example.org/talk/recap-2020/'],
    ['a url in front matter', site, 'talk/0034/index.md', { url: '/special/' }, 'https://radio.example.org/special/'],
    ['a base URL with a path', { baseURL: 'https://example.org/radio/' }, 'talk/0034/index.md', {}, 'https://example.org/radio/talk/0034/'],
    ['a permalinks pattern', { ...site, permalinks: { talk: '/:year/:month/:slug/' } }, 'talk/0034/index.md', { title: 'Tape Loops' }, 'https://radio.example.org/2025/03/tape-loops/'],
    ['uglyURLs', { ...site, uglyURLs: true }, 'posts/hello.md', {}, 'https://radio.example.org/posts/hello.html'],
    ['a Japanese folder name, lowercased and encoded', site, 'talk/第1回/index.md', {}, 'https://radio.example.org/talk/%E7%AC%AC1%E5%9B%9E/'],
    ['disablePathToLower', { ...site, disablePathToLower: true }, 'talk/Ep-1/index.md', {}, 'https://radio.example.org/talk/Ep-1/']
  ])('%s', (_name, s, contentPath, fields, expected) => {
    expect(permalink(s, { contentPath, fields, date })).toBe(expected)
  })

  it('gives the path below the base URL', () => {
    expect(pagePath(site, { contentPath: 'talk/0034/index.md', fields: {} })).toBe('/talk/0034/')
  })
})

describe('absoluteUrl', () => {
  const page = 'https://radio.example.org/talk/0034/'
  it.each([
    ['photo.png', 'https://radio.example.org/talk/0034/photo.png'],
    ['kato/Untitled%201.png', 'https://radio.example.org/talk/0034/kato/Untitled%201.png'],
    ['../0033/', 'https://radio.example.org/talk/0033/'],
    ['/img/logo.png', 'https://example.org/radio/img/logo.png'],
    ['https://x.org/a', 'https://x.org/a'],
    ['mailto:hi@x.org', 'mailto:hi@x.org'],
    ['#notes', '#notes'],
    ['//cdn.example.org/a.png', '//cdn.example.org/a.png']
  ])('%s', (url, expected) => {
    expect(absoluteUrl(url, page, 'https://example.org/radio/')).toBe(expected)
  })
})
