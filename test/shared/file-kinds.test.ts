// The one file-kind table: kinds by extension (any case, in sub-folders), MIME types for the media route, the usual
// extension for a pasted image's type, and the sniffer's answers agreeing with the table.
import { describe, expect, it } from 'vitest'
import { extensionForMime, fileKind, mediaMimeType } from '../../src/shared/file-kinds'
import { sniffMedia } from '../../src/main/services/media-type'

describe('file kinds', () => {
  it.each([
    ['kato/Untitled 1.PNG', 'image'],
    ['photo.jpe', 'image'],
    ['favicon.ico', 'image'],
    ['episode.m4b', 'audio'],
    ['talk.opus', 'audio'],
    ['clip.mov', 'video'],
    ['slides.pdf', 'other'],
    ['README', 'other'],
    ['archive.png.zip', 'other']
  ])('%s is %s', (name, kind) => expect(fileKind(name)).toBe(kind))

  it('gives the media route a MIME type for media files only', () => {
    expect(mediaMimeType('a/b.SVG')).toBe('image/svg+xml')
    expect(mediaMimeType('x.mp3')).toBe('audio/mpeg')
    expect(mediaMimeType('x.webm')).toBe('video/webm')
    expect(mediaMimeType('x.html')).toBeUndefined()
  })

  it('names a MIME type by its usual extension', () => {
    expect(extensionForMime('image/jpeg')).toBe('jpg')
    expect(extensionForMime('image/svg+xml')).toBe('svg')
    expect(extensionForMime('audio/mp4')).toBe('m4a')
    expect(extensionForMime('application/pdf')).toBeUndefined()
  })

  it('agrees with what the content sniffer calls each extension', () => {
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))
    const samples: number[][] = [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff, 0xe0],
      ascii('GIF89a'),
      ascii('RIFF\0\0\0\0WEBP'),
      ascii('RIFF\0\0\0\0WAVE'),
      ascii('\0\0\0\x20ftypavif'),
      ascii('\0\0\0\x20ftypheic'),
      ascii('\0\0\0\x20ftypM4A '),
      ascii('\0\0\0\x20ftypqt  '),
      ascii('\0\0\0\x20ftypisom'),
      ascii('ID3\x04'),
      ascii('OggS'),
      ascii('fLaC'),
      [0x1a, 0x45, 0xdf, 0xa3],
      ascii('<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    ]
    for (const bytes of samples) {
      const sniffed = sniffMedia(new Uint8Array(bytes))
      expect(sniffed, String(bytes)).not.toBeNull()
      // (Aliases may cross kinds: an M4A audio file may be named .mp4.)
      expect(fileKind(`x.${sniffed!.ext}`), sniffed!.ext).toBe(sniffed!.kind)
    }
  })
})
