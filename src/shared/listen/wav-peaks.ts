// Waveform peaks of a WAV recording read as a stream: the header is parsed as it arrives, then each bucket of
// samples keeps only its loudest value, so a two-hour recording needs a few hundred kilobytes, never the whole file.

export interface Peaks {
  /** Buckets per second of audio. */
  rate: number
  /** The loudest sample of each bucket, 0 … 1, over all channels. */
  values: Float32Array
  /** Seconds of audio read. */
  duration: number
}

/** The peaks found so far, one a bucket, in an array that grows as the recording goes on. */
export class PeakList {
  private values = new Float32Array(1024)
  private count = 0

  add(peak: number): void {
    if (this.count === this.values.length) {
      const grown = new Float32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.count++] = Math.min(1, peak)
  }

  get all(): Float32Array {
    return this.values.slice(0, this.count)
  }
}

interface Format {
  channels: number
  sampleRate: number
  bytesPerSample: number
  float: boolean
}

export type WavProblem = 'not-wav' | 'unsupported-encoding' | 'truncated-header'

/** Feed the file's bytes in order with push(); finish() gives the peaks. Errors are thrown as WavPeaksError. */
export class WavPeaks {
  private header: Uint8Array = new Uint8Array(0)
  private format: Format | null = null
  private dataLeft = Infinity
  private carry: Uint8Array = new Uint8Array(0)
  private peaks = new PeakList()
  private bucketPeak = 0
  private bucketFill = 0
  private samplesPerBucket = 1
  private frames = 0

  constructor(private readonly rate = 20) {}

  push(chunk: Uint8Array): void {
    if (!this.format) {
      this.header = concat(this.header, chunk)
      const found = readHeader(this.header)
      if (!found) {
        if (this.header.length > 1 << 20) throw new WavPeaksError('truncated-header')
        return
      }
      this.format = found.format
      this.dataLeft = found.dataSize
      this.samplesPerBucket = Math.max(1, Math.round(found.format.sampleRate / this.rate))
      const rest = this.header.subarray(found.dataOffset)
      this.header = new Uint8Array(0)
      this.samples(rest)
      return
    }
    this.samples(chunk)
  }

  finish(): Peaks {
    if (!this.format) throw new WavPeaksError(this.header.length >= 12 && isRiffWave(this.header) ? 'truncated-header' : 'not-wav')
    if (this.bucketFill > 0) this.emit()
    return { rate: this.format.sampleRate / this.samplesPerBucket, values: this.peaks.all, duration: this.frames / this.format.sampleRate }
  }

  private samples(bytes: Uint8Array): void {
    const format = this.format!
    if (this.dataLeft <= 0) return
    if (bytes.length > this.dataLeft) bytes = bytes.subarray(0, this.dataLeft)
    this.dataLeft -= bytes.length
    const frameBytes = format.bytesPerSample * format.channels
    const data = this.carry.length ? concat(this.carry, bytes) : bytes
    const whole = data.length - (data.length % frameBytes)
    // 16-bit PCM, the usual recording, read as whole numbers: several times quicker than a DataView per sample.
    if (!format.float && format.bytesPerSample === 2 && data.byteOffset % 2 === 0 && littleEndian) {
      this.samples16(new Int16Array(data.buffer, data.byteOffset, whole / 2), format.channels)
      this.carry = data.slice(whole)
      return
    }
    const view = new DataView(data.buffer, data.byteOffset, whole)
    const read = sampleReader(format, view)
    for (let at = 0; at < whole; at += frameBytes) {
      for (let c = 0; c < format.channels; c++) {
        const v = Math.abs(read(at + c * format.bytesPerSample))
        if (v > this.bucketPeak) this.bucketPeak = v
      }
      this.frames++
      if (++this.bucketFill === this.samplesPerBucket) this.emit()
    }
    this.carry = data.slice(whole)
  }

  private samples16(samples: Int16Array, channels: number): void {
    const per = this.samplesPerBucket
    let peak = Math.round(this.bucketPeak * 32768)
    let fill = this.bucketFill
    for (let i = 0; i < samples.length; ) {
      for (let c = 0; c < channels; c++, i++) {
        const v = samples[i]
        const a = v < 0 ? -v : v
        if (a > peak) peak = a
      }
      if (++fill === per) {
        this.bucketPeak = peak / 32768
        this.emit()
        peak = 0
        fill = 0
      }
    }
    this.frames += samples.length / channels
    this.bucketPeak = peak / 32768
    this.bucketFill = fill
  }

  private emit(): void {
    this.peaks.add(this.bucketPeak)
    this.bucketPeak = 0
    this.bucketFill = 0
  }
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

export class WavPeaksError extends Error {
  constructor(readonly problem: WavProblem) {
    super(problem)
  }
}

export function isRiffWave(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE'
}

function readHeader(bytes: Uint8Array): { format: Format; dataOffset: number; dataSize: number } | null {
  if (bytes.length < 12) return null
  if (!isRiffWave(bytes)) throw new WavPeaksError('not-wav')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let format: Format | null = null
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = ascii(bytes, at, 4)
    const size = view.getUint32(at + 4, true)
    if (id === 'data') {
      if (!format) throw new WavPeaksError('unsupported-encoding')
      // A streaming writer leaves the size at 0 or 0xFFFFFFFF: read to the end of the file then.
      return { format, dataOffset: at + 8, dataSize: size === 0 || size === 0xffffffff ? Infinity : size }
    }
    if (at + 8 + size > bytes.length) return null
    if (id === 'fmt ') format = readFmt(view, at + 8, size)
    at += 8 + size + (size % 2)
  }
  return null
}

function readFmt(view: DataView, at: number, size: number): Format {
  let tag = view.getUint16(at, true)
  const channels = view.getUint16(at + 2, true)
  const sampleRate = view.getUint32(at + 4, true)
  const bits = view.getUint16(at + 14, true)
  if (tag === 0xfffe && size >= 26) tag = view.getUint16(at + 24, true)
  const float = tag === 3
  if ((tag !== 1 && !float) || ![8, 16, 24, 32].includes(bits) || (float && bits !== 32) || channels < 1 || sampleRate < 1) {
    throw new WavPeaksError('unsupported-encoding')
  }
  return { channels, sampleRate, bytesPerSample: bits / 8, float }
}

function sampleReader(format: Format, view: DataView): (at: number) => number {
  if (format.float) return (at) => view.getFloat32(at, true)
  switch (format.bytesPerSample) {
    case 1: return (at) => (view.getUint8(at) - 128) / 128
    case 2: return (at) => view.getInt16(at, true) / 32768
    case 3: return (at) => ((view.getUint8(at + 2) << 24) | (view.getUint8(at + 1) << 16) | (view.getUint8(at) << 8)) / 2147483648
    default: return (at) => view.getInt32(at, true) / 2147483648
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length))
}
