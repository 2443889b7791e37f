// A worker that reads a WAV recording as a stream (a chosen file, or a bundle file through the media route) and
// folds it into waveform peaks, so a two-hour recording never sits in memory whole and the window stays free.
import { WavPeaks, WavPeaksError } from '../../shared/listen/wav-peaks'

export type PeaksRequest = { source: Blob | string }
export type PeaksResponse =
  | { ok: true; rate: number; duration: number; values: Float32Array }
  | { ok: false; problem: 'not-wav' | 'unsupported-encoding' | 'truncated-header' | 'unreadable' }

const scope = self as unknown as { onmessage: ((e: MessageEvent<PeaksRequest>) => void) | null; postMessage(message: PeaksResponse, transfer?: Transferable[]): void }

scope.onmessage = async (e) => {
  try {
    const { source } = e.data
    const body = typeof source === 'string' ? (await fetch(source)).body : source.stream()
    if (!body) throw new Error('no body')
    const reader = body.getReader()
    const peaks = new WavPeaks()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      peaks.push(value)
    }
    const result = peaks.finish()
    scope.postMessage({ ok: true, rate: result.rate, duration: result.duration, values: result.values }, [result.values.buffer])
  } catch (err) {
    scope.postMessage({ ok: false, problem: err instanceof WavPeaksError ? err.problem : 'unreadable' })
  }
}
