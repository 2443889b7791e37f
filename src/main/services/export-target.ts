// Where an export may write: never into the sources. The output folder, symlinks resolved, must not be a site's
// root, inside its content or an episode's bundle, nor hold any of them, nor go through a broken link; refused before anything is written.
import { lstatSync, readlinkSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { UserError } from '../../shared/user-error'
import { realpathOfExisting } from './paths'

const realOf = (p: string) => realpathOfExisting(resolve(p))

/** What an export reads from: the sites' roots and content folders, and each episode's bundle folder or file. */
export interface ExportSources {
  siteRoots: string[]
  contentDirs: string[]
  episodes: { file: string; bundleDir: string | null }[]
}

/** Refuses (code `export-into-sources`) an output path that would write into, or over, what the export reads. */
export function refuseOutputOverSources(out: string, sources: ExportSources): void {
  const target = realOf(out)
  const refuse = (what: string, path: string): never => {
    throw new UserError(`The export folder "${out}" ${what} ${path}; exporting there would overwrite your episodes. Choose a folder outside the site's content.`, 'export-into-sources')
  }
  for (const root of sources.siteRoots.map(realOf)) if (target === root) refuse('is the site folder', root)
  for (const dir of sources.contentDirs.map(realOf)) {
    if (inside(target, dir)) refuse('is inside the content folder', dir)
    if (inside(dir, target)) refuse('holds the content folder', dir)
  }
  for (const e of sources.episodes) {
    const own = realOf(e.bundleDir ?? e.file)
    if (inside(target, own)) refuse('is inside the episode', own)
    if (inside(own, target)) refuse('holds the episode', own)
  }
}

/**
 * Refuses (code `export-link-broken`) an output whose nearest existing part is a symbolic link to nothing: creating the
 * folder would fail once per episode with a raw mkdir error; the host is told once, before anything is written.
 */
export function refuseBrokenLink(out: string): void {
  for (let path = resolve(out); ; path = dirname(path)) {
    const link = lstatSync(path, { throwIfNoEntry: false })
    if (link) {
      if (link.isSymbolicLink() && !statSync(path, { throwIfNoEntry: false })) {
        throw new UserError(`The export folder "${out}" goes through the link ${path}, which points to ${readlinkSync(path)}, and that does not exist. Create it, or choose another folder.`, 'export-link-broken')
      }
      return
    }
    if (dirname(path) === path) return
  }
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel))
}
