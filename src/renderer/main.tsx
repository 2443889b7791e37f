// Mounts the Shownotes UI with the settings, the workspace, its episodes and the last open episode (written into
// the page, else asked for together, so the first render is the real window), then loads the editor, the preview
// and the form in the background once the window has painted (the editor at once when the last episode reopens).
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { afterPaint } from './after-paint'
import { apiReady } from './api'
import { preloadEditor, preloadEpisodeParts, whenEditorShown } from './lazy-parts'
import { loadStartup } from './state/startup'
import './styles.css'

void Promise.all([loadStartup(), apiReady]).then(([startup]) => {
  // Reopening the last episode: its editor is needed now, the rest once it shows. Otherwise all of them once the
  // window has painted, so their loading never delays the list; then an idle moment warms the editor up.
  if (startup.episode) void preloadEditor()
  createRoot(document.getElementById('root') as HTMLElement).render(<App startup={startup} />)
  if (startup.episode) void whenEditorShown().then(() => preloadEpisodeParts())
  else afterPaint(() => preloadEpisodeParts(true))
})
