// The waveform of the recording being listened to: from the data folder's cache when the same file was drawn
// before, else computed (WAV streamed through a worker; MP3 in segments and small files whole, in the window)
// and cached. Remote recordings get none: they would have to be downloaded whole.
import type { ApiArgs } from '../../shared/api'
import { decodePeaks, encodePeaks } from '../../shared/listen/peaks-codec'
import type { Peaks } from '../../shared/listen/wav-peaks'
import { api } from '../api'
import { mp3Peaks, wholeDecodeLimit, wholePeaks } from './decode-peaks'
import type { PeaksRequest, PeaksResponse } from './peaks-worker'

export type PeaksResult = { ok: true; peaks: Peaks } | { ok: false; why: 'format' | 'remote' | 'failed' }

export interface PeaksInput {
  /** The file's name (its extension picks the reader). */
  name: string
  /** A chosen file, or the media route's URL of a bundle file. */
  data: Blob | string
  /** How the data folder's cache knows the file; null: not cached (a remote recording). */
  cacheAs: ApiArgs<'listen.peaks'>['file'] | null
  size: number
}

function kindOf(name: string): 'wav' | 'mp3' | 'other' {
  const ext = name.toLowerCase().split('.').pop()
  return ext === 'wav' || ext === 'wave' ? 'wav' : ext === 'mp3' ? 'mp3' : 'other'
}

function inWorker(source: Blob | string): Promise<PeaksResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./peaks-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<PeaksResponse>) => {
      worker.terminate()
      resolve(e.data)
    }
    worker.onerror = () => {
      worker.terminate()
      resolve({ ok: false, problem: 'unreadable' })
    }
    worker.postMessage({ source } satisfies PeaksRequest)
  })
}

async function compute(input: PeaksInput, signal: AbortSignal): Promise<PeaksResult> {
  const kind = kindOf(input.name)
  if (kind === 'wav') {
    const r = await inWorker(input.data)
    return r.ok ? { ok: true, peaks: r } : { ok: false, why: r.problem === 'unreadable' ? 'failed' : 'format' }
  }
  if (kind === 'other' && input.size > wholeDecodeLimit) return { ok: false, why: 'format' }
  const blob = typeof input.data === 'string' ? await (await fetch(input.data)).blob() : input.data
  try {
    return { ok: true, peaks: kind === 'mp3' ? await mp3Peaks(blob, signal) : await wholePeaks(blob) }
  } catch {
    return { ok: false, why: signal.aborted ? 'failed' : 'format' }
  }
}

/** The recording's peaks; `signal` abandons the work when another recording is chosen. */
export async function recordingPeaks(input: PeaksInput, signal: AbortSignal): Promise<PeaksResult> {
  if (!input.cacheAs) return { ok: false, why: 'remote' }
  const cached = await api.listen.peaks({ file: input.cacheAs }).catch(() => null)
  if (cached) return { ok: true, peaks: decodePeaks(cached) }
  const result = await compute(input, signal)
  if (result.ok && !signal.aborted) void api.listen.keepPeaks({ file: input.cacheAs, peaks: encodePeaks(result.peaks) }).catch(() => undefined)
  return result
}
