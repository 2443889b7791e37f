// The messages between the window and the episode worker.
import type { BundleImage, MediaFile } from '../../shared/api'
import type { Diagnostic } from '../../shared/diagnostic'
import type { SplitDocument } from '../../shared/document'
import type { FrontMatter } from '../../shared/front-matter'
import type { SiteForChecks } from './site-check-config'
import type { DocCounts } from '../editor/doc-counts'

export type WorkerRequest =
  | { id: number; kind: 'check'; text: string; bundleFiles: string[] | null; now: number; site?: SiteForChecks; figures?: FigureFacts }
  | { id: number; kind: 'count'; body: string }
  | { id: number; kind: 'media'; files: MediaFile[]; text: string }
  | { id: number; kind: 'frontMatter'; source: string; split: SplitDocument }

export type WorkerResponse =
  | { id: number; ok: true; kind: 'check'; diagnostics: Diagnostic[] }
  | { id: number; ok: true; kind: 'count'; counts: DocCounts }
  | { id: number; ok: true; kind: 'media'; files: MediaFile[] }
  | { id: number; ok: true; kind: 'frontMatter'; frontMatter: FrontMatter }
  | { id: number; ok: false; message: string }

/** What the figure checks need from the window: the bundle's photos as the main process read them, and the limit. */
export interface FigureFacts {
  images: [string, BundleImage][]
  maxEdge: number
}
