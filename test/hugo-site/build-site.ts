// Builds a throw-away Hugo site (the comparison theme in ./theme, goldmark `unsafe`, emoji, CJK) from episode texts,
// runs `hugo`, and returns each page's content HTML as printed between markers by the theme's single.html (Go templates drop HTML comments, so the markers are text).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SitePage {
  /** Path under content/, e.g. `podcast/0034/index.md`. */
  path: string
  text: string
}

export const themeDir = fileURLToPath(new URL('.', import.meta.url))

/** True when a `hugo` binary answers `hugo version`. */
export function hugoAvailable(): boolean {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  return r.status === 0
}

export function writeSite(dir: string, pages: SitePage[], options: { emoji?: boolean } = {}): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'config.toml'),
    [
      'baseURL = "/"',
      'title = "comparison"',
      `themesDir = ${JSON.stringify(themeDir)}`,
      'theme = "theme"',
      `enableEmoji = ${options.emoji !== false}`,
      'hasCJKLanguage = true',
      'defaultContentLanguage = "en"',
      'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
      '[markup.goldmark.renderer]',
      'unsafe = true',
      '[markup.highlight]',
      'codeFences = false',
      '[markup.tableOfContents]',
      'startLevel = 2',
      'endLevel = 3',
      ''
    ].join('\n')
  )
  for (const page of pages) {
    const file = join(dir, 'content', page.path)
    mkdirSync(resolve(file, '..'), { recursive: true })
    writeFileSync(file, page.text)
  }
}

/** Runs hugo on `dir` (drafts, future and expired pages included); throws with hugo's output when it fails. */
export function runHugo(dir: string): { ms: number } {
  const started = performance.now()
  const r = spawnSync('hugo', ['--quiet', '-D', '-F', '-E', '-s', dir, '-d', join(dir, 'public')], { encoding: 'utf8' })
  const ms = performance.now() - started
  if (r.status !== 0) throw new Error(`hugo failed:\n${r.stderr}\n${r.stdout}`)
  return { ms }
}

/** Content HTML of every page hugo wrote, by its path under content/. */
export function readContents(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.html')) {
        const html = readFileSync(p, 'utf8')
        const m = /@@CONTENT-START (.*?)@@([\s\S]*)@@CONTENT-END@@/.exec(html)
        if (m) out.set(m[1].replace(/\\/g, '/'), m[2])
      }
    }
  }
  walk(join(dir, 'public'))
  return out
}
