// The embedded sample site: copied once into the data folder so that a first run has episodes to open and
// editing them never touches the app's own files.
import { cpSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The read-only copy shipped with the app (checkout, built `out/`, or a packaged app's resources). */
function sampleSiteSource(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  const candidates = [
    resourcesPath ? join(resourcesPath, 'sample-site') : '',
    resolve(here, '../../resources/sample-site'),
    resolve(here, '../../../resources/sample-site'),
    resolve(process.cwd(), 'resources/sample-site')
  ].filter(Boolean)
  const found = candidates.find((c) => existsSync(join(c, 'hugo.toml')))
  if (!found) throw new Error(`The sample site is missing from this installation (looked in ${candidates.join(', ')}).`)
  return found
}

/** Copies the sample site into `dataDir/sample-site` on first use and returns that folder. */
export function ensureSampleSite(dataDir: string, source: string = sampleSiteSource()): string {
  const target = join(dataDir, 'sample-site')
  if (!existsSync(join(target, 'hugo.toml'))) cpSync(source, target, { recursive: true, errorOnExist: false, force: false })
  return target
}
