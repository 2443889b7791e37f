// What a dropped file really is, from its first bytes (never from its name): images, audio, video, PDF.
import type { MediaFile } from '../../shared/api'

export interface SniffedType {
  kind: MediaFile['kind']
  /** The usual extension for this type, and others that name the same type. */
  ext: string
  aliases: string[]
}

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to))
const startsWith = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x)

const FTYP_BRANDS: Record<string, SniffedType> = {
  avif: { kind: 'image', ext: 'avif', aliases: [] },
  avis: { kind: 'image', ext: 'avif', aliases: [] },
  heic: { kind: 'image', ext: 'heic', aliases: ['heif'] },
  heix: { kind: 'image', ext: 'heic', aliases: ['heif'] },
  mif1: { kind: 'image', ext: 'heic', aliases: ['heif'] },
  'M4A ': { kind: 'audio', ext: 'm4a', aliases: ['mp4', 'aac'] },
  'M4B ': { kind: 'audio', ext: 'm4a', aliases: ['m4b'] },
  'qt  ': { kind: 'video', ext: 'mov', aliases: [] }
}

export function sniffMedia(b: Uint8Array): SniffedType | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', ext: 'png', aliases: [] }
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: 'image', ext: 'jpg', aliases: ['jpeg', 'jpe'] }
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { kind: 'image', ext: 'gif', aliases: [] }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return { kind: 'image', ext: 'webp', aliases: [] }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return { kind: 'audio', ext: 'wav', aliases: [] }
  if (ascii(b, 0, 2) === 'BM' && b.length > 14) return { kind: 'image', ext: 'bmp', aliases: [] }
  if (ascii(b, 4, 8) === 'ftyp') return FTYP_BRANDS[ascii(b, 8, 12)] ?? { kind: 'video', ext: 'mp4', aliases: ['m4v'] }
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && (b[1] & 0xe6) === 0xe2)) return { kind: 'audio', ext: 'mp3', aliases: [] }
  if (ascii(b, 0, 4) === 'OggS') return { kind: 'audio', ext: 'ogg', aliases: ['oga', 'opus'] }
  if (ascii(b, 0, 4) === 'fLaC') return { kind: 'audio', ext: 'flac', aliases: [] }
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: 'video', ext: 'webm', aliases: ['mkv'] }
  if (ascii(b, 0, 5) === '%PDF-') return { kind: 'other', ext: 'pdf', aliases: [] }
  if (looksLikeSvg(b)) return { kind: 'image', ext: 'svg', aliases: [] }
  return null
}

function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 4096)).replace(/^\uFEFF/, '')
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)
}
