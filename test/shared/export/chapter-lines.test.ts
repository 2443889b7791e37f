// Chapter lines written one under another in one paragraph stay one line each in the platform HTML (<br>) and in
// YouTube's plain text (a newline), so YouTube finds the chapters; captions made from a file name stay out.
import { describe, expect, it } from 'vitest'
import { exportHtml } from '../../../src/shared/export/html'
import { findChapters } from '../../../src/shared/chapters/find'

const fm = '---\ntitle: "#4 Cassette futurism"\ndate: 2025-03-08\n---\n\n'

describe('chapter lines in the html export', () => {
  it.each<[string, string, string, string]>([
    ['consecutive timestamp lines', 'Chapters\n00:00 Intro\n05:12 Tape decks\n1:02:03 Goodbye\n', '<p>Chapters<br>00:00 Intro<br>05:12 Tape decks<br>1:02:03 Goodbye</p>', 'Chapters\n00:00 Intro\n05:12 Tape decks\n1:02:03 Goodbye'],
    ['bracketed stamps and a dash', '[00:00] Intro\n[05:12] – Tape\n', '<p>[00:00] Intro<br>[05:12] – Tape</p>', '[00:00] Intro\n[05:12] – Tape'],
    ['bold stamps', '**00:00** Intro\n**05:12** Tape\n', '<p><strong>00:00</strong> Intro<br><strong>05:12</strong> Tape</p>', '00:00 Intro\n05:12 Tape'],
    ['text after the last chapter line', '00:00 Intro\n05:12 Tape\nThanks for listening.\n', '<p>00:00 Intro<br>05:12 Tape<br>Thanks for listening.</p>', '00:00 Intro\n05:12 Tape\nThanks for listening.'],
    ['a hard break already written', '00:00 Intro\\\n05:12 Tape\n', '<p>00:00 Intro<br>05:12 Tape</p>', '00:00 Intro\n05:12 Tape'],
    ['CRLF line endings', '00:00 Intro\r\n05:12 Tape\r\n', '<p>00:00 Intro<br>05:12 Tape</p>', '00:00 Intro\n05:12 Tape'],
    ['a paragraph with no timestamp keeps its soft breaks', 'One line\nand the next\n', '<p>One line and the next</p>', 'One line and the next'],
    ['a list of chapters', '- 00:00 Intro\n- 05:12 Tape\n', '<ul><li>00:00 Intro</li><li>05:12 Tape</li></ul>', '- 00:00 Intro\n- 05:12 Tape']
  ])('%s', (_name, md, html, text) => {
    const out = exportHtml(fm + md)
    expect(out.html).toBe(html)
    expect(out.text).toBe(text)
  })

  it('gives YouTube one chapter per line, as the notes have them', () => {
    const md = 'Chapters\n00:00 Intro\n05:12 Tape decks\n12:40 Walkman\n'
    const { text } = exportHtml(fm + md)
    const youtubeLines = text.split('\n').filter((l) => /^\d{1,2}(:\d{2}){1,2} /.test(l))
    expect(youtubeLines).toHaveLength(findChapters(fm + md).length)
  })
})

describe('auto-made figure captions in the html export', () => {
  it.each<[string, string, string]>([
    ['a pasted image title', '{{< figure src="image-20261203-101307.png" title="Image 20261203 101307" >}}\n\nText\n', '<p>Text</p>'],
    ['a camera file caption', '{{< figure src="IMG_1234.jpg" caption="IMG 1234" >}}\n\nText\n', '<p>Text</p>'],
    ['a written caption stays', '{{< figure src="IMG_1234.jpg" title="The new mic" >}}\n', '<p><em>The new mic</em></p>']
  ])('%s', (_name, md, html) => {
    const out = exportHtml(fm + md)
    expect(out.html).toBe(html)
    expect(out.text).not.toMatch(/Image 2026|IMG 1234/)
  })
})
