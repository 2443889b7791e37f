// Checks web links: HEAD first, GET when a server will not answer HEAD; each URL once however often the notes use
// it; a few requests per host at once; a timeout per request and a bound on the whole check.
import type { LinkResult } from '../../../shared/links/link-result'
import { follow, OutOfTime, type Followed } from './follow'
import { HostLimiter } from './host-limiter'
import { HopError } from './http-hop'
import { systemResolver, type Resolver } from './network'

export interface LinkCheckOptions {
  resolve?: Resolver
  /** Per request, ms (default 10 s). */
  timeoutMs?: number
  /** The whole check, ms (default 2 minutes): links not started by then are left unchecked. */
  overallMs?: number
  /** Requests to one host at once (default 6, as browsers do). */
  perHost?: number
  /** Requests at once in all (default 32). */
  concurrency?: number
}

export const defaultLinkCheck = { timeoutMs: 10_000, overallMs: 120_000, perHost: 6, concurrency: 32 }

// Servers that refuse HEAD say so in different ways; a GET settles it.
const HEAD_REFUSED = new Set([400, 403, 405, 501])

/** The result of each of `urls` (duplicates checked once). */
export async function checkLinks(urls: Iterable<string>, options: LinkCheckOptions = {}): Promise<Map<string, LinkResult>> {
  const o = { ...defaultLinkCheck, ...options }
  const limiter = new HostLimiter(o.perHost, o.concurrency)
  const deadline = Date.now() + o.overallMs
  const common = { resolve: o.resolve ?? systemResolver, limiter, timeoutMs: o.timeoutMs, maxBytes: 0, deadline }
  const unique = [...new Set(urls)]
  const results = await Promise.all(
    unique.map(async (url): Promise<LinkResult> => {
      try {
        let answer = await follow(url, { ...common, method: 'HEAD' })
        if (HEAD_REFUSED.has(answer.status)) answer = await follow(url, { ...common, method: 'GET' })
        return judge(answer)
      } catch (err) {
        if (err instanceof OutOfTime) return { kind: 'unchecked' }
        if (err instanceof HopError) return { kind: 'broken', reason: err.reason, detail: err.message, ...((err as { to?: string }).to ? { to: (err as { to?: string }).to } : {}) }
        return { kind: 'broken', reason: 'network', detail: err instanceof Error ? err.message : String(err) }
      }
    })
  )
  return new Map(unique.map((url, i) => [url, results[i]]))
}

function judge(answer: Followed): LinkResult {
  // 429: the site asks us to slow down; that says nothing about the link.
  if (answer.status === 429) return { kind: 'unchecked' }
  if (answer.status >= 400 || answer.status < 200) return { kind: 'broken', reason: 'status', status: answer.status }
  // Moved for good when the redirects start permanent: the new address is where the last permanent one points.
  let to: string | null = null
  for (const r of answer.redirects) {
    if (r.status !== 301 && r.status !== 308) break
    to = r.to
  }
  return to ? { kind: 'redirected', to } : { kind: 'ok' }
}
