// Peaks as they travel to the cache and back: one byte per bucket (0 … 255) in base64, a two-hour recording at
// 20 buckets a second is about 190 KB of text. A waveform drawn a few hundred pixels high loses nothing by it.
import type { Peaks } from './wav-peaks'

export interface StoredPeaks {
  rate: number
  duration: number
  /** base64 of one byte per bucket. */
  data: string
}

export function encodePeaks(peaks: Peaks): StoredPeaks {
  const bytes = new Uint8Array(peaks.values.length)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(Math.min(1, Math.max(0, peaks.values[i])) * 255)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { rate: peaks.rate, duration: peaks.duration, data: btoa(binary) }
}

export function decodePeaks(stored: StoredPeaks): Peaks {
  const binary = atob(stored.data)
  const values = new Float32Array(binary.length)
  for (let i = 0; i < binary.length; i++) values[i] = binary.charCodeAt(i) / 255
  return { rate: stored.rate, duration: stored.duration, values }
}
