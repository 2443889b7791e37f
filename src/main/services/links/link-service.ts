// The link features behind the API and the CLI: a page's title for titled paste, and an episode's link check
// (its links, the day's cached results, the rest fetched, problems in the checks' shape).
import type { RuleSetting } from '../../../shared/checks/config'
import type { CheckDiagnostic } from '../../../shared/checks/types'
import { episodeLinks } from '../../../shared/links/episode-links'
import { linkProblems } from '../../../shared/links/link-problems'
import type { LinkResult } from '../../../shared/links/link-result'
import { LinkCache } from './link-cache'
import { checkLinks, defaultLinkCheck, type LinkCheckOptions } from './link-checker'
import { fetchPageTitle, type TitleOptions } from './page-title-fetch'

export interface LinkReport {
  /** The problems of each text, in the order given. */
  problems: CheckDiagnostic[][]
  /** Different web links in all. */
  links: number
  /** Of them, answered from the day's cache (nothing sent). */
  cached: number
  /** Not checked: the overall time ran out, or a site asked to slow down. */
  unchecked: number
}

export class LinkService {
  private readonly cache: LinkCache | null

  constructor(private readonly options: { dataDir: string | null; check?: LinkCheckOptions; title?: TitleOptions; now?: () => number }) {
    this.cache = options.dataDir ? new LinkCache(options.dataDir, options.now) : null
  }

  /** The title of the page at `url`, or null; never throws (a failed fetch leaves the URL as the link's text). */
  async title(url: string): Promise<string | null> {
    return fetchPageTitle(url, this.options.title).catch(() => null)
  }

  /** The result of every URL: from the cache when checked within a day, else fetched (and then kept). */
  async results(urls: Iterable<string>): Promise<{ results: Map<string, LinkResult>; cached: number }> {
    const results = new Map<string, LinkResult>()
    const todo: string[] = []
    for (const url of new Set(urls)) {
      const kept = await this.cache?.get(url)
      if (kept) results.set(url, kept)
      else todo.push(url)
    }
    const cached = results.size
    if (todo.length) {
      const fresh = await checkLinks(todo, this.options.check)
      await this.cache?.put(fresh)
      for (const [url, r] of fresh) results.set(url, r)
    }
    return { results, cached }
  }

  /** The link problems of many episodes' texts at once (one check, so per-host limits hold across them). */
  async check(texts: string[], rules: (i: number) => Record<string, RuleSetting> | undefined = () => undefined): Promise<LinkReport> {
    const perText = texts.map((text) => episodeLinks(text))
    const { results, cached } = await this.results(perText.flatMap((links) => links.map((l) => l.url)))
    const seconds = (this.options.check?.timeoutMs ?? defaultLinkCheck.timeoutMs) / 1000
    return {
      problems: texts.map((text, i) => linkProblems(text, perText[i], results, { rules: rules(i), timeoutSeconds: seconds })),
      links: results.size,
      cached,
      unchecked: [...results.values()].filter((r) => r.kind === 'unchecked').length
    }
  }
}
