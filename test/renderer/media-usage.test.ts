// The media panel's marks come from the unsaved text: a file the text uses is "used", one it does not is
// "unused", and a file the text points at that is not in the bundle is "missing".
import { describe, expect, it } from 'vitest'
import type { MediaFile } from '../../src/shared/api'
import { mediaStates } from '../../src/renderer/state/media-usage'

const file = (name: string, state: MediaFile['state'] = 'unused'): MediaFile => ({ name, size: 1, kind: 'image', state })

describe('media usage', () => {
  it('finds figure sources, Markdown images and links, and raw HTML images, decoded', () => {
    const files = ['desk.png', 'kato/Untitled 1.png', 'notes.pdf', 'raw.jpg', 'a.png'].map((n) => file(n))
    const text = '{{< figure src="desk.png" >}}\n![x](kato/Untitled%201.png)\n<img src="raw.jpg">\n[pdf](notes.pdf)\n[web](https://x.org/a.png)'
    expect(mediaStates(files, text).filter((f) => f.state === 'used').map((f) => f.name)).toEqual(['desk.png', 'kato/Untitled 1.png', 'notes.pdf', 'raw.jpg'])
  })

  it('marks used, unused and missing from the text in the editor', () => {
    const files = [file('desk.png'), file('kato/Untitled 1.png'), file('spare.png', 'used'), file('featured.jpg'), file('gone-on-disk.png', 'missing')]
    const text = '{{< figure src="desk.png" >}}\n![x](kato/Untitled%201.png)\n{{< figure src="lost.png" >}}'
    const states = Object.fromEntries(mediaStates(files, text).map((f) => [f.name, f.state]))
    expect(states).toEqual({ 'desk.png': 'used', 'kato/Untitled 1.png': 'used', 'spare.png': 'unused', 'featured.jpg': 'used', 'lost.png': 'missing' })
  })

  it('matches names case-insensitively, as Hugo finds bundle resources', () => {
    expect(mediaStates([file('Desk.PNG')], '{{< figure src="desk.png" >}}')[0].state).toBe('used')
  })
})
