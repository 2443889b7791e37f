// Peaks of compressed recordings, decoded in the window (Web Audio is not available in workers): an MP3 in
// segments of about 1 MB, each folded into peaks and dropped at once; other formats whole, and only when small.
import { PeakFold } from '../../shared/listen/peak-fold'
import type { Peaks } from '../../shared/listen/wav-peaks'

const SEGMENT = 1 << 20
/** Larger recordings in formats that cannot be cut into segments get no waveform. */
export const wholeDecodeLimit = 20 * 1024 * 1024
// Decoded at a low rate: a waveform needs loudness, not fidelity, and each segment's buffer stays small.
const DECODE_RATE = 8000

function decoder(): BaseAudioContext {
  return new OfflineAudioContext(1, 1, DECODE_RATE)
}

function fold(into: PeakFold, buffer: AudioBuffer): void {
  const channels: Float32Array[] = []
  for (let c = 0; c < buffer.numberOfChannels; c++) channels.push(buffer.getChannelData(c))
  into.push(channels)
}

/** An MP3 as a Blob, decoded segment by segment; `signal` stops it between segments. */
export async function mp3Peaks(file: Blob, signal: AbortSignal): Promise<Peaks> {
  const ctx = decoder()
  const peaks = new PeakFold(DECODE_RATE)
  for (let at = 0; at < file.size; at += SEGMENT) {
    if (signal.aborted) throw new DOMException('stopped', 'AbortError')
    const bytes = await file.slice(at, at + SEGMENT).arrayBuffer()
    // A segment cut mid-frame loses a few milliseconds at its edges: nothing a waveform shows.
    const buffer = await ctx.decodeAudioData(bytes).catch(() => null)
    if (buffer) fold(peaks, buffer)
  }
  return peaks.finish()
}

/** Any format the runtime decodes, whole: only for files up to `wholeDecodeLimit`. */
export async function wholePeaks(file: Blob): Promise<Peaks> {
  const buffer = await decoder().decodeAudioData(await file.arrayBuffer())
  const peaks = new PeakFold(buffer.sampleRate)
  fold(peaks, buffer)
  return peaks.finish()
}
