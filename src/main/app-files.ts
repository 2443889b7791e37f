// What both shells serve besides the API: the built renderer (with its Content-Security-Policy, and index.html
// carrying the window's startup answers) and workspace files under `/media/…`, always confined to the workspace.
// Electron's `app://` protocol and web mode share it.
import { open, readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { resolveInside } from './services/paths'
import type { Dispatch } from './dispatch'
import { byteRange, contentRange } from '../shared/http-range'
import { UserError } from '../shared/user-error'
import { mediaMimeType } from '../shared/file-kinds'
import { defaultIframeHosts } from '../shared/iframe-hosts'
import { embedStartupAnswers, startupMethods, type StartupAnswers } from '../shared/startup-answers'

export interface AppResponse {
  status: number
  headers: Record<string, string>
  body: Uint8Array | string
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.woff2': 'font/woff2',
  '.pdf': 'application/pdf', '.md': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8'
}
// Images, audio and video: the one file-kind table (src/shared/file-kinds.ts).
const typeOf = (path: string) => types[extname(path).toLowerCase()] ?? mediaMimeType(path) ?? 'application/octet-stream'

/** The window's policy; `extraIframeHosts` are the player hosts a user added in settings, on top of the defaults. */
export function contentSecurityPolicy(extraIframeHosts: string[] = []): string {
  const frames = [...new Set([...defaultIframeHosts, ...extraIframeHosts])].map((h) => `https://${h}`).join(' ')
  return [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob: https:",
    "media-src 'self' blob: https:", `frame-src ${frames}`, "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
    "form-action 'none'", "frame-ancestors 'none'"
  ].join('; ')
}

/** The startup calls answered by the same dispatcher the window's calls go to, together. */
export async function askStartupAnswers(dispatch: Dispatch): Promise<StartupAnswers> {
  const envelopes = await Promise.all(startupMethods.map((method) => dispatch(method, {})))
  return Object.fromEntries(startupMethods.map((method, i) => [method, envelopes[i]])) as StartupAnswers
}

const notFound = (what: string): AppResponse => ({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${what} was not found.` })

async function fileResponse(absPath: string, extraHeaders: Record<string, string>): Promise<AppResponse> {
  const info = await stat(absPath).catch(() => null)
  if (!info?.isFile()) return notFound('That file')
  const type = typeOf(absPath)
  return { status: 200, headers: { 'content-type': type, 'x-content-type-options': 'nosniff', ...extraHeaders }, body: await readFile(absPath) }
}

/** A workspace file answered whole (200) or in part (206) as its Range header asks, so players can seek. */
async function mediaResponse(absPath: string, range: string | null | undefined, extraHeaders: Record<string, string>): Promise<AppResponse> {
  const info = await stat(absPath).catch(() => null)
  if (!info?.isFile()) return notFound('That file')
  const headers = { 'content-type': typeOf(absPath), 'x-content-type-options': 'nosniff', 'accept-ranges': 'bytes', ...extraHeaders }
  const answer = byteRange(range, info.size)
  if (answer.kind === 'full') return { status: 200, headers, body: await readFile(absPath) }
  if (answer.kind === 'unsatisfiable') return { status: 416, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-range': contentRange(answer, info.size) }, body: 'That range is not in the file.' }
  const file = await open(absPath, 'r')
  try {
    const body = new Uint8Array(answer.end - answer.start + 1)
    const { bytesRead } = await file.read(body, 0, body.length, answer.start)
    return { status: 206, headers: { ...headers, 'content-range': contentRange(answer, info.size) }, body: body.subarray(0, bytesRead) }
  } finally {
    await file.close()
  }
}

export interface AppFileContext {
  rendererDir: string
  workspaceRoot: string | null
  csp: () => string | Promise<string>
  startup?: () => Promise<StartupAnswers>
  /** The file a desktop recording grant plays (`/recording/<id>/…`); absent in web mode, which grants none. */
  recordingPath?: (id: string) => string | null
  /** The request's Range header, answered for workspace files (206 or 416). */
  range?: string | null
}

/**
 * Answers a GET for `pathname`: `/media/<workspace-relative path>` serves a workspace file (SVGs sandboxed so a
 * script inside one never runs; HTTP Range answered); `/recording/<id>/<name>` plays a recording the desktop app was
 * granted (recording-memory.ts); anything else is a file of the built renderer, `/` being its index.html.
 */
export async function appFile(
  pathname: string,
  ctx: AppFileContext
): Promise<AppResponse> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'That address is not valid.' }
  }
  try {
    if (decoded.startsWith('/media/')) {
      if (!ctx.workspaceRoot) return notFound('No folder is open, so that image')
      const abs = resolveInside(ctx.workspaceRoot, decoded.slice('/media/'.length))
      return await mediaResponse(abs, ctx.range, { 'content-security-policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:", 'cache-control': 'no-cache' })
    }
    if (decoded.startsWith('/recording/')) {
      const path = ctx.recordingPath?.(decoded.split('/')[2] ?? '')
      if (!path) return notFound('That recording')
      return await mediaResponse(path, ctx.range, { 'content-security-policy': "sandbox; default-src 'none'", 'cache-control': 'no-cache' })
    }
    const rel = decoded === '/' ? 'index.html' : decoded.slice(1)
    const abs = resolveInside(ctx.rendererDir, rel)
    // Built assets carry a content hash in their names, so a browser may keep (and keep compiled) them for good.
    const headers: Record<string, string> = rel.endsWith('.html')
      ? { 'content-security-policy': await ctx.csp(), 'cache-control': 'no-cache' }
      : rel.startsWith('assets/')
        ? { 'cache-control': 'public, max-age=31536000, immutable' }
        : {}
    const answers = rel === 'index.html' ? ctx.startup?.() : undefined
    const file = await fileResponse(abs, headers)
    if (!answers || file.status !== 200) return file
    // The answers are the user's data: never kept in a cache.
    return { ...file, headers: { ...file.headers, 'cache-control': 'no-store' }, body: embedStartupAnswers(Buffer.from(file.body).toString('utf8'), await answers) }
  } catch (err) {
    // A path outside the workspace is refused; any other user error is a bad request (a name too long).
    if (err instanceof UserError) return { status: err.code === 'path-refused' ? 403 : 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: err.message }
    throw err
  }
}
