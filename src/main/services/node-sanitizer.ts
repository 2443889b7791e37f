// The sanitizer for Node (CLI, export, the batch renderer): the shared DOMPurify policy on a jsdom window, created
// only when some HTML needs the DOM pass (loading jsdom costs about a second; most episodes never need it).
// jsdom, not linkedom: DOMPurify cannot run on linkedom (no document.implementation or NodeFilter), and linkedom's
// parser is not the HTML5 one browsers use, which is what keeps sanitized HTML from being re-read differently (mXSS).
import { createRequire } from 'node:module'
import { createSanitizer, type Sanitizer, type SanitizerOptions } from '../../shared/sanitize'

const requireFromHere = createRequire(import.meta.url)

/**
 * The lower-case names a jsdom document or form element answers to (`name in document || name in form`): an
 * element with such an id would shadow them, so DOMPurify drops the id. Hugo's heading ids are lower-case, so this
 * list lets the fast path decide them without loading jsdom; other identifier-like ids still go to the DOM pass.
 * test/shared/sanitize.test.ts checks the list against the installed jsdom.
 */
export const jsdomLowerCaseNames = new Set(
  ('__proto__ action after anchors append applets attributes before blur body charset children clear click close closest ' +
    'constructor contains cookie dataset dir doctype draggable elements embeds enctype evaluate focus forms head hidden id ' +
    'images implementation lang length links location matches method name nonce normalize open plugins prefix prepend ' +
    'referrer remove reset role scripts slot style submit target title translate write writeln').split(' ')
)

function mayShadowDom(id: string): boolean {
  if (/^on[a-z]+$/.test(id)) return true
  if (/^[a-z_$][a-z0-9_$]*$/.test(id)) return jsdomLowerCaseNames.has(id)
  return /^[A-Za-z_$][\w$]*$/.test(id)
}

/** A sanitizer with its own jsdom window (made on first need); create one per process or worker and reuse it. */
export function createNodeSanitizer(options: SanitizerOptions = {}): Sanitizer {
  return createSanitizer(() => {
    const { JSDOM } = requireFromHere('jsdom') as typeof import('jsdom')
    return new JSDOM('<!doctype html><html><head></head><body></body></html>').window
  }, { mayShadowDom, ...options })
}

/** Sanitizes a rendered episode block by block (only blocks with author HTML take the DOM pass). */
export function sanitizeBlocks(sanitizer: Sanitizer, blocks: { html: string }[]): string {
  let html = ''
  for (const b of blocks) html += sanitizer.sanitize(b.html)
  return html
}
