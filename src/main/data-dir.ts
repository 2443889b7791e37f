// Where Shownotes keeps its own files (settings, recovery journal, index cache, the sample site):
// the same folder Electron's `userData` uses, so the desktop app and web mode share them.
import { homedir } from 'node:os'
import { join } from 'node:path'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SHOWNOTES_DATA_DIR) return env.SHOWNOTES_DATA_DIR
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Shownotes')
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Shownotes')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Shownotes')
}
