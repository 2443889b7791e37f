import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { filesForBundle, zipBundle } from '../../../src/shared/export/bundle'

const text = `---
title: "#6 Splicing"
url_slides: slides.pdf
---

{{< figure src="splice.png" title="The splicing block" >}}

![k](kato/Untitled%201.png)

{{< audio src="clip.mp3" >}}
`
const files = ['clip.mp3', 'featured.jpg', 'kato/Untitled 1.png', 'old-draft.png', 'slides.pdf', 'splice.png', 'notes.md']

describe('bundle export', () => {
  it('lists exactly the files the episode uses', () => {
    expect(filesForBundle(text, files)).toEqual(['clip.mp3', 'featured.jpg', 'kato/Untitled 1.png', 'slides.pdf', 'splice.png'])
  })

  it('zips index.md and those files under the bundle folder, the same bytes every time', () => {
    const used = filesForBundle(text, files)
    const bytes = Object.fromEntries(used.map((f, i) => [f, new Uint8Array([i, 1, 2, 3])]))
    const zip = zipBundle('0006-splicing', text, bytes)
    const entries = unzipSync(zip)
    expect(Object.keys(entries).sort()).toEqual(['0006-splicing/clip.mp3', '0006-splicing/featured.jpg', '0006-splicing/index.md', '0006-splicing/kato/Untitled 1.png', '0006-splicing/slides.pdf', '0006-splicing/splice.png'])
    expect(new TextDecoder().decode(entries['0006-splicing/index.md'])).toBe(text)
    expect([...entries['0006-splicing/splice.png']]).toEqual([4, 1, 2, 3])
    expect(zipBundle('0006-splicing', text, bytes)).toEqual(zip)
  })

  it('keeps dates a zip cannot hold inside its range (1980–2099)', () => {
    const zip = (date: Date) => unzipSync(zipBundle('x', text, {}, 'index.md', { 'index.md': date }))
    expect(Object.keys(zip(new Date('1970-01-01T00:00:00Z')))).toEqual(['x/index.md'])
    expect(Object.keys(zip(new Date('2200-01-01T00:00:00Z')))).toEqual(['x/index.md'])
  })

  it('refuses a path that leaves the bundle', () => {
    expect(() => zipBundle('x', text, { '../secret': new Uint8Array() })).toThrow(/not a path inside the bundle/)
  })
})
