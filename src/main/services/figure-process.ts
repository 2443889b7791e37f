// Figures made fit to publish, with sharp (libvips): the photo turned upright by its EXIF orientation, every block
// that could name a place or a device dropped (EXIF with GPS and maker notes, XMP, IPTC, PNG text), the colour
// profile kept as sRGB, the long edge brought within the limit. GIF, SVG and what sharp cannot read stay as they are.
import { join } from 'node:path'
import type SharpModule from 'sharp'
import { readExif } from '../../shared/exif'
import { UserError } from '../../shared/user-error'
import type { SniffedType } from './media-type'

export interface FigureOptions {
  /** The longest edge a figure may have, in pixels; 0 keeps every size. */
  maxEdge: number
  /** 'webp' re-encodes photos as WebP; 'keep' keeps their format. */
  format: 'keep' | 'webp'
}

// sharp (with libvips) takes a few hundred milliseconds to load: only when a photo is first looked at, not at start-up.
let loading: Promise<typeof SharpModule> | null = null
const loadSharp = () => (loading ??= import('sharp').then((m) => m.default))

export const defaultFigureOptions: FigureOptions = { maxEdge: 2560, format: 'keep' }

export interface ProcessedFigure {
  data: Uint8Array
  /** The extension the result should have (changes only for WebP or a HEIC photo made JPEG). */
  ext: string
  /** False when the bytes were kept as they came (GIF, SVG, a format sharp cannot read, nothing to do). */
  processed: boolean
}

/** What sharp can read and write again in the same format (HEIC's HEVC is not in its prebuilt libvips: made JPEG). */
const PHOTO_FORMATS = new Set(['jpg', 'png', 'webp', 'avif', 'heic'])

/** A script, an event handler or a `javascript:` link: what makes an SVG more than a picture. */
const SVG_SCRIPT = /<script[\s>/]|\son[a-z]+\s*=|javascript:|<foreignObject[\s>/]/i

/** The figure's bytes as they should go into the bundle. Throws a UserError for an SVG with a script or a broken photo. */
export async function processFigure(data: Uint8Array, type: SniffedType, fileName: string, options: FigureOptions): Promise<ProcessedFigure> {
  const asIs = { data, ext: type.ext, processed: false }
  if (type.ext === 'svg') {
    if (SVG_SCRIPT.test(new TextDecoder('utf-8', { fatal: false }).decode(data))) {
      throw new UserError(`"${fileName}" is an SVG with a script in it; it was not added. Export it again without scripts (or as PNG).`, 'svg-script')
    }
    return asIs
  }
  if (!PHOTO_FORMATS.has(type.ext)) return asIs // GIF (animation), BMP, ICO …: copied as they are
  // Headers sharp cannot read: a file it does not know, copied as it is. Headers it reads but pixels it cannot decode
  // (a photo cut short) are refused below: that photo is broken.
  const sharp = await loadSharp()
  const meta = await sharp(data).metadata().catch(() => null)
  if (!meta || (meta.pages ?? 1) > 1) return asIs // an animated WebP keeps its frames
  const longEdge = Math.max(meta.width ?? 0, meta.height ?? 0)
  const tooLarge = options.maxEdge > 0 && longEdge > options.maxEdge
  const format = options.format === 'webp' ? 'webp' : type.ext === 'heic' ? 'jpg' : type.ext
  const identifying = Boolean(meta.exif || meta.xmp || meta.iptc || meta.comments?.length)
  if (!identifying && !tooLarge && format === type.ext && (meta.orientation ?? 1) === 1 && !meta.icc) return asIs

  let pipeline = sharp(data).autoOrient()
  // A square box with fit inside bounds the long edge whichever way the photo is turned (sizes are after autoOrient).
  if (tooLarge) pipeline = pipeline.resize({ width: options.maxEdge, height: options.maxEdge, fit: 'inside', withoutEnlargement: true, kernel: 'lanczos3' })
  // Without keepMetadata/withMetadata sharp writes none of EXIF, XMP, IPTC or text; the profile is added back as sRGB.
  if (meta.icc) pipeline = pipeline.withIccProfile('srgb')
  pipeline =
    format === 'webp' ? pipeline.webp({ quality: 82 })
    : format === 'png' ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
    : format === 'avif' ? pipeline.avif({ quality: 60 })
    : pipeline.jpeg({ quality: 85, progressive: true })
  let out: Buffer
  try {
    out = await pipeline.toBuffer()
  } catch {
    if (type.ext === 'heic') return asIs // HEVC is not in sharp's prebuilt libvips: copied, as the camera wrote it
    throw unreadable(fileName)
  }
  return { data: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), ext: format, processed: true }
}

function unreadable(fileName: string): UserError {
  return new UserError(`"${fileName}" could not be read as an image (it may be damaged or cut short); nothing was written.`, 'image-unreadable')
}

/** What the checks need to know of a bundle image: its upright size and whether it records where it was taken. */
export interface FigureFacts {
  width: number
  height: number
  location: boolean
}

/** Names of the photos the figure checks and `shownotes images` look at. */
export const PHOTO_NAME = /\.(jpe?g|jpe|png|webp|avif|heic|heif)$/i

/** The facts of a photo (headers only, nothing decoded); null for other files and what sharp cannot read. */
export async function figureFacts(path: string): Promise<FigureFacts | null> {
  if (!PHOTO_NAME.test(path)) return null
  const sharp = await loadSharp()
  const meta = await sharp(path).metadata().catch(() => null)
  if (!meta?.width || !meta.height) return null
  const turned = (meta.orientation ?? 1) >= 5
  return { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height, location: readExif(meta.exif).location }
}

/** The facts of a bundle's photos (`files` bundle-relative) for the figure checks, as [file, facts] pairs. */
export async function bundleImageFacts(bundleDir: string, files: readonly string[]): Promise<[string, FigureFacts][]> {
  const photos = files.filter((f) => PHOTO_NAME.test(f))
  const facts = await Promise.all(photos.map((f) => figureFacts(join(bundleDir, f))))
  return photos.flatMap((f, i) => (facts[i] ? [[f, facts[i]] as [string, FigureFacts]] : []))
}
