// What an export of the open episode will look like, computed in the window with the same pure export functions
// the folder export runs, from the editor's current text: the views to show (and copy), platform counts, the
// files that go with it, and the export's own notes.
import { splitDocument } from '../../shared/document'
import { exportChapters, exportHtml, exportMarkdown, filesForBundle, type PlatformCount } from '../../shared/export'
import { readFrontMatter } from '../../shared/front-matter'

export type ExportFormat = 'markdown' | 'html' | 'chapters' | 'bundle'

export interface ExportChoices {
  format: ExportFormat
  figures: 'html' | 'image'
  images: 'relative' | 'absolute'
  frontMatter: 'keep' | 'reduce' | 'drop'
}

export const defaultChoices: ExportChoices = { format: 'markdown', figures: 'html', images: 'relative', frontMatter: 'keep' }

/** One way to look at the result; `copy` is false for a listing that is not the result itself (a zip's files). */
export interface ExportView {
  id: 'markdown' | 'html' | 'text' | 'json' | 'youtube' | 'files'
  text: string
  copy: boolean
}

export interface ExportPreview {
  views: ExportView[]
  /** HTML only: the length for each podcast platform against its limit. */
  counts: PlatformCount[]
  /** Bundle files that go with the result (copied alongside, or in the zip); null when the bundle is not known. */
  files: string[] | null
  warnings: string[]
  /** The export could not be made (a message for the host). */
  error: string | null
}

/**
 * The export of `text` with `choices`. `bundleFiles` are the episode folder's files (null for a leaf file or while
 * they are listed). Image URLs stay relative here: making them absolute needs the site's baseURL, which the folder
 * export reads.
 */
export function exportPreview(text: string, choices: ExportChoices, bundleFiles: readonly string[] | null): ExportPreview {
  const empty: ExportPreview = { views: [], counts: [], files: null, warnings: [], error: null }
  try {
    switch (choices.format) {
      case 'markdown': {
        const md = exportMarkdown(text, { figures: choices.figures, images: 'relative', frontMatter: choices.frontMatter, bundleFiles: bundleFiles ? [...bundleFiles] : undefined })
        return { ...empty, views: [{ id: 'markdown', text: md.markdown, copy: true }], files: bundleFiles ? md.files : null, warnings: md.warnings }
      }
      case 'html': {
        const out = exportHtml(text)
        return {
          ...empty,
          views: [
            { id: 'html', text: out.html, copy: true },
            { id: 'text', text: out.text, copy: true }
          ],
          counts: out.counts,
          warnings: out.warnings
        }
      }
      case 'chapters': {
        const out = exportChapters(text, { title: titleOf(text) })
        const views: ExportView[] = out.chapters.length
          ? [
              { id: 'youtube', text: out.youtube, copy: true },
              { id: 'json', text: out.json, copy: true }
            ]
          : []
        return { ...empty, views, warnings: out.warnings }
      }
      case 'bundle': {
        const files = bundleFiles ? filesForBundle(text, bundleFiles) : null
        const listing = ['index.md', ...(files ?? [])].join('\n')
        return { ...empty, views: [{ id: 'files', text: listing, copy: false }], files }
      }
    }
  } catch (err) {
    return { ...empty, error: err instanceof Error ? err.message : String(err) }
  }
}

function titleOf(text: string): string | undefined {
  const title = readFrontMatter(text, splitDocument(text)).data?.title
  return typeof title === 'string' && title.trim() ? title : undefined
}

/** Where "Export to folder" suggests writing: next to the workspace, `<parent>/<name>-export`. */
export function suggestedOutDir(workspaceRoot: string): string {
  const sep = workspaceRoot.includes('\\') && !workspaceRoot.includes('/') ? '\\' : '/'
  const trimmed = workspaceRoot.replace(/[\\/]+$/, '')
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'))
  const name = trimmed.slice(cut + 1) || 'site'
  return cut === -1 ? `${name}-export` : `${trimmed.slice(0, cut)}${sep}${name}-export`
}

/** A bundle is exported by its folder, so its output lands in a folder of that name under OUT (not loose in OUT). */
export function exportedPath(episodePath: string): string {
  return episodePath.replace(/\/index\.(md|markdown)$/i, '')
}
