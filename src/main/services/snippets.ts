// The snippets a host can insert: the site's own in `.shownotes/snippets/*.md` (shared with co-hosts through git)
// and the user's in the data folder's `snippets/`. New ones from "Save selection as snippet" go to the user's.
import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { mergeSnippets, parseSnippet, SNIPPET_NAME, snippetFileText, type Snippet } from '../../shared/snippets'
import { UserError } from '../../shared/user-error'
import { writeFileAtomic } from './atomic-write'

export const SITE_SNIPPETS = '.shownotes/snippets'
const MAX_SNIPPET_BYTES = 1024 * 1024

export function userSnippetsDir(dataDir: string): string {
  return join(dataDir, 'snippets')
}

async function readFolder(dir: string, source: Snippet['source']): Promise<Snippet[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const out: Snippet[] = []
  for (const file of names.filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort()) {
    const name = file.slice(0, -3)
    if (!SNIPPET_NAME.test(name)) continue
    const abs = join(dir, file)
    const info = await stat(abs).catch(() => null)
    if (!info?.isFile() || info.size > MAX_SNIPPET_BYTES) continue
    out.push(parseSnippet(name, await readFile(abs, 'utf8'), source))
  }
  return out
}

export async function listSnippets(root: string | null, dataDir: string): Promise<Snippet[]> {
  const site = root ? await readFolder(join(root, SITE_SNIPPETS), 'site') : []
  return mergeSnippets(site, await readFolder(userSnippetsDir(dataDir), 'user'))
}

/** Saves (or replaces) the user's snippet `name`. */
export async function saveSnippet(dataDir: string, name: string, body: string): Promise<Snippet> {
  if (!SNIPPET_NAME.test(name)) throw new UserError(`"${name}" cannot be a snippet's name: use letters, digits, - and _ (it is typed after ;).`, 'bad-snippet')
  const dir = userSnippetsDir(dataDir)
  await mkdir(dir, { recursive: true })
  const text = snippetFileText(body)
  await writeFileAtomic(join(dir, `${name}.md`), text)
  return parseSnippet(name, text, 'user')
}
