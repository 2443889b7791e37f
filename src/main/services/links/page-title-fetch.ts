// Fetches a page's title for titled paste: one GET (redirects checked hop by hop), at most 1 MB read, decoded by
// the page's charset with iconv-lite (Shift_JIS, EUC-JP and the rest, the same on every Node build).
import iconv from 'iconv-lite'
import { pageTitle } from '../../../shared/links/page-title'
import { follow } from './follow'
import { HostLimiter } from './host-limiter'
import { systemResolver, type Resolver } from './network'

export const TITLE_MAX_BYTES = 1024 * 1024

export interface TitleOptions {
  resolve?: Resolver
  /** Per request (default 10 s). */
  timeoutMs?: number
  /** No new request (a redirect's next hop) after this long (default 20 s). */
  overallMs?: number
  maxBytes?: number
}

/** Decodes `bytes` in `charset`; an unknown label falls back to UTF-8, as browsers do. */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return iconv.decode(buf, iconv.encodingExists(charset) ? charset : 'utf-8')
}

/** The page's title, or null (no title, not HTML, not reachable: the caller keeps the URL as the link's text). */
export async function fetchPageTitle(url: string, options: TitleOptions = {}): Promise<string | null> {
  const answer = await follow(url, {
    method: 'GET',
    resolve: options.resolve ?? systemResolver,
    limiter: new HostLimiter(1, 1),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? TITLE_MAX_BYTES,
    deadline: Date.now() + (options.overallMs ?? 20_000),
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1'
  })
  if (answer.status < 200 || answer.status > 299) return null
  const type = String(answer.headers['content-type'] ?? '')
  if (type && !/html|xml/i.test(type)) return null
  return pageTitle(answer.body, type, decodeBytes)
}
