// The built `shownotes` command (bin/shownotes.js → out/main/cli.js), run as a user runs it.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const shownotes = (...args: string[]) => spawnSync(process.execPath, ['bin/shownotes.js', ...args], { encoding: 'utf8' })

describe('shownotes CLI (built)', () => {
  it('lists the sample site once per episode, as JSON with Hugo statuses', () => {
    const r = shownotes('list', 'resources/sample-site', '--format', 'json')
    expect(r.status).toBe(0)
    const episodes = JSON.parse(r.stdout) as { path: string; status: string }[]
    expect(episodes.map((e) => [e.path.replace(/^.*content\//, ''), e.status]).sort()).toEqual([
      ['talk/0001-welcome/index.md', 'published'],
      ['talk/0002-tokyo-meetup/index.md', 'published'],
      ['talk/0003-next-season/index.md', 'draft']
    ])
  })

  it('renders an episode body as the site gets it', () => {
    const r = shownotes('render', 'resources/sample-site/content/talk/0001-welcome/index.md')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('<h2 id="what-we-talked-about">What we talked about</h2>')
    expect(r.stdout).toContain('<figcaption data-pre="Figure " data-post=":" class="numbered">The studio desk: two microphones and a cat</figcaption>')
    expect(r.stdout).not.toContain('title: ')
  })

  it('explains its usage and exits 2 on an unknown command', () => {
    const r = shownotes('publish-everything')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/unknown command "publish-everything"/)
    expect(r.stderr).toContain('shownotes serve [FOLDER]')
  })
})
