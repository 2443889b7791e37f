// The file kinds in one table: each extension's kind (image, audio, video) and MIME type. Read by the bundle's media
// list (and so the media panel and `src=` completion), bundle usage, pasted images' names and the media route.
import type { MediaFile } from './api'

export type FileKind = MediaFile['kind']

interface FileType {
  kind: Exclude<FileKind, 'other'>
  mime: string
}

// For a MIME type with several extensions, the first one listed is the usual one (`image/jpeg` → jpg).
const FILE_TYPES: Record<string, FileType> = {
  png: { kind: 'image', mime: 'image/png' },
  jpg: { kind: 'image', mime: 'image/jpeg' },
  jpeg: { kind: 'image', mime: 'image/jpeg' },
  jpe: { kind: 'image', mime: 'image/jpeg' },
  gif: { kind: 'image', mime: 'image/gif' },
  webp: { kind: 'image', mime: 'image/webp' },
  avif: { kind: 'image', mime: 'image/avif' },
  svg: { kind: 'image', mime: 'image/svg+xml' },
  bmp: { kind: 'image', mime: 'image/bmp' },
  heic: { kind: 'image', mime: 'image/heic' },
  heif: { kind: 'image', mime: 'image/heif' },
  ico: { kind: 'image', mime: 'image/x-icon' },
  tif: { kind: 'image', mime: 'image/tiff' },
  tiff: { kind: 'image', mime: 'image/tiff' },
  mp3: { kind: 'audio', mime: 'audio/mpeg' },
  m4a: { kind: 'audio', mime: 'audio/mp4' },
  m4b: { kind: 'audio', mime: 'audio/mp4' },
  aac: { kind: 'audio', mime: 'audio/aac' },
  wav: { kind: 'audio', mime: 'audio/wav' },
  ogg: { kind: 'audio', mime: 'audio/ogg' },
  oga: { kind: 'audio', mime: 'audio/ogg' },
  opus: { kind: 'audio', mime: 'audio/ogg' },
  flac: { kind: 'audio', mime: 'audio/flac' },
  mp4: { kind: 'video', mime: 'video/mp4' },
  m4v: { kind: 'video', mime: 'video/mp4' },
  mov: { kind: 'video', mime: 'video/quicktime' },
  webm: { kind: 'video', mime: 'video/webm' },
  mkv: { kind: 'video', mime: 'video/x-matroska' }
}

/** `kato/Untitled 1.PNG` → `png`; '' without one. */
function extensionOf(name: string): string {
  return /\.([^./]+)$/.exec(name)?.[1].toLowerCase() ?? ''
}

/** The kind of a file by its name's extension (`other` for anything not in the table). */
export function fileKind(name: string): FileKind {
  return FILE_TYPES[extensionOf(name)]?.kind ?? 'other'
}

/** The MIME type of an image, audio or video file by its extension; undefined for other files. */
export function mediaMimeType(name: string): string | undefined {
  return FILE_TYPES[extensionOf(name)]?.mime
}

/** The usual extension for a media MIME type (`image/jpeg` → `jpg`); undefined for others. */
export function extensionForMime(mime: string): string | undefined {
  return Object.keys(FILE_TYPES).find((ext) => FILE_TYPES[ext].mime === mime)
}
