// "Preview on site": runs `hugo server` for the episode's own site (bound to 127.0.0.1 on a free port, drafts and
// future episodes shown, pages served from memory), waits until it is ready, and gives each episode's page URL.
// Stopped on demand and when the app quits; a missing hugo or a failing build is a message with hugo's own output,
// and so is a site with no layout for pages (hugo would serve "Page Not Found" for every episode).
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { UserError } from '../../shared/user-error'

export interface HugoServerOptions {
  /** The hugo executable (default: `hugo` on the PATH). */
  hugoPath?: string
  /** How long a first build may take before giving up (default 90 s; big sites with image processing are slow). */
  readyTimeoutMs?: number
  /** Every line hugo prints, for a log view. */
  onOutput?: (line: string) => void
}

interface Running {
  root: string
  url: string
  child: ChildProcess
  /** Content file (site-relative, forward slashes) → page URL on the running server. */
  pages: Map<string, string>
}

const READY = /Web Server is available at (http:\/\/\S+?)\/? \(bind address/
// Hugo's warning for a kind of page it has no template for; for kind "page" no episode page is rendered.
const NO_LAYOUT = /found no layout file for "HTML" for kind "(\w+)"/
// Keep the end of hugo's output for error messages (the reason is at the end; the start is banner and warnings).
const KEEP_LINES = 40

export class HugoPreviewServer {
  private running: Running | null = null
  private starting: Promise<{ url: string }> | null = null
  private readonly quit = () => this.running?.child.kill('SIGTERM')

  constructor(private readonly options: HugoServerOptions = {}) {}

  /** Starts (or reuses) the server for the site at `siteRoot`; resolves with its base URL once pages are served. */
  async start(siteRoot: string): Promise<{ url: string }> {
    const root = resolve(siteRoot)
    if (this.running?.root === root && this.running.child.exitCode === null) return { url: this.running.url }
    if (this.starting) await this.starting.catch(() => undefined)
    await this.stop()
    this.starting = this.launch(root)
    try {
      return await this.starting
    } finally {
      this.starting = null
    }
  }

  /** The URL of an episode's page on the running server; `episodePath` is relative to the site root (`content/talk/0034/index.md`). */
  pageUrl(episodePath: string): string {
    if (!this.running) throw new UserError('The site preview is not running; start it first.', 'hugo-not-running')
    const key = episodePath.replace(/\\/g, '/').replace(/^\.\//, '')
    const url = this.running.pages.get(key)
    if (!url) throw new UserError(`Hugo does not build a page for ${key} (it may be a headless bundle, or outside the content folder).`, 'hugo-no-page')
    return url
  }

  /** True while a server is running. */
  get url(): string | null {
    return this.running && this.running.child.exitCode === null ? this.running.url : null
  }

  /** Stops the server (if any) and waits for hugo to exit. */
  async stop(): Promise<void> {
    const running = this.running
    this.running = null
    process.off('exit', this.quit)
    if (!running || running.child.exitCode !== null || running.child.signalCode !== null) return
    const exited = once(running.child, 'exit').catch(() => undefined)
    running.child.kill('SIGTERM')
    const timer = setTimeout(() => running.child.kill('SIGKILL'), 3000)
    await exited
    clearTimeout(timer)
  }

  private async launch(root: string): Promise<{ url: string }> {
    const hugo = this.options.hugoPath ?? 'hugo'
    const port = await freePort()
    const base = `http://127.0.0.1:${port}/`
    const args = ['server', '--source', root, '--bind', '127.0.0.1', '--port', String(port), '--baseURL', base, '--appendPort=false', '--buildDrafts', '--buildFuture', '--disableFastRender']
    const child = spawn(hugo, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
    const lines: string[] = []
    const noLayout = new Set<string>()
    let url: string | null = null

    const ready = new Promise<string>((resolveReady, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new UserError(`Hugo did not finish building the site within ${Math.round((this.options.readyTimeoutMs ?? 90_000) / 1000)} seconds.\n${tail(lines)}`, 'hugo-timeout'))
      }, this.options.readyTimeoutMs ?? 90_000)
      const onLine = (line: string) => {
        lines.push(line)
        if (lines.length > KEEP_LINES * 4) lines.splice(0, lines.length - KEEP_LINES)
        this.options.onOutput?.(line)
        const kind = NO_LAYOUT.exec(line)?.[1]
        if (kind) noLayout.add(kind)
        const m = READY.exec(line)
        if (m && !url) {
          url = m[1].endsWith('/') ? m[1] : m[1] + '/'
          clearTimeout(timer)
          resolveReady(url)
        }
      }
      for (const stream of [child.stdout!, child.stderr!]) {
        let buffer = ''
        stream.setEncoding('utf8')
        stream.on('data', (chunk: string) => {
          buffer += chunk
          const parts = buffer.split(/\r?\n/)
          buffer = parts.pop()!
          parts.forEach(onLine)
        })
      }
      child.once('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer)
        reject(
          err.code === 'ENOENT'
            ? new UserError('Hugo is not installed (no "hugo" command was found). Install Hugo (https://gohugo.io/installation/) to preview episodes on your site.', 'hugo-missing')
            : new UserError(`Hugo could not be started: ${err.message}`, 'hugo-failed')
        )
      })
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        if (!url) reject(new UserError(`The site failed to build (hugo exited with ${signal ?? `code ${code}`}):\n${tail(lines)}`, 'hugo-build-failed'))
      })
    })

    const served = await ready
    if (noLayout.has('page')) {
      child.kill('SIGTERM')
      throw new UserError(
        `Hugo found no layout for episode pages, so every episode shows "Page Not Found". Add a theme (theme = "name" in the site's config, with the theme in themes/name) or a layouts/_default/single.html template.\n${tail(lines)}`,
        'hugo-no-layout'
      )
    }
    process.on('exit', this.quit)
    const running: Running = { root, url: served, child, pages: await listPages(hugo, root, served) }
    this.running = running
    child.once('exit', () => {
      if (this.running === running) this.running = null
    })
    return { url: served }
  }
}

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

/** Every page's URL as hugo makes it (`hugo list all`: slugs, `url`, permalinks config), drafts and future included. */
async function listPages(hugo: string, root: string, baseURL: string): Promise<Map<string, string>> {
  // `hugo list` has no --baseURL flag; Hugo reads any config key from a HUGO_ environment variable.
  const env = { ...process.env, HUGO_BASEURL: baseURL }
  const child = spawn(hugo, ['list', 'all', '--source', root], { cwd: root, env, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true })
  let csv = ''
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (csv += c))
  await once(child, 'close').catch(() => undefined)
  const pages = new Map<string, string>()
  const rows = parseCsv(csv)
  const header = rows.shift() ?? []
  const pathAt = header.indexOf('path')
  const linkAt = header.indexOf('permalink')
  if (pathAt === -1 || linkAt === -1) return pages
  for (const row of rows) if (row[pathAt] && row[linkAt]) pages.set(row[pathAt].replace(/\\/g, '/'), row[linkAt])
  return pages
}

/** RFC 4180 CSV (titles may hold commas and quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

function tail(lines: string[]): string {
  return lines.filter((l) => l.trim()).slice(-KEEP_LINES).join('\n')
}
