// Figure captions made from a file name ("Image 20261203 101307", "IMG 1234") are flagged; written and empty ones are not.
import { describe, expect, it } from 'vitest'
import { isPlaceholderCaption } from '../../../src/shared/figure-caption'
import { checkText } from '../../../src/renderer/check-messages'
import { episode, GOOD_FM, run } from './helpers'

describe('isPlaceholderCaption', () => {
  it.each([
    ['Image 20261203 101307', true],
    ['IMG 1234', true],
    ['IMG_1234.jpg', true],
    ['Screenshot 2026-01-02 at 10.11.12', true],
    ['Screen Shot 2020-12-22 at 10.03.00 PM', true],
    ['スクリーンショット 2026-01-02 10.11.12', true],
    ['Untitled 1', true],
    ['PXL 20240101 123456789', true],
    ['', false],
    ['The new mic', false],
    ['Image of the desk', false],
    ['Image 2 of the studio', false],
    ['Studio desk 02', false],
    ['2024 tour', false],
    ['新しいマイク', false]
  ])('%j → %s', (caption, made) => {
    expect(isPlaceholderCaption(caption)).toBe(made)
  })
})

describe('figure-caption-placeholder', () => {
  it.each([
    ['a pasted image', '{{< figure src="image-20261203-101307.png" title="Image 20261203 101307" numbered="true" >}}\n', 1],
    ['a camera file, caption=', '{{< figure src="IMG_1234.jpg" caption="IMG 1234" >}}\n', 1],
    ['a written caption', '{{< figure src="IMG_1234.jpg" title="The new mic" >}}\n', 0],
    ['no caption', '{{< figure src="IMG_1234.jpg" >}}\n', 0],
    ['an empty title', '{{< figure src="IMG_1234.jpg" title="" >}}\n', 0]
  ])('%s → ×%i', (_name, body, count) => {
    expect(run(episode(GOOD_FM, body), 'figure-caption-placeholder')).toHaveLength(count)
  })

  it('marks the caption, as a warning, in English and Japanese', () => {
    const text = episode(GOOD_FM, '- Desk\n  {{< figure src="image-20261203-101307.png" title="Image 20261203 101307" >}}\n')
    const [d] = run(text, 'figure-caption-placeholder')
    expect(d.severity).toBe('warning')
    expect(text.slice(d.from, d.to)).toBe('Image 20261203 101307')
    expect(d.message).toContain('"Image 20261203 101307" was made from the image\'s file name')
    expect(checkText('ja', d)).toContain('キャプション "Image 20261203 101307" は画像のファイル名から作られたもの')
  })
})
