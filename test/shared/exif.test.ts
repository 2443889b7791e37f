import { describe, expect, it } from 'vitest'
import { readExif } from '../../src/shared/exif'

/** A TIFF block: the byte order, IFD0 with `entries` ([tag, type, count, value]) and an optional GPS IFD. */
function tiff(little: boolean, ifd0: [number, number, number, number][], gps: number[] = [], prefix = true): Uint8Array {
  const gpsAt = 8 + 2 + (ifd0.length + (gps.length ? 1 : 0)) * 12 + 4
  const entries: [number, number, number, number][] = [...ifd0, ...(gps.length ? [[0x8825, 4, 1, gpsAt] as [number, number, number, number]] : [])]
  const size = gpsAt + (gps.length ? 2 + gps.length * 12 + 4 : 0)
  const view = new DataView(new ArrayBuffer(size))
  view.setUint16(0, little ? 0x4949 : 0x4d4d)
  view.setUint16(2, 42, little)
  view.setUint32(4, 8, little)
  view.setUint16(8, entries.length, little)
  entries.forEach(([tag, type, count, value], i) => {
    const at = 10 + i * 12
    view.setUint16(at, tag, little)
    view.setUint16(at + 2, type, little)
    view.setUint32(at + 4, count, little)
    if (type === 3) view.setUint16(at + 8, value, little)
    else view.setUint32(at + 8, value, little)
  })
  if (gps.length) {
    view.setUint16(gpsAt, gps.length, little)
    gps.forEach((tag, i) => view.setUint16(gpsAt + 2 + i * 12, tag, little))
  }
  const body = new Uint8Array(view.buffer)
  return prefix ? new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, ...body]) : body
}

describe('readExif', () => {
  it.each<[string, Uint8Array | null, { location: boolean; orientation?: number }]>([
    ['no block', null, { location: false }],
    ['GPS latitude and longitude, little-endian', tiff(true, [[0x0112, 3, 1, 6]], [0, 1, 2, 3, 4]), { location: true, orientation: 6 }],
    ['the same, big-endian, without the Exif prefix', tiff(false, [[0x0112, 3, 1, 8]], [0, 1, 2, 3, 4], false), { location: true, orientation: 8 }],
    ['a GPS block with only its version (no place)', tiff(true, [], [0]), { location: false }],
    ['only a longitude', tiff(true, [], [4]), { location: true }],
    ['an orientation out of range', tiff(true, [[0x0112, 3, 1, 42]]), { location: false }],
    ['not TIFF', new TextEncoder().encode('Exif\0\0garbage that is no TIFF'), { location: false }]
  ])('%s', (_name, block, facts) => {
    expect(readExif(block)).toEqual(facts)
  })

  it('never throws on a block cut anywhere', () => {
    const whole = tiff(true, [[0x0112, 3, 1, 6]], [1, 2, 3, 4])
    for (let n = 0; n <= whole.length; n++) expect(() => readExif(whole.subarray(0, n))).not.toThrow()
  })

  it('ignores a GPS pointer past the end of the block', () => {
    expect(readExif(tiff(true, [[0x8825, 4, 1, 99999]]))).toEqual({ location: false })
  })
})
