// Git on a 1,000-episode site in a local repository with a bare remote: the window's status (branch, ahead/behind,
// the list's marks; several git processes) beside its anchor, one plain `git status --porcelain=v2` of the same
// repository; and publishing one episode (fetch, commit the bundle, push) beside the anchor of the same by hand
// (`git fetch`, `git add`, `git commit`, `git push`). Medians of runs side by side in the same process.
import { execFileSync } from 'node:child_process'
import { readSiteStatus } from '../../src/main/services/git/site-status'
import { publishEpisodes } from '../../src/main/services/git/publish'
import { coHosts, episodeText, git, isolateGit, write } from '../fixtures/git-sites'

const EPISODES = 1000
const RUNS = 15

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] * 10) / 10

async function time(f: () => unknown): Promise<number> {
  const t = performance.now()
  await f()
  return performance.now() - t
}

export default async function bench(): Promise<Record<string, unknown>> {
  isolateGit()
  const { a } = coHosts()
  const episodes = Array.from({ length: EPISODES }, (_, i) => ({ path: `content/talk/${String(i + 10).padStart(4, '0')}/index.md`, bundle: true }))
  for (const e of episodes) write(a, e.path, episodeText(`Episode ${e.path}`, 'Body text of the notes.\n'.repeat(20)))
  git(a, 'add', '-A')
  git(a, 'commit', '-qm', 'Many episodes')
  git(a, 'push', '-q')
  for (const e of episodes.slice(0, 20)) write(a, e.path, episodeText('Changed', 'Edited.'))

  const status: number[] = []
  const anchor: number[] = []
  for (let i = 0; i < RUNS; i++) {
    anchor.push(await time(() => execFileSync('git', ['status', '--porcelain=v2', '--branch', '-z', '--untracked-files=all'], { cwd: a })))
    status.push(await time(() => readSiteStatus(a, episodes)))
  }

  const publish: number[] = []
  const byHand: number[] = []
  for (let i = 0; i < 5; i++) {
    const e = episodes[100 + i]
    const scope = e.path.replace(/\/index\.md$/, '')
    write(a, e.path, episodeText('Published', `Run ${i}.`))
    publish.push(await time(() => publishEpisodes({ root: a, scopes: [scope], message: `Publish ${i}`, push: true })))
    const f = episodes[200 + i]
    write(a, f.path, episodeText('By hand', `Run ${i}.`))
    byHand.push(
      await time(() => {
        git(a, 'fetch', '-q', 'origin')
        git(a, 'add', '-A', '--', f.path.replace(/\/index\.md$/, ''))
        git(a, 'commit', '-qm', `By hand ${i}`, '--', f.path.replace(/\/index\.md$/, ''))
        git(a, 'push', '-q', 'origin', 'HEAD:refs/heads/main')
      })
    )
  }
  return {
    episodes: EPISODES,
    statusMs: { shownotes: median(status), anchorGitStatus: median(anchor), ratio: Math.round((median(status) / median(anchor)) * 10) / 10 },
    publishMs: { shownotes: median(publish), anchorByHand: median(byHand), ratio: Math.round((median(publish) / median(byHand)) * 10) / 10 }
  }
}
