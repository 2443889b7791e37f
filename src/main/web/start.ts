// Starts web mode: one AppCore, its dispatcher and the local server, wired together; used by `shownotes serve`,
// by `npm start` when Electron's binary is missing, and by the end-to-end tests.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WorkspaceInfo } from '../../shared/api'
import { AppCore } from '../app-core'
import { askStartupAnswers, contentSecurityPolicy } from '../app-files'
import { defaultDataDir } from '../data-dir'
import { createDispatcher } from '../dispatch'
import { loadSettings } from '../services/settings'
import { startWebServer, type WebServer } from './server'

export interface WebMode {
  server: WebServer
  core: AppCore
  workspace: WorkspaceInfo
  close(): Promise<void>
}

export function builtRendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [resolve(here, '../renderer'), resolve(here, '../../../out/renderer'), resolve(process.cwd(), 'out/renderer')]
  const found = candidates.find((c) => existsSync(resolve(c, 'index.html')))
  if (!found) throw new Error('The app is not built yet: run `npm run build` first.')
  return found
}

export async function startWebMode(options: { folder?: string; port?: number; dataDir?: string; rendererDir?: string } = {}): Promise<WebMode> {
  const dataDir = options.dataDir ?? defaultDataDir()
  let server: WebServer | null = null
  const core = new AppCore({ dataDir, emit: (event, payload) => server?.emit(event, payload) })
  const workspace = await core.open(options.folder)
  const dispatch = createDispatcher(core.handlers)
  server = await startWebServer({
    dispatch,
    rendererDir: options.rendererDir ?? builtRendererDir(),
    workspaceRoot: () => core.info?.root ?? null,
    csp: async () => contentSecurityPolicy((await loadSettings(dataDir)).iframeHosts),
    startup: () => askStartupAnswers(dispatch),
    port: options.port
  })
  const s = server
  return { server: s, core, workspace, close: async () => (await s.close(), await core.close()) }
}
