import { describe, expect, it } from 'vitest'
import { applyFix, episode, GOOD_FM, run } from './helpers'

const files = ['studio-desk.png', 'kato/Untitled 1.png', 'ep7.mp3', 'featured.jpg', 'notes.pdf']
const check = (body: string, rule: string, bundleFiles: string[] | null = files) => run(episode(GOOD_FM, body), rule, { bundleFiles })

describe('figure-missing-image', () => {
  it.each([
    ['a figure whose file is there', '{{< figure src="studio-desk.png" title="Desk" >}}\n', 0],
    ['a figure, other case (Hugo matches case-insensitively)', '{{< figure src="Studio-Desk.PNG" >}}\n', 0],
    ['a figure whose file is missing', '{{< figure src="mixer.png" >}}\n', 1],
    ['a figure inside a list item', '- Gear\n  {{< figure src="mixer.png" >}}\n', 1],
    ['a library figure (static/img)', '{{< figure src="mixer.png" library="true" >}}\n', 0],
    ['a figure from a URL', '{{< figure src="https://example.org/a.png" >}}\n', 0],
    ['a figure from a site path', '{{< figure src="/img/a.png" >}}\n', 0],
    ['a Notion-style image, URL-encoded', '![kato/Untitled%201.png](kato/Untitled%201.png)\n', 0],
    ['a Markdown image that is missing', '![desk](desk.png)\n', 1],
    ['an image in <angle brackets> with a space', '![k](<kato/Untitled 1.png>)\n', 0],
    ['a raw <img>', '<img src="studio-desk.png" alt="">\n', 0],
    ['a raw <img> that is missing', '<img src="gone.png" alt="">\n', 1],
    ['an audio shortcode', '{{< audio src="ep7.mp3" >}}\n', 0],
    ['a video shortcode that is missing', '{{< video src="clip.mp4" controls="yes" >}}\n', 1],
    ['an image in a code fence is not an image', '```md\n![desk](desk.png)\n```\n', 0],
    ['an image in inline code is not an image', 'Write `![desk](desk.png)` for images.\n', 0],
    ['a link (not an image) to a page', '[next](../0008/)\n', 0],
    ['an escaped shortcode shows literally', '{{</* figure src="mixer.png" */>}}\n', 0]
  ])('%s → %i', (_name, body, count) => {
    expect(check(body, 'figure-missing-image')).toHaveLength(count)
  })

  it('is skipped for a leaf file (no bundle to look in)', () => {
    expect(check('![desk](desk.png)\n', 'figure-missing-image', null)).toEqual([])
  })

  it('points at the src value and says which file is missing', () => {
    const text = episode(GOOD_FM, 'Intro\n\n{{< figure src="mixer.png" title="Mixer" >}}\n')
    const [d] = run(text, 'figure-missing-image', { bundleFiles: files })
    expect(d.severity).toBe('error')
    expect(text.slice(d.from, d.to)).toBe('mixer.png')
    expect(d.line).toBe(11)
    expect(d.column).toBe(17)
    expect(d.message).toBe('The figure "mixer.png" is not in this episode\'s folder, so the page will show a broken image.')
    expect(d.fix).toBeUndefined()
  })

  it('offers the file with the same name in another folder', () => {
    const text = episode(GOOD_FM, '![k](Untitled%201.png)\n\n{{< figure src="Untitled 1.png" >}}\n')
    const [image, figure] = run(text, 'figure-missing-image', { bundleFiles: files })
    expect(image.fix?.label).toBe('Use "kato/Untitled 1.png"')
    expect(image.message).toContain('Did you mean "kato/Untitled 1.png"?')
    // Markdown URLs stay encoded; shortcode parameters are written as the file name.
    expect(applyFix(text, image.fix!.changes)).toContain('![k](kato/Untitled%201.png)')
    expect(applyFix(text, figure.fix!.changes)).toContain('src="kato/Untitled 1.png"')
  })
})

describe('bundle-file-unused', () => {
  it.each([
    ['every file used', '![k](kato/Untitled%201.png)\n{{< figure src="studio-desk.png" >}}\n{{< audio src="ep7.mp3" >}}\n[PDF](notes.pdf)\n', []],
    ['nothing used (featured.jpg is the theme\'s)', 'Just words.\n', ['ep7.mp3', 'kato/Untitled 1.png', 'notes.pdf', 'studio-desk.png']],
    ['a file named in front matter', 'Words.\n', ['ep7.mp3', 'kato/Untitled 1.png', 'studio-desk.png'], 'url_slides: notes.pdf'],
    ['a gallery album uses its folder', '{{< gallery album="kato" >}}\n', ['ep7.mp3', 'notes.pdf', 'studio-desk.png']],
    ['a raw <source>', '<audio controls><source src="ep7.mp3"></audio>\n', ['kato/Untitled 1.png', 'notes.pdf', 'studio-desk.png']]
  ])('%s', (_name, body, unused, extraFm = '') => {
    const text = episode(GOOD_FM + (extraFm ? '\n' + extraFm : ''), body)
    const found = run(text, 'bundle-file-unused', { bundleFiles: files }).map((d) => /"(.+)"/.exec(d.message)![1])
    expect(found.sort()).toEqual(unused)
  })

  it('is an info for the file as a whole, and ignores Markdown resources and dot files', () => {
    const list = run(episode(GOOD_FM, 'Words.\n'), 'bundle-file-unused', { bundleFiles: ['old-cover.png', 'transcript.md', '.DS_Store'] })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ from: 0, to: 0, line: 1, column: 1, severity: 'info' })
    expect(list[0].message).toBe('The file "old-cover.png" in this episode\'s folder is not used by the notes: link it, or remove it before publishing.')
  })
})
