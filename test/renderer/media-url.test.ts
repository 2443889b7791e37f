// Media addresses of either shell, and back: web mode's carry the run's capability after `/media/`.
import { afterEach, describe, expect, it } from 'vitest'
import { mediaPath, mediaUrl, setMediaBase } from '../../src/renderer/media-url'

describe('media addresses', () => {
  afterEach(() => setMediaBase('/media/'))

  it('encodes each part of the workspace path under the base, and reads it back', () => {
    expect(mediaUrl('content/talk/0001/desk photo.png')).toBe('/media/content/talk/0001/desk%20photo.png')
    setMediaBase('/media/cap123/')
    const url = mediaUrl('content/talk/0001/kato/Untitled 1#.png')
    expect(url).toBe('/media/cap123/content/talk/0001/kato/Untitled%201%23.png')
    expect(mediaPath(url)).toBe('content/talk/0001/kato/Untitled 1#.png')
  })

  it('reads no path from other addresses', () => {
    setMediaBase('/media/cap123/')
    expect(mediaPath('https://example.com/a.png')).toBeNull()
    expect(mediaPath('/media/other/a.png')).toBeNull()
  })

  it('keeps a malformed escape as written (the missing-image label shows it, nothing throws)', () => {
    setMediaBase('/media/cap123/')
    expect(mediaPath('/media/cap123/kato/%E0%A4%A%20x.png')).toBe('kato/%E0%A4%A x.png')
  })
})
