// `shownotes images DIR [--strip-location] [--max-edge N] [--dry-run]`: the photos already in a site, processed where
// they are: the GPS position (with every other metadata block) removed and the long edge brought within N pixels.
import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { imageMaxEdgeLimit } from '../../shared/setting-limits'
import { defaultImageMaxEdge } from '../../shared/checks/facts'
import { UserError } from '../../shared/user-error'
import { isTempName } from '../../main/services/atomic-write'
import { isIgnoredFolder } from '../../main/services/episode-scan'
import { processInPlace } from '../../main/services/figure-in-place'
import { figureFacts } from '../../main/services/figure-process'
import { parseCliArgs } from '../args'
import type { CliIo } from '../index'
import { shownFromCwd } from '../shown-path'

const USAGE = 'Usage: shownotes images DIR [--strip-location] [--max-edge N] [--dry-run]'
const HELP = `${USAGE}

Processes the photos (JPEG, PNG, WebP, AVIF) under DIR in place, each replaced atomically under its own name:
  --strip-location  photos that record where they were taken (EXIF GPS)
  --max-edge N      photos whose long edge is over N pixels are shrunk to N
With neither, both: --strip-location --max-edge ${defaultImageMaxEdge}. A processed photo loses every metadata block
(GPS, camera and maker notes, XMP, IPTC, text), is turned upright and keeps its colour profile as sRGB.
--dry-run says what would change and writes nothing. Folders starting with a dot, node_modules, public and
resources are skipped.`

const PHOTO = /\.(jpe?g|png|webp|avif)$/i

/** Every photo under `dir` (absolute paths), in a stable order. */
async function photosUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[])
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = join(dir, e.name)
    if (e.isDirectory() && !isIgnoredFolder(e.name)) out.push(...(await photosUnder(abs)))
    else if (e.isFile() && PHOTO.test(e.name) && !e.name.startsWith('.') && !isTempName(e.name)) out.push(abs)
  }
  return out
}

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    { 'strip-location': { type: 'boolean' }, 'max-edge': { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE
  )
  if (values.help) {
    io.out(HELP)
    return 0
  }
  const [dir, ...extra] = positionals
  if (!dir || extra.length) throw new UserError(`Give one folder.\n${USAGE}`, 'bad-arguments')
  const both = !values['strip-location'] && values['max-edge'] === undefined
  const strip = both || Boolean(values['strip-location'])
  let maxEdge = both ? defaultImageMaxEdge : 0
  if (values['max-edge'] !== undefined) {
    maxEdge = values['max-edge'].trim() === '' ? NaN : Number(values['max-edge'])
    if (!Number.isInteger(maxEdge) || maxEdge < 1 || maxEdge > imageMaxEdgeLimit) throw new UserError(`--max-edge must be a whole number of pixels from 1 to ${imageMaxEdgeLimit}.\n${USAGE}`, 'bad-arguments')
  }
  const dryRun = Boolean(values['dry-run'])
  const root = resolve(io.cwd, dir)
  const photos = await photosUnder(root)
  if (!photos.length) {
    io.err(`No photos (JPEG, PNG, WebP, AVIF) under "${dir}".`)
    return 0
  }

  let done = 0
  let changed = 0
  let failed = 0
  let before = 0
  let after = 0
  const one = async (abs: string) => {
    const shown = shownFromCwd(io.cwd, abs)
    try {
      const facts = await figureFacts(abs)
      const located = strip && facts?.location === true
      const large = maxEdge > 0 && facts !== null && Math.max(facts.width, facts.height) > maxEdge
      if (located || large) {
        const result = await processInPlace(abs, shown, large ? maxEdge : 0, dryRun)
        if (result.changed) {
          changed++
          before += result.before
          after += result.after
          const what = [located && 'location removed', large && `${facts!.width}×${facts!.height} → ${maxEdge} px`].filter(Boolean).join(', ')
          io.out(`[${done + 1}/${photos.length}] ${shown}: ${what}, ${megabytes(result.before)} → ${megabytes(result.after)}`)
        }
      }
    } catch (err) {
      failed++
      const message = err instanceof Error ? err.message : String(err)
      io.err(`[${done + 1}/${photos.length}] ${message.includes(shown) ? message : `${shown}: ${message}`}`)
    }
    done++
    io.progress?.(`[${done}/${photos.length}] ${shown}`)
  }
  // sharp works on libvips' own threads; a few photos at a time keeps them busy without holding many in memory.
  const queue = [...photos]
  const lanes = Math.max(1, Math.min(4, availableParallelism()))
  await Promise.all(Array.from({ length: lanes }, async () => {
    for (let abs = queue.shift(); abs; abs = queue.shift()) await one(abs)
  }))

  io.progress?.('')
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`
  const verb = dryRun ? 'would be processed' : 'processed'
  const saved = before - after
  io.err(
    `${n(photos.length, 'photo')} looked at: ${changed} ${verb}` +
      (changed ? `, ${megabytes(Math.abs(saved))} ${saved >= 0 ? (dryRun ? 'would be saved' : 'saved') : 'added'} (${megabytes(before)} → ${megabytes(after)})` : '') +
      (failed ? `, ${n(failed, 'photo')} could not be processed` : '') +
      (dryRun ? '; nothing was written (--dry-run).' : '.')
  )
  return failed ? 1 : 0
}
