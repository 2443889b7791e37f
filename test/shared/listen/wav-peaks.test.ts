// Waveform peaks from a WAV stream: the right loudness per bucket, whatever the chunking, in bounded memory.
import { describe, expect, it } from 'vitest'
import { WavPeaks, WavPeaksError } from '../../../src/shared/listen/wav-peaks'

/** A WAV file made here: `seconds` of a tone whose loudness steps up each second (0.1, 0.2, …). */
function wav(options: { seconds: number; rate?: number; channels?: number; bits?: 8 | 16 | 24 | 32; float?: boolean; extraChunk?: boolean }): Uint8Array {
  const { seconds, rate = 8000, channels = 1, bits = 16, float = false } = options
  const bytesPerSample = bits / 8
  const frames = seconds * rate
  const extra = options.extraChunk ? 8 + 6 : 0
  const dataSize = frames * channels * bytesPerSample
  const buf = new ArrayBuffer(44 + extra + dataSize)
  const v = new DataView(buf)
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)))
  text(0, 'RIFF'); v.setUint32(4, 36 + extra + dataSize, true); text(8, 'WAVE')
  text(12, 'fmt '); v.setUint32(16, 16, true); v.setUint16(20, float ? 3 : 1, true); v.setUint16(22, channels, true)
  v.setUint32(24, rate, true); v.setUint32(28, rate * channels * bytesPerSample, true); v.setUint16(32, channels * bytesPerSample, true); v.setUint16(34, bits, true)
  let at = 36
  if (options.extraChunk) { text(at, 'LIST'); v.setUint32(at + 4, 6, true); at += 14 }
  text(at, 'data'); v.setUint32(at + 4, dataSize, true); at += 8
  for (let f = 0; f < frames; f++) {
    const loud = 0.1 * (Math.floor(f / rate) + 1)
    const s = Math.sin((f / rate) * 2 * Math.PI * 440) * loud
    for (let c = 0; c < channels; c++, at += bytesPerSample) {
      if (float) v.setFloat32(at, s, true)
      else if (bits === 8) v.setUint8(at, Math.round(s * 127) + 128)
      else if (bits === 16) v.setInt16(at, Math.round(s * 32767), true)
      else if (bits === 24) { const n = Math.round(s * 8388607); v.setUint8(at, n & 255); v.setUint8(at + 1, (n >> 8) & 255); v.setUint8(at + 2, (n >> 16) & 255) }
      else v.setInt32(at, Math.round(s * 2147483647), true)
    }
  }
  return new Uint8Array(buf)
}

function peaksOf(bytes: Uint8Array, chunk: number, rate = 1) {
  const reader = new WavPeaks(rate)
  for (let at = 0; at < bytes.length; at += chunk) reader.push(bytes.subarray(at, at + chunk))
  return reader.finish()
}

describe('WavPeaks', () => {
  it.each([
    ['16-bit mono', { seconds: 4 }],
    ['8-bit', { seconds: 4, bits: 8 as const }],
    ['24-bit stereo', { seconds: 4, bits: 24 as const, channels: 2 }],
    ['32-bit float', { seconds: 4, bits: 32 as const, float: true }],
    ['32-bit int with a LIST chunk', { seconds: 4, bits: 32 as const, extraChunk: true }]
  ])('%s: one peak a second, each louder than the last', (_name, options) => {
    const peaks = peaksOf(wav(options), 777)
    expect(peaks.duration).toBe(4)
    expect(peaks.values.length).toBe(4)
    ;[0.1, 0.2, 0.3, 0.4].forEach((loud, i) => expect(peaks.values[i]).toBeCloseTo(loud, 1))
  })

  it('gives the same peaks however the stream is cut', () => {
    const bytes = wav({ seconds: 3, channels: 2 })
    const whole = peaksOf(bytes, bytes.length, 10)
    for (const chunk of [1, 3, 7, 44, 4096]) expect(peaksOf(bytes, chunk, 10).values).toEqual(whole.values)
  })

  it('refuses what is not a WAV, and compressed WAV, with a reason', () => {
    const problem = (bytes: Uint8Array) => {
      try {
        peaksOf(bytes, 100)
      } catch (err) {
        return (err as WavPeaksError).problem
      }
      return 'none'
    }
    expect(problem(new TextEncoder().encode('ID3\u0004 an mp3 file, not a wav'))).toBe('not-wav')
    const adpcm = wav({ seconds: 1 })
    new DataView(adpcm.buffer).setUint16(20, 2, true)
    expect(problem(adpcm)).toBe('unsupported-encoding')
    expect(problem(wav({ seconds: 1 }).subarray(0, 30))).toBe('truncated-header')
  })
})
