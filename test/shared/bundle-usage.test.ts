// "Which bundle files does this episode use?" has one answer: the media panel's used / unused / missing marks and
// the checks bundle-file-unused / figure-missing-image agree on every tricky case and on random episodes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MediaFile } from '../../src/shared/api'
import { bundleUsage } from '../../src/shared/bundle-usage'
import { checkEpisode } from '../../src/shared/checks'
import { mediaStates } from '../../src/renderer/state/media-usage'

const FM = 'title: "#7 Soldering"\ndate: 2025-05-01T20:00:00+09:00\nsummary: Kits.'
const episode = (body: string, fm = '') => `---\n${FM}${fm ? '\n' + fm : ''}\n---\n\n${body}\n`

interface Case {
  name: string
  body: string
  fm?: string
  files: string[]
  used: string[]
  missing?: string[]
}

const cases: Case[] = [
  { name: 'a figure names the file as it is on disk', body: '{{< figure src="kato/Untitled 1.png" title="Desk" >}}', files: ['kato/Untitled 1.png'], used: ['kato/Untitled 1.png'] },
  { name: 'a Markdown image is URL-encoded', body: '![x](kato/Untitled%201.png)', files: ['kato/Untitled 1.png'], used: ['kato/Untitled 1.png'] },
  { name: 'an image in <angle brackets> with a space', body: '![k](<kato/Untitled 1.png>)', files: ['kato/Untitled 1.png'], used: ['kato/Untitled 1.png'] },
  { name: 'names match case-insensitively, as Hugo matches resources', body: '{{< figure src="Desk.PNG" >}}', files: ['desk.png'], used: ['desk.png'] },
  { name: 'a query or fragment is not part of the name', body: '![x](desk.png?v=2)', files: ['desk.png'], used: ['desk.png'] },
  { name: 'a ./ prefix', body: '[notes](./notes.pdf "Notes")', files: ['notes.pdf'], used: ['notes.pdf'] },
  { name: 'an image in a code fence shows as text', body: '```md\n![x](fenced.png)\n![y](gone.png)\n```', files: ['fenced.png'], used: [] },
  { name: 'an image in inline code shows as text', body: 'Write `![x](desk.png)` for images.', files: ['desk.png'], used: [] },
  { name: 'an image in an HTML comment is hidden', body: '<!-- ![old](old.png) -->', files: ['old.png'], used: [] },
  { name: 'an escaped shortcode shows literally', body: '{{</* figure src="esc.png" */>}}\n{{</* figure src="gone.png" */>}}', files: ['esc.png'], used: [] },
  { name: 'a figure inside a code fence is still expanded by Hugo', body: '```\n{{< figure src="fig.png" >}}\n```', files: ['fig.png'], used: ['fig.png'] },
  { name: 'a figure in a list item', body: '- Gear\n  {{< figure src="mixer.png" >}}', files: ['mixer.png'], used: ['mixer.png'] },
  { name: 'a link to a PDF', body: '[slides](slides.pdf)', files: ['slides.pdf'], used: ['slides.pdf'] },
  { name: 'a link definition', body: '[s][1]\n\n[1]: notes.pdf', files: ['notes.pdf'], used: ['notes.pdf'] },
  { name: 'a front matter field', body: 'Words.', fm: 'url_pdf: slides.pdf', files: ['slides.pdf'], used: ['slides.pdf'] },
  { name: 'a nested front matter value', body: 'Words.', fm: 'links:\n  - name: Code\n    url: code/demo.zip', files: ['code/demo.zip'], used: ['code/demo.zip'] },
  { name: 'front matter image as a file name (other themes)', body: 'Words.', fm: 'image: header.png', files: ['header.png'], used: ['header.png'] },
  { name: 'front matter resources patterns', body: 'Words.', fm: 'resources:\n  - src: "shots/*.png"\n    title: Shot', files: ['shots/a.png', 'shots/b.jpg'], used: ['shots/a.png'] },
  { name: 'the theme’s featured image', body: 'Words.', files: ['featured.jpg', 'my-featured-photo.png', 'cover.png', 'old-cover.png', 'sub/featured.jpg'], used: ['cover.png', 'featured.jpg', 'my-featured-photo.png'] },
  { name: 'a gallery uses its album folder', body: '{{< gallery album="trip" >}}', files: ['trip/1.jpg', 'trip/2.jpg', 'tripod.jpg'], used: ['trip/1.jpg', 'trip/2.jpg'] },
  { name: 'a library figure lives in static/img', body: '{{< figure src="x.png" library="true" >}}', files: ['x.png'], used: [] },
  { name: 'a URL or a site path is not a bundle file', body: '![a](https://example.com/a.png)\n![b](/b.png)\n![c](../0006/c.png)', files: ['a.png', 'b.png', 'c.png'], used: [] },
  { name: 'raw HTML: src, poster and srcset', body: '<video poster="poster.jpg" src="clip.mp4"></video>\n<img srcset="small.png 1x, large.png 2x" src="small.png">', files: ['poster.jpg', 'clip.mp4', 'small.png', 'large.png'], used: ['clip.mp4', 'large.png', 'poster.jpg', 'small.png'] },
  { name: 'audio and video shortcodes', body: '{{< audio src="ep.mp3" >}}\n{{< video src="clip2.mp4" controls="yes" >}}', files: ['ep.mp3'], used: ['ep.mp3'], missing: ['clip2.mp4'] },
  { name: 'a site’s own shortcode naming a file', body: '{{< podcast file="ep7.mp3" >}}', files: ['ep7.mp3'], used: ['ep7.mp3'] },
  { name: 'a figure src that is a resource pattern', body: '{{< figure src="shots/*.png" >}}', files: ['shots/a.png', 'shots/b.jpg'], used: ['shots/a.png'] },
  { name: 'a name inside another name is not a use', body: 'See ![d](data.png)', files: ['a.png', 'data.png'], used: ['data.png'] },
  { name: 'a file only mentioned in prose', body: 'The outtake.mp3 is not linked.', files: ['outtake.mp3'], used: [] },
  { name: 'missing images, once per file for the panel', body: '![x](missing.png)\n{{< figure src="Missing.png" >}}\n{{< figure src="diagram" >}}', files: [], used: [], missing: ['diagram', 'missing.png'] },
  { name: 'a figure whose file is in another folder', body: '{{< figure src="Untitled 1.png" >}}', files: ['kato/Untitled 1.png'], used: [], missing: ['Untitled 1.png'] }
]

const lowerSet = (names: string[]) => [...new Set(names.map((n) => n.toLowerCase()))].sort()
const asMedia = (files: string[]): MediaFile[] => files.map((name) => ({ name, size: 1, kind: 'image', state: 'unused' }))

function panel(c: Case) {
  const states = mediaStates(asMedia(c.files), episode(c.body, c.fm))
  const pick = (state: MediaFile['state']) => states.filter((f) => f.state === state).map((f) => f.name).sort()
  return { used: pick('used'), unused: pick('unused'), missing: pick('missing') }
}

function checks(c: Case) {
  const found = checkEpisode(episode(c.body, c.fm), { bundleFiles: c.files, now: new Date('2025-06-01T00:00:00Z'), headingIds: [] })
  const named = (rule: string) => found.filter((d) => d.rule === rule).map((d) => /"([^"]+)"/.exec(d.message)![1])
  return { unused: named('bundle-file-unused').sort(), missing: named('figure-missing-image') }
}

describe('bundleUsage', () => {
  it.each(cases)('$name', (c) => {
    const usage = bundleUsage(episode(c.body, c.fm), c.files)
    expect([...usage.used].sort()).toEqual(c.used)
    const p = panel(c)
    expect(p.used).toEqual(c.used)
    expect(p.missing).toEqual((c.missing ?? []).sort())
  })

  it.each(cases)('the checks agree with the media panel: $name', (c) => {
    const p = panel(c)
    const k = checks(c)
    // A file the panel calls used is never reported unused, and every file it calls unused is.
    expect(k.unused).toEqual(p.unused)
    // The same files are missing: the checks report each reference, the panel each file once.
    expect(lowerSet(k.missing)).toEqual(lowerSet(p.missing))
  })

  it('agrees on random episodes built from the tricky pieces', () => {
    const files = ['desk.png', 'kato/Untitled 1.png', 'ep.mp3', 'notes.pdf', 'featured.jpg', 'trip/1.jpg', 'shots/a.png']
    const pieces = [
      '{{< figure src="desk.png" >}}', '![k](kato/Untitled%201.png)', '{{< audio src="ep.mp3" >}}', '[pdf](notes.pdf)',
      '```\n![x](desk.png)\n```', '<!-- [pdf](notes.pdf) -->', '{{</* figure src="ep.mp3" */>}}', '{{< gallery album="trip" >}}',
      '{{< figure src="gone.png" >}}', '![m](Gone.png)', '`![x](ep.mp3)`', '<img src="shots/a.png">', '{{< figure src="shots/*.png" >}}',
      '- item\n  {{< figure src="KATO/untitled 1.PNG" >}}', '[x](https://example.com/desk.png)', 'desk.png in prose'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.subarray(files), (chosen, listed) => {
        const c: Case = { name: 'random', body: chosen.join('\n\n'), files: listed, used: [] }
        const p = panel(c)
        const k = checks(c)
        expect(k.unused).toEqual(p.unused)
        expect(lowerSet(k.missing)).toEqual(lowerSet(p.missing))
      }),
      { numRuns: 200 }
    )
  })
})
