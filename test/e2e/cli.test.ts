// The built `shownotes` command (bin/shownotes.js → out/main/cli.js), run as a user runs it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

// A command left running (a thread nobody let go) would hit the timeout: status null.
const shownotes = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'bin/shownotes.js'), ...args], { encoding: 'utf8', timeout: 30000 })

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A site of `count` episode bundles (each with a chapter list, a link and a figure), and a folder for the output. */
function site(count: number): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-cli-e2e-'))
  made.push(root)
  writeFileSync(join(root, 'hugo.toml'), 'baseURL = "https://radio.example/"\ntitle = "Radio"\n')
  for (let i = 1; i <= count; i++) {
    const dir = join(root, 'content/talk', String(i).padStart(4, '0'))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'index.md'), `---\ntitle: "#${i} 短波の話"\ndate: 2024-05-01T20:00:00+09:00\n---\n\n00:00 Intro\n00:02:10 [Dipoles](https://example.org/dipole)\n\n{{< figure src="antenna.png" title="The antenna" >}}\n`)
    writeFileSync(join(dir, 'antenna.png'), 'not really a png')
  }
  return { root, out: join(root, '..', `${root.split(/[\\/]/).pop()}-out`) }
}

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

  it('exports a folder of episodes as platform HTML and YouTube text, and ends', () => {
    const { root, out } = site(30) // enough for the output thread
    made.push(out)
    const r = shownotes('export', join(root, 'content'), '--format', 'html', '-o', out)
    expect(r.status).toBe(0)
    expect(readdirSync(join(out, 'talk')).length).toBe(60)
    expect(readFileSync(join(out, 'talk/0030.html'), 'utf8')).toContain('00:02:10 <a href="https://example.org/dipole">Dipoles</a>')
    expect(readFileSync(join(out, 'talk/0030.youtube.txt'), 'utf8')).toMatch(/^00:00 Intro\n00:02:10 Dipoles/)
  })

  it('zips a folder of bundles with the files they use', () => {
    const { root, out } = site(3)
    made.push(out)
    const r = shownotes('export', join(root, 'content'), '--format', 'bundle', '-o', out)
    expect(r.status).toBe(0)
    expect(readdirSync(join(out, 'talk')).sort()).toEqual(['0001.zip', '0002.zip', '0003.zip'])
  })

  it('says so and ends when a folder holds no episodes', () => {
    const { root, out } = site(0)
    mkdirSync(join(root, 'content/talk'), { recursive: true })
    const r = shownotes('export', join(root, 'content'), '--format', 'html', '-o', out)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/no episodes found/)
  })
})
