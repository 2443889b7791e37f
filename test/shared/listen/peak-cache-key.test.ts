// The waveform cache knows a recording by name, size and modification time: a re-exported file gets new peaks,
// the same file chosen again (from another folder, too) finds the old ones.
import { describe, expect, it } from 'vitest'
import { peakCacheKey } from '../../../src/shared/listen/peak-cache-key'
import { decodePeaks, encodePeaks } from '../../../src/shared/listen/peaks-codec'
import { PeakFold } from '../../../src/shared/listen/peak-fold'
import { isAudioName, recordingUrlOf } from '../../../src/shared/listen/recording-url'

const file = { name: 'Episode 34.wav', size: 48_000_044, mtime: 1733221234567.8 }

describe('peak cache key', () => {
  it('is the same for the same file, wherever it sits', () => {
    expect(peakCacheKey(file)).toBe(peakCacheKey({ ...file }))
    expect(peakCacheKey({ ...file, name: '/Users/mika/Recordings/Episode 34.wav' })).toBe(peakCacheKey(file))
    expect(peakCacheKey({ ...file, name: 'C:\\Audio\\episode 34.WAV' })).toBe(peakCacheKey(file))
  })

  it('changes when the file was written again (size or time) or is another file', () => {
    expect(peakCacheKey({ ...file, size: file.size + 2 })).not.toBe(peakCacheKey(file))
    expect(peakCacheKey({ ...file, mtime: file.mtime + 1000 })).not.toBe(peakCacheKey(file))
    expect(peakCacheKey({ ...file, name: 'Episode 35.wav' })).not.toBe(peakCacheKey(file))
  })

  it('writes whole milliseconds, so the window and the disk agree on a file', () => {
    expect(peakCacheKey(file)).toBe('v1 48000044 1733221234567 episode 34.wav')
  })
})

describe('peaks for the cache', () => {
  it('travel as one byte per bucket and come back within 1/255', () => {
    const values = new Float32Array([0, 0.25, 0.5, 1, 0.003])
    const back = decodePeaks(encodePeaks({ rate: 20, duration: 0.25, values }))
    expect(back.rate).toBe(20)
    expect(back.duration).toBe(0.25)
    back.values.forEach((v, i) => expect(Math.abs(v - values[i])).toBeLessThanOrEqual(1 / 255))
  })

  it('fold decoded pieces into the loudest sample of each bucket, across pieces and channels', () => {
    const fold = new PeakFold(100, 10)
    fold.push([new Float32Array(15).fill(0.1), new Float32Array(15).fill(-0.6)])
    fold.push([new Float32Array(10).fill(0.3), new Float32Array(10).fill(0)])
    const peaks = fold.finish()
    expect(peaks.rate).toBe(10)
    expect(peaks.duration).toBeCloseTo(0.25)
    expect([...peaks.values].map((v) => +v.toFixed(2))).toEqual([0.6, 0.6, 0.3])
  })
})

describe('the recording a front matter names', () => {
  it('reads enclosure and audio fields, as strings or maps, https only', () => {
    expect(recordingUrlOf({ enclosure: 'https://cdn.example.com/34.mp3' })).toBe('https://cdn.example.com/34.mp3')
    expect(recordingUrlOf({ audio: { url: 'https://cdn.example.com/34.m4a', length: 123 } })).toBe('https://cdn.example.com/34.m4a')
    expect(recordingUrlOf({ podcast: { mp3: 'https://cdn.example.com/p.mp3' } })).toBe('https://cdn.example.com/p.mp3')
    expect(recordingUrlOf({ enclosure: 'http://cdn.example.com/34.mp3' })).toBeNull()
    expect(recordingUrlOf({ enclosure: 'javascript:alert(1)' })).toBeNull()
    expect(recordingUrlOf({ title: 'https://example.com/not-audio' })).toBeNull()
    expect(recordingUrlOf(null)).toBeNull()
  })

  it('knows audio files by name', () => {
    expect(['a.mp3', 'b.M4A', 'c.wav', 'd.ogg', 'e.opus', 'f.flac', 'g.aac'].every(isAudioName)).toBe(true)
    expect(['a.png', 'b.md', 'mp3'].some(isAudioName)).toBe(false)
  })
})
