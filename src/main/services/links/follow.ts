// Follows a URL's redirects by hand, so every hop is checked before it is requested: only http and https, at most
// MAX_REDIRECTS, no loops, and never from a public address into a private one (a public page must not make this
// machine reach into the host's network).
import { MAX_REDIRECTS } from '../../../shared/links/link-result'
import type { HostLimiter } from './host-limiter'
import { HopError, requestHop, type HopAnswer } from './http-hop'
import type { Resolver } from './network'

export interface FollowOptions {
  method: 'HEAD' | 'GET'
  resolve: Resolver
  limiter: HostLimiter
  timeoutMs: number
  maxBytes: number
  accept?: string
  /** Epoch ms after which no new request starts (the overall bound); a hop then fails as `unchecked`. */
  deadline?: number
}

export interface Followed extends HopAnswer {
  /** The URL that answered last. */
  url: string
  /** Each redirect followed: its status and where it pointed. */
  redirects: { status: number; to: string }[]
}

/** The overall time ran out before this link's turn. */
export class OutOfTime extends Error {}

export async function follow(start: string, options: FollowOptions): Promise<Followed> {
  let url = webUrl(start)
  if (!url) throw new HopError('bad-redirect', `not an http(s) URL: ${start}`)
  const seen = new Set<string>()
  const redirects: Followed['redirects'] = []
  let cameFromPublic = false
  for (;;) {
    seen.add(url.href)
    if (options.deadline !== undefined && Date.now() > options.deadline) throw new OutOfTime()
    const address = await options.resolve(url.hostname).catch((err: Error) => {
      throw new HopError('dns', err.message)
    })
    if (address.private && cameFromPublic) {
      const err = new HopError('private-redirect', `${url.href} is on a private network (${address.address})`)
      throw Object.assign(err, { to: url.href })
    }
    cameFromPublic ||= !address.private
    const target = url
    const answer = await options.limiter.run(target.host, () =>
      requestHop({ url: target, method: options.method, address, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, accept: options.accept })
    )
    const location = answer.headers.location
    if (answer.status < 300 || answer.status > 399 || answer.status === 304 || !location) return { ...answer, url: url.href, redirects }
    const next = resolveLocation(location, url)
    if (!next) throw Object.assign(new HopError('bad-redirect', `redirect to ${location}`), { to: location })
    if (seen.has(next.href)) throw new HopError('redirect-loop', `${next.href} again`)
    if (redirects.length >= MAX_REDIRECTS) throw new HopError('too-many-redirects', `more than ${MAX_REDIRECTS}`)
    redirects.push({ status: answer.status, to: next.href })
    url = next
  }
}

function resolveLocation(location: string, base: URL): URL | null {
  try {
    return webUrl(new URL(location, base).href)
  } catch {
    return null
  }
}

/** The URL without user and password (never sent) when it is http(s), else null. */
function webUrl(text: string): URL | null {
  try {
    const url = new URL(text)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    url.username = ''
    url.password = ''
    url.hash = ''
    return url
  } catch {
    return null
  }
}
