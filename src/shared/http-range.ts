// HTTP Range requests (RFC 9110 §14) for the media route of both shells, so an audio player can seek: which bytes of
// a file of `size` bytes a `Range` header asks for. The transports only turn the answer into 200, 206 or 416.

export type RangeAnswer =
  | { kind: 'full' }
  /** `start` and `end` are inclusive byte offsets, as Content-Range writes them. */
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' }

/** A partial answer never holds more than this, so seeking in a 2-hour WAV never reads it whole into memory. */
export const maxRangeBytes = 8 * 1024 * 1024

/**
 * The answer to `header` for a file of `size` bytes. No header, another unit, or several ranges (players ask for
 * one) are answered in full, as the RFC allows; a malformed or unsatisfiable byte range is a 416. A range longer
 * than `maxBytes` is cut short: the Content-Range says so and the player asks on from there.
 */
export function byteRange(header: string | null | undefined, size: number, maxBytes = maxRangeBytes): RangeAnswer {
  if (!header) return { kind: 'full' }
  const spec = /^\s*bytes\s*=\s*(.*)$/i.exec(header)
  if (!spec) return { kind: 'full' }
  if (spec[1].includes(',')) return { kind: 'full' }
  const m = /^(\d*)-(\d*)$/.exec(spec[1].trim())
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'unsatisfiable' }
  let start: number
  let end: number
  if (m[1] === '') {
    const suffix = Number(m[2])
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(m[1])
    end = m[2] === '' ? size - 1 : Number(m[2])
    if (end < start || start >= size) return { kind: 'unsatisfiable' }
    end = Math.min(end, size - 1)
  }
  return { kind: 'partial', start, end: Math.min(end, start + maxBytes - 1) }
}

// The Content-Range header of an answer: `bytes 0-499/1234`, or `bytes */1234` for a 416.
export function contentRange(answer: RangeAnswer, size: number): string {
  return answer.kind === 'partial' ? `bytes ${answer.start}-${answer.end}/${size}` : `bytes */${size}`
}
