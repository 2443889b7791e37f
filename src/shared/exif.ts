// Reads just enough of a photo's EXIF block (the TIFF structure an image library hands back) to say whether it
// carries a place (a GPS position) and how the camera was turned. Pure: bytes in, facts out; never throws.

export interface ExifFacts {
  /** A GPS latitude or longitude is recorded. */
  location: boolean
  /** The EXIF orientation (1–8), when given. */
  orientation?: number
}

const GPS_POINTER = 0x8825
const ORIENTATION = 0x0112
// GPSLatitude, GPSLongitude (and their refs): a GPS block with only a version number names no place.
const GPS_PLACE_TAGS = new Set([0x0001, 0x0002, 0x0003, 0x0004])

/** The facts of an EXIF block (with or without its `Exif\0\0` prefix); a damaged block gives what could be read. */
export function readExif(block: Uint8Array | null | undefined): ExifFacts {
  const facts: ExifFacts = { location: false }
  if (!block || block.length < 8) return facts
  let base = 0
  if (block[0] === 0x45 && block[1] === 0x78 && block[2] === 0x69 && block[3] === 0x66) base = 6 // "Exif\0\0"
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength)
  const order = view.getUint16(base)
  if (order !== 0x4949 && order !== 0x4d4d) return facts
  const little = order === 0x4949
  const u16 = (at: number) => (at + 2 <= block.length ? view.getUint16(at, little) : null)
  const u32 = (at: number) => (at + 4 <= block.length ? view.getUint32(at, little) : null)
  if (u16(base + 2) !== 42) return facts

  /** The entries of the IFD at `offset` (from the TIFF header) as [tag, entry position]. */
  const entries = (offset: number | null): [number, number][] => {
    if (offset === null || offset <= 0) return []
    const at = base + offset
    const count = u16(at)
    if (count === null || count > 1000) return []
    const out: [number, number][] = []
    for (let i = 0; i < count; i++) {
      const entry = at + 2 + i * 12
      const tag = u16(entry)
      if (tag === null || entry + 12 > block.length) break
      out.push([tag, entry])
    }
    return out
  }

  for (const [tag, entry] of entries(u32(base + 4))) {
    if (tag === ORIENTATION) {
      const value = u16(entry + 8)
      if (value !== null && value >= 1 && value <= 8) facts.orientation = value
    } else if (tag === GPS_POINTER) {
      facts.location = entries(u32(entry + 8)).some(([gpsTag]) => GPS_PLACE_TAGS.has(gpsTag))
    }
  }
  return facts
}
