// Mounts the Shownotes UI once the settings, the workspace, its episodes and the last open episode have arrived
// (asked for together, so the first render is the real window), then loads the editor, the preview and the form
// in the background once the window has painted (at once when the last episode reopens).
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { afterPaint } from './after-paint'
import { preloadEditor, preloadEpisodeParts } from './lazy-parts'
import { loadStartup } from './state/startup'
import './styles.css'

void loadStartup().then((startup) => {
  // Reopening the last episode: its editor is needed now, the rest once it shows. Otherwise all of them once the
  // window has painted, so their loading never delays the list.
  const editorFirst = startup.episode ? preloadEditor() : Promise.resolve()
  createRoot(document.getElementById('root') as HTMLElement).render(<App startup={startup} />)
  // With no episode open, an idle moment warms the editor up for the first one.
  void editorFirst.then(() => afterPaint(() => preloadEpisodeParts(!startup.episode)))
})
