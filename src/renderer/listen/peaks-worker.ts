// A worker that reads a WAV recording piece by piece (a chosen file in slices, a bundle file as the media route's
// stream) and folds it into waveform peaks, so a two-hour recording never sits in memory whole and the window
// stays free.
import { WavPeaks, WavPeaksError } from '../../shared/listen/wav-peaks'

export type PeaksRequest = { source: Blob | string }
export type PeaksResponse =
  | { ok: true; rate: number; duration: number; values: Float32Array }
  | { ok: false; problem: 'not-wav' | 'unsupported-encoding' | 'truncated-header' | 'unreadable' }

const SLICE = 4 << 20

const scope = self as unknown as { onmessage: ((e: MessageEvent<PeaksRequest>) => void) | null; postMessage(message: PeaksResponse, transfer?: Transferable[]): void }

scope.onmessage = async (e) => {
  try {
    const { source } = e.data
    const peaks = new WavPeaks()
    if (typeof source === 'string') {
      const body = (await fetch(source)).body
      if (!body) throw new Error('no body')
      const reader = body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        peaks.push(value)
      }
    } else {
      // A chosen file is read in slices of a few megabytes: far fewer steps than its stream's small chunks.
      for (let at = 0; at < source.size; at += SLICE) peaks.push(new Uint8Array(await source.slice(at, at + SLICE).arrayBuffer()))
    }
    const result = peaks.finish()
    scope.postMessage({ ok: true, rate: result.rate, duration: result.duration, values: result.values }, [result.values.buffer])
  } catch (err) {
    scope.postMessage({ ok: false, problem: err instanceof WavPeaksError ? err.problem : 'unreadable' })
  }
}
