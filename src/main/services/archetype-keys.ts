// The front matter keys an episode's archetype offers (top-level only), for the editor's key completion: the
// archetype Hugo would use for the episode's section, filled as `hugo new` fills it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fillArchetype } from '../../shared/archetype'
import { readFrontMatter } from '../../shared/front-matter'
import { findArchetype } from './episode-create'
import type { SiteConfig } from './site-config'
import { builtInTalkTemplate } from './talk-template'

/** `path`: the episode, workspace-relative; its section is its first folder under the content folder. */
export async function archetypeKeys(root: string, site: SiteConfig, path: string, now: Date): Promise<string[]> {
  const inContent = site.contentDir && path.startsWith(site.contentDir + '/') ? path.slice(site.contentDir.length + 1) : path
  const section = inContent.includes('/') ? inContent.split('/')[0] : ''
  const archetype = await findArchetype(root, site, section)
  const template = archetype.kind === 'built-in' ? builtInTalkTemplate : await readFile(archetype.kind === 'file' ? archetype.abs : join(archetype.abs, 'index.md'), 'utf8')
  const filled = fillArchetype(template, { name: 'episode', type: section, now }).text
  return readFrontMatter(filled).fields.filter((f) => f.path.length === 1).map((f) => f.key)
}
