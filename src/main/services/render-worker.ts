// Renders episodes to sanitized HTML files, one task list at a time: the body of `render-batch.ts`'s worker threads
// (built as out/main/render-worker.js) and also callable in the calling thread.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { isMainThread, parentPort } from 'node:worker_threads'
import { readFrontMatter } from '../../shared/front-matter'
import { renderEpisode } from '../../shared/render/render-episode'
import { defaultIframeHosts } from '../../shared/iframe-hosts'
import type { Sanitizer } from '../../shared/sanitize'
import { readTextFileSync } from './file-text'
import { createNodeSanitizer, sanitizeBlocks } from './node-sanitizer'

export interface RenderTask {
  /** Absolute path of the episode file. */
  file: string
  /** Where to write the HTML; null to return it instead. */
  out: string | null
  /** Hugo's enableEmoji for the episode's site. */
  emoji: boolean
  /** Player hosts allowed besides the built-in ones. */
  iframeHosts: string[]
}

export type RenderTaskResult =
  | { file: string; ok: true; out: string | null; html?: string; bytes: number; problems: number }
  | { file: string; ok: false; message: string }

const sanitizers = new Map<string, Sanitizer>()
function sanitizerFor(extraHosts: string[]): Sanitizer {
  const key = extraHosts.join('\n')
  let s = sanitizers.get(key)
  if (!s) {
    s = createNodeSanitizer({ iframeHosts: [...defaultIframeHosts, ...extraHosts] })
    sanitizers.set(key, s)
  }
  return s
}

const madeDirs = new Set<string>()

/** Renders one episode: its body as the site would get it, sanitized, URLs as written. */
export async function renderFile(task: RenderTask): Promise<RenderTaskResult> {
  try {
    // Plain synchronous file calls: a worker does nothing else meanwhile, and they skip the thread-pool round trip.
    const text = readTextFileSync(task.file)
    // Only `param` and `gallery` read the front matter; most episodes need not parse it.
    const params = /\{\{[<%]\s*(?:param|gallery)\b/.test(text) ? (readFrontMatter(text).data ?? {}) : {}
    const rendered = renderEpisode(text, { emoji: task.emoji, params })
    const html = sanitizeBlocks(sanitizerFor(task.iframeHosts), rendered.blocks)
    if (task.out) {
      const dir = dirname(task.out)
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true })
        madeDirs.add(dir)
      }
      writeFileSync(task.out, html)
    }
    return { file: task.file, ok: true, out: task.out, html: task.out ? undefined : html, bytes: html.length, problems: rendered.diagnostics.length }
  } catch (err) {
    return { file: task.file, ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort
  port.on('message', (tasks: RenderTask[]) => {
    void Promise.all(tasks.map(renderFile)).then((results) => port.postMessage(results))
  })
}
