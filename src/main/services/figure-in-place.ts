// Processing a photo already in a bundle, where it is: the figure checks' quick fix and `shownotes images`. The new
// bytes replace the file atomically (a crash leaves the old or the new photo, never half of one); name and format stay.
import { readFile } from 'node:fs/promises'
import { UserError } from '../../shared/user-error'
import { refuseReadOnly, writeFileAtomic } from './atomic-write'
import { processFigure } from './figure-process'
import { sniffMedia } from './media-type'

/** Formats that can be written back under the same name. */
const IN_PLACE = new Set(['jpg', 'png', 'webp', 'avif'])

export interface InPlaceResult {
  before: number
  after: number
  /** False when there was nothing to do (no metadata, within the limit) or the format cannot be processed. */
  changed: boolean
}

/**
 * Strips the photo at `abs` of its metadata and brings it within `maxEdge` (0: any size), in place. `shown` names the
 * file in messages. With `dryRun` the result is worked out and nothing is written.
 */
export async function processInPlace(abs: string, shown: string, maxEdge: number, dryRun = false): Promise<InPlaceResult> {
  const data = new Uint8Array(await readFile(abs))
  const type = sniffMedia(data)
  if (!type || !IN_PLACE.has(type.ext)) return { before: data.byteLength, after: data.byteLength, changed: false }
  const figure = await processFigure(data, type, shown, { maxEdge, format: 'keep' })
  if (!figure.processed) return { before: data.byteLength, after: data.byteLength, changed: false }
  if (figure.ext !== type.ext) throw new UserError(`"${shown}" would change format; it was left as it is.`, 'bad-media')
  if (!dryRun) {
    await refuseReadOnly(abs, shown)
    await writeFileAtomic(abs, figure.data)
  }
  return { before: data.byteLength, after: figure.data.byteLength, changed: true }
}
