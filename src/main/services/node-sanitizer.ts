// The sanitizer for Node (CLI, export, the batch renderer): the shared DOMPurify policy on a jsdom window, created
// only when some HTML needs the DOM pass (loading jsdom costs about a second; most episodes never need it).
// jsdom, not linkedom: DOMPurify cannot run on linkedom (no document.implementation or NodeFilter), and linkedom's
// parser is not the HTML5 one browsers use, which is what keeps sanitized HTML from being re-read differently (mXSS).
import { createRequire } from 'node:module'
import { createSanitizer, type Sanitizer, type SanitizerOptions } from '../../shared/sanitize'

const require = createRequire(import.meta.url)

/** A sanitizer with its own jsdom window (made on first need); create one per process or worker and reuse it. */
export function createNodeSanitizer(options: SanitizerOptions = {}): Sanitizer {
  return createSanitizer(() => {
    const { JSDOM } = require('jsdom') as typeof import('jsdom')
    return new JSDOM('<!doctype html><html><head></head><body></body></html>').window
  }, options)
}

/** Sanitizes a rendered episode block by block (only blocks with author HTML take the DOM pass). */
export function sanitizeBlocks(sanitizer: Sanitizer, blocks: { html: string }[]): string {
  let html = ''
  for (const b of blocks) html += sanitizer.sanitize(b.html)
  return html
}
