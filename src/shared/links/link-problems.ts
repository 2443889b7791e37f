// Turns a link check's results into the checks' problems (codes and parameters first, English words made from
// them, as every other check): `link-broken` says why, `link-redirected` carries the new address as a quick fix.
import type { RuleSetting } from '../checks/config'
import { checkFixLabel, checkMessage, type CheckMessageCode, type MessageParams } from '../checks/messages'
import { linkRules } from '../checks/registry'
import type { CheckDiagnostic } from '../checks/types'
import { locator } from '../front-matter/positions'
import type { EpisodeLink } from './episode-links'
import { MAX_REDIRECTS, type LinkResult } from './link-result'

export interface LinkProblemOptions {
  /** The site's rule settings (`.shownotes.yaml`): a link rule may be turned off or given another severity. */
  rules?: Record<string, RuleSetting>
  /** The per-request timeout the check used, for the timeout message. */
  timeoutSeconds?: number
}

/** The problems of `links` (an episode's, from episodeLinks) given each URL's result. */
export function linkProblems(text: string, links: EpisodeLink[], results: ReadonlyMap<string, LinkResult>, options: LinkProblemOptions = {}): CheckDiagnostic[] {
  const locate = locator(text)
  const out: CheckDiagnostic[] = []
  for (const link of links) {
    const result = results.get(link.url)
    if (!result || result.kind === 'ok' || result.kind === 'unchecked') continue
    const rule = result.kind === 'broken' ? 'link-broken' : 'link-redirected'
    const setting = options.rules?.[rule]
    if (setting === 'off') continue
    const severity = setting ?? linkRules[rule]
    const { code, params } = wordsOf(link.url, result, options.timeoutSeconds ?? 10)
    const d: CheckDiagnostic = { from: link.from, to: link.to, ...locate(link.from), severity, rule, message: checkMessage(code, params), code, params }
    if (result.kind === 'redirected') {
      const fixParams = { to: result.to }
      d.fix = { label: checkFixLabel('link-redirected.replace', fixParams), changes: [{ from: link.from, to: link.to, insert: result.to }], code: 'link-redirected.replace', params: fixParams }
    }
    out.push(d)
  }
  return out
}

function wordsOf(url: string, result: Exclude<LinkResult, { kind: 'ok' | 'unchecked' }>, seconds: number): { code: CheckMessageCode; params: MessageParams } {
  if (result.kind === 'redirected') return { code: 'link-redirected', params: { url, to: result.to } }
  const params: MessageParams = { url }
  switch (result.reason) {
    case 'status':
      return { code: 'link-broken.status', params: { url, status: result.status ?? 0 } }
    case 'dns':
      return { code: 'link-broken.dns', params: { url, host: hostOf(url) } }
    case 'timeout':
      return { code: 'link-broken.timeout', params: { url, seconds } }
    case 'too-many-redirects':
      return { code: 'link-broken.too-many-redirects', params: { url, limit: MAX_REDIRECTS } }
    case 'private-redirect':
    case 'bad-redirect':
      return { code: `link-broken.${result.reason}`, params: { url, to: result.to ?? '' } }
    case 'tls':
    case 'network':
      return { code: `link-broken.${result.reason}`, params: { url, detail: result.detail ?? '' } }
    default:
      return { code: `link-broken.${result.reason}`, params }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}
