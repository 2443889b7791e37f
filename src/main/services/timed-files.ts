// The bundle's timed files beside an episode's notes (chapters.json, transcript.vtt): read, written atomically only
// when the file on disk is still the one the window read, and chapters.json kept in step with the notes on save
// when the site's `.shownotes.yaml` says `chaptersJson: true`.
import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import { readCheckConfigFile } from './check-config'
import { chapterMarksOf } from '../../shared/chapters/find'
import { readPodcastJson, writePodcastJson } from '../../shared/chapters/podcast-json'
import { describeTimedFileError } from '../../shared/chapters/reasons'
import { readVttCues } from '../../shared/transcript/vtt'
import type { TimedBundleFile } from '../../shared/chapters/bundle-files'
import { readFrontMatter } from '../../shared/front-matter'
import { UserError } from '../../shared/user-error'
import { refuseReadOnly, writeFileAtomic } from './atomic-write'
import { decodeText } from './file-text'
import { resolveInside } from './paths'

/** The absolute path of `name` in the bundle of `episode` (its `index.md`); refused for a leaf file. */
function besidePath(root: string, episode: string, name: TimedBundleFile): string {
  if (!/(^|\/)index\.(md|markdown)$/i.test(episode)) {
    throw new UserError(`"${episode}" is not a page bundle's index.md: chapter and transcript files are kept beside the notes in a bundle.`, 'not-a-bundle')
  }
  const abs = resolveInside(root, posix.join(posix.dirname(episode), name))
  resolveInside(root, episode)
  return abs
}

/** The file's text, or null when the bundle has none. */
export async function readTimedFile(root: string, episode: string, name: TimedBundleFile): Promise<string | null> {
  const abs = besidePath(root, episode, name)
  const bytes = await readFile(abs).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null
    throw err
  })
  return bytes && decodeText(bytes, name)
}

/**
 * Writes `text` as the bundle's `name`. `expect`: the text the window last read (null: no file); when the file on
 * disk is no longer that (a co-host changed it), nothing is written and the host is told.
 */
export async function writeTimedFile(root: string, episode: string, name: TimedBundleFile, text: string, expect?: string | null): Promise<void> {
  const abs = besidePath(root, episode, name)
  // What the window sends must be the format the file's name promises: the site's feed serves it as such.
  const read = name === 'chapters.json' ? readPodcastJson(text) : readVttCues(text)
  if (!read.ok) throw new UserError(describeTimedFileError(name, read.error), read.error.code)
  if (expect !== undefined) {
    const now = await readTimedFile(root, episode, name)
    if (now !== expect) throw new UserError(`${name} changed on disk since it was read (by a co-host, git or another program); nothing was written. Open the episode again to see it.`, 'timed-file-changed')
  }
  await refuseReadOnly(abs, name)
  await writeFileAtomic(abs, text)
}

/** True when the site at `root` asks for chapters.json in every bundle (`chaptersJson: true` in `.shownotes.yaml`). */
export async function siteWritesChaptersJson(root: string): Promise<boolean> {
  return (await readCheckConfigFile(root)).chaptersJson
}

/**
 * After a save of a bundle's notes: chapters.json written from them when the site asks for it and the notes have
 * chapters (an episode without any keeps whatever file it has). Returns whether the file was written.
 */
export async function keepChaptersJson(root: string, episode: string, notes: string): Promise<boolean> {
  if (!/(^|\/)index\.(md|markdown)$/i.test(episode) || !(await siteWritesChaptersJson(root))) return false
  const chapters = chapterMarksOf(notes)
  if (!chapters.length) return false
  const title = readFrontMatter(notes).data?.title
  const json = writePodcastJson(chapters, { title: typeof title === 'string' ? title : undefined })
  if ((await readTimedFile(root, episode, 'chapters.json').catch(() => null)) === json) return false
  const abs = besidePath(root, episode, 'chapters.json')
  await refuseReadOnly(abs, 'chapters.json')
  await writeFileAtomic(abs, json)
  return true
}
