// A new episode: from the site's archetype for its section (a file, or a bundle folder to copy), else a built-in
// talk template; title prefilled with the next number, date now with the local offset, `draft: true`.
import { cp, mkdir, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fillArchetype, formatGoTime } from '../../shared/archetype'
import { numberFromTitle } from '../../shared/episode-number'
import { setField } from '../../shared/front-matter/index'
import { UserError } from '../../shared/user-error'
import { writeFileAtomic } from './atomic-write'
import { episodeFolderName, nameProblem } from './folder-name'
import { resolveInside } from './paths'
import type { SiteConfig } from './site-config'
import { builtInTalkTemplate } from './talk-template'

export interface NewEpisodeRequest {
  section: string
  title?: string
  /** The number the title gets when it has none (the next free one). */
  number: number
  now: Date
  /** Minutes east of UTC for the date written (default: this machine's offset). */
  offsetMinutes?: number
}

type Archetype = { kind: 'file'; abs: string } | { kind: 'folder'; abs: string } | { kind: 'built-in' }

const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false)

/** Hugo's lookup: the section's archetype (file or folder) in the site, then in its themes; then `default.md`. */
export async function findArchetype(root: string, site: SiteConfig, section: string): Promise<Archetype> {
  const bases = [join(root, 'archetypes'), ...site.themes.map((t) => join(root, 'themes', t, 'archetypes'))]
  if (section) {
    for (const base of bases) {
      if (await isFile(join(base, `${section}.md`))) return { kind: 'file', abs: join(base, `${section}.md`) }
      if (await isFile(join(base, section, 'index.md'))) return { kind: 'folder', abs: join(base, section) }
    }
  }
  for (const base of bases) if (await isFile(join(base, 'default.md'))) return { kind: 'file', abs: join(base, 'default.md') }
  return { kind: 'built-in' }
}

/** Creates the episode's bundle under the section and returns its `index.md` path (workspace-relative). */
export async function createEpisodeBundle(root: string, site: SiteConfig, req: NewEpisodeRequest): Promise<string> {
  for (const part of req.section ? req.section.split('/') : []) {
    const problem = nameProblem(part)
    if (problem) throw new UserError(`The section name is not usable: ${problem}`, 'bad-name')
  }
  const typed = (req.title ?? '').trim()
  const number = numberFromTitle(typed) ?? req.number
  const title = numberFromTitle(typed) !== null ? typed : `#${number} ${typed}`
  const offset = req.offsetMinutes ?? -req.now.getTimezoneOffset()
  const date = formatGoTime(req.now, '2006-01-02T15:04:05Z07:00', offset)
  const sectionRel = [site.contentDir, req.section].filter(Boolean).join('/')
  const sectionAbs = sectionRel ? resolveInside(root, sectionRel) : root
  const archetype = await findArchetype(root, site, req.section)
  const template = archetype.kind === 'built-in' ? builtInTalkTemplate : await readFile(archetype.kind === 'folder' ? join(archetype.abs, 'index.md') : archetype.abs, 'utf8')
  const textFor = (name: string): string => {
    const filled = fillArchetype(template, { name, type: req.section || 'page', now: req.now, offsetMinutes: offset }).text
    try {
      // Only these fields' text changes; the archetype's comments and layout stay as written.
      return setField(setField(setField(filled, 'title', title), 'date', date), 'draft', true)
    } catch (err) {
      const which = archetype.kind === 'built-in' ? 'The built-in template' : `The archetype ${archetype.abs}`
      throw new UserError(`${which} has front matter Shownotes cannot read (${err instanceof Error ? err.message : String(err)}). Fix it, then try again.`, 'bad-archetype')
    }
  }
  const folderName = episodeFolderName(number, title, formatGoTime(req.now, '2006-01-02', offset))
  textFor(folderName) // an archetype that cannot be filled is refused before any folder is made

  // Everything or nothing: on any failure (a full disk), the folders this call made are removed again.
  const made = await mkdirMadeFolders(sectionAbs)
  let bundleAbs: string | null = null
  try {
    const folder = await claimFolder(sectionAbs, folderName)
    bundleAbs = join(sectionAbs, folder)
    const ctx = { name: folder, type: req.section || 'page', now: req.now, offsetMinutes: offset }
    if (archetype.kind === 'folder') {
      await cp(archetype.abs, bundleAbs, { recursive: true, force: false, errorOnExist: true })
      for (const name of await readdir(bundleAbs)) {
        if (name === 'index.md' || !/\.md$/i.test(name)) continue
        const path = join(bundleAbs, name)
        await writeFileAtomic(path, fillArchetype(await readFile(path, 'utf8'), ctx).text)
      }
    }
    await writeFileAtomic(join(bundleAbs, 'index.md'), textFor(folder))
    return `${[sectionRel, folder].filter(Boolean).join('/')}/index.md`
  } catch (err) {
    if (bundleAbs) await rm(bundleAbs, { recursive: true, force: true }).catch(() => {})
    for (const dir of made.reverse()) await rmdir(dir).catch(() => {}) // only while still empty
    throw err
  }
}

/** `mkdir -p` that says which folders it made (outermost first), so a failed create can take them back. */
async function mkdirMadeFolders(abs: string): Promise<string[]> {
  const missing: string[] = []
  for (let dir = abs; !(await stat(dir).catch(() => null)); dir = dirname(dir)) {
    missing.unshift(dir)
    if (dirname(dir) === dir) break
  }
  await mkdir(abs, { recursive: true })
  return missing
}

// `mkdir` without `recursive` fails when the folder exists, so two new episodes never share one.
async function claimFolder(parent: string, name: string): Promise<string> {
  for (let i = 1; i < 1000; i++) {
    const candidate = i === 1 ? name : `${name}-${i}`
    try {
      await mkdir(join(parent, candidate))
      return candidate
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
  throw new UserError(`Could not find a free folder name for "${name}".`, 'exists')
}

