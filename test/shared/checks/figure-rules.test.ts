import { describe, expect, it } from 'vitest'
import { episode, GOOD_FM, run } from './helpers'

const files = ['desk.jpg', 'whiteboard.png', 'leftover.jpg', 'logo.svg']
const images = [
  ['desk.jpg', { width: 4032, height: 3024, location: true }],
  ['whiteboard.png', { width: 1600, height: 1200, location: false }],
  ['leftover.jpg', { width: 3000, height: 4000, location: true }]
] as const
const body = 'Studio day.\n\n{{< figure src="desk.jpg" title="Desk" >}}\n\n![board](whiteboard.png)\n'
const check = (rule: string, options = {}) => run(episode(GOOD_FM, body), rule, { bundleFiles: files, bundleImages: images, ...options })

describe('figure-has-location', () => {
  it('warns for each photo with a GPS position, at its figure (else at the top), with an in-place fix', () => {
    const text = episode(GOOD_FM, body)
    const found = check('figure-has-location')
    expect(found.map((d) => [d.params?.file, d.severity, text.slice(d.from, d.to)])).toEqual([
      ['leftover.jpg', 'warning', ''],
      ['desk.jpg', 'warning', 'desk.jpg']
    ])
    expect(found[1].message).toContain('records where it was taken')
    expect(found[1].fix).toMatchObject({ label: 'Remove the location from "desk.jpg"', changes: [], file: 'desk.jpg' })
  })

  it('says nothing without the photos’ facts (a leaf file, or not read yet)', () => {
    expect(check('figure-has-location', { bundleImages: undefined })).toEqual([])
    expect(run(episode(GOOD_FM, body), 'figure-has-location', { bundleImages: images })).toEqual([])
  })
})

describe('figure-too-large', () => {
  it('notes photos whose long edge is over the limit, with their size', () => {
    const found = check('figure-too-large')
    expect(found.map((d) => [d.params?.file, d.severity, d.params?.width, d.params?.height])).toEqual([
      ['leftover.jpg', 'info', 3000, 4000],
      ['desk.jpg', 'info', 4032, 3024]
    ])
    expect(found[1].message).toBe('The photo "desk.jpg" is 4032×3024 pixels, over the limit of 2560 on its long edge: it makes the page slow and the site\'s repository larger for good.')
    expect(found[1].fix).toMatchObject({ label: 'Shrink "desk.jpg" to 2560 pixels', file: 'desk.jpg' })
  })

  it('follows the Images setting: a higher limit, or 0 for any size', () => {
    expect(check('figure-too-large', { imageMaxEdge: 4000 }).map((d) => d.params?.file)).toEqual(['desk.jpg'])
    expect(check('figure-too-large', { imageMaxEdge: 0 })).toEqual([])
  })
})
