// Waveform peaks from decoded audio handed over piece by piece (a segment of an MP3, a small file decoded whole):
// each bucket keeps only its loudest sample, so the pieces can be dropped as soon as they are folded in.
import { PeakList, type Peaks } from './wav-peaks'

export class PeakFold {
  private peaks = new PeakList()
  private bucketPeak = 0
  private bucketFill = 0
  private frames = 0
  private readonly samplesPerBucket: number

  constructor(private readonly sampleRate: number, rate = 20) {
    this.samplesPerBucket = Math.max(1, Math.round(sampleRate / rate))
  }

  /** One piece of decoded audio: the channels' samples, all of the same length. */
  push(channels: readonly Float32Array[]): void {
    const length = channels[0]?.length ?? 0
    for (let i = 0; i < length; i++) {
      for (const channel of channels) {
        const v = Math.abs(channel[i])
        if (v > this.bucketPeak) this.bucketPeak = v
      }
      if (++this.bucketFill === this.samplesPerBucket) this.emit()
    }
    this.frames += length
  }

  finish(): Peaks {
    if (this.bucketFill > 0) this.emit()
    return { rate: this.sampleRate / this.samplesPerBucket, values: this.peaks.all, duration: this.frames / this.sampleRate }
  }

  private emit(): void {
    this.peaks.add(this.bucketPeak)
    this.bucketPeak = 0
    this.bucketFill = 0
  }
}
