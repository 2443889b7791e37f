// The open site's git, for the app: status with the list's marks, the background fetch, publishing episodes by
// their paths, pull, and the published version of a file. Paths come from the window and are checked here.
import type { EpisodeSummary, GitSiteStatus, GitStep, PublishResult, SyncResult } from '../../../shared/api'
import { episodeScope } from '../../../shared/git/marks'
import { UserError } from '../../../shared/user-error'
import { resolveInside } from '../paths'
import { publishEpisodes, requireRepo } from './publish'
import { publishedText } from './published-text'
import { fetchQuietly, readSiteStatus } from './site-status'
import { syncSite } from './sync'

export class SiteGit {
  /** One git operation at a time: a background fetch never runs in the middle of a publish. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly root: string,
    private readonly episodes: () => Promise<EpisodeSummary[]>
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  status(): Promise<GitSiteStatus> {
    return this.serial(async () => readSiteStatus(this.root, await this.episodes()))
  }

  async fetch(): Promise<GitSiteStatus> {
    await this.serial(() => fetchQuietly(this.root))
    return this.status()
  }

  async publish(paths: string[], message: string, onStep: (step: GitStep) => void): Promise<PublishResult> {
    const list = await this.episodes()
    const scopes = paths.map((path) => {
      resolveInside(this.root, path)
      const episode = list.find((e) => e.path === path)
      if (!episode) throw new UserError(`"${path}" is not an episode of this site.`, 'not-an-episode')
      return episodeScope(episode)
    })
    return this.serial(() => publishEpisodes({ root: this.root, scopes, message, push: true, onStep }))
  }

  sync(onStep: (step: GitStep) => void): Promise<SyncResult> {
    return this.serial(() => syncSite(this.root, onStep))
  }

  async publishedText(path: string): Promise<{ text: string | null }> {
    resolveInside(this.root, path)
    return { text: await publishedText(await requireRepo(this.root), path) }
  }
}
