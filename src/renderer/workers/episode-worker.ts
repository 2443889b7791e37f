// A worker for the work on a whole episode that would otherwise stall typing in a long one: the publishing checks
// (they render the page to know its anchors), the word and character counts, which bundle files the text uses, and
// the form's reading of a long front matter.
import { checkEpisode } from '../../shared/checks'
import { readFrontMatter } from '../../shared/front-matter'
import { siteCheckConfig } from './site-check-config'
import { countBody } from '../editor/doc-counts'
import { mediaStates } from '../state/media-usage'
import type { WorkerRequest, WorkerResponse } from './episode-worker-protocol'

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void }

scope.onmessage = (e) => {
  const request = e.data
  try {
    if (request.kind === 'check') {
      const diagnostics = checkEpisode(request.text, {
        bundleFiles: request.bundleFiles ?? undefined,
        bundleImages: request.figures?.images,
        imageMaxEdge: request.figures?.maxEdge,
        now: new Date(request.now),
        config: siteCheckConfig(request.site)
      })
      scope.postMessage({ id: request.id, ok: true, kind: 'check', diagnostics })
    } else if (request.kind === 'frontMatter') {
      scope.postMessage({ id: request.id, ok: true, kind: 'frontMatter', frontMatter: readFrontMatter(request.source, request.split) })
    } else if (request.kind === 'media') {
      scope.postMessage({ id: request.id, ok: true, kind: 'media', files: mediaStates(request.files, request.text) })
    } else {
      scope.postMessage({ id: request.id, ok: true, kind: 'count', counts: countBody(request.body) })
    }
  } catch (err) {
    scope.postMessage({ id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) })
  }
}
