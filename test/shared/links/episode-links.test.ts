// The web links a link check fetches from an episode, with their places; mailto, relative, anchors and code are not.
import { describe, expect, it } from 'vitest'
import { episodeLinks } from '../../../src/shared/links/episode-links'

const text = `---
title: "https://in.front.matter/x"
---
- [Post](https://example.com/post) and ![cover](https://img.example.com/c.png)
- Bare: https://bare.example.com/page. And <https://auto.example.com/x>
- [ref][r], [mail](mailto:me@example.com), [rel](../other/), [anchor](#top)
- <a href="https://html.example.com/">html</a>
- \`https://code.example.com/\` and {{< figure src="https://fig.example.com/a.png" >}}

[r]: https://def.example.com/
<!-- https://comment.example.com/ -->
`

describe('episodeLinks', () => {
  it('lists every web link once per place, with the place of its URL', () => {
    const links = episodeLinks(text)
    expect(links.map((l) => l.url)).toEqual([
      'https://example.com/post',
      'https://img.example.com/c.png',
      'https://bare.example.com/page',
      'https://auto.example.com/x',
      'https://html.example.com/',
      'https://def.example.com/'
    ])
    for (const l of links) expect(text.slice(l.from, l.to)).toBe(l.url)
  })
})
