// Mounts the Shownotes UI once the settings, the workspace and its episodes have arrived (asked for together, so
// the first render is the real window), then loads the editor, the preview and the form in the background.
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { preloadEpisodeParts } from './lazy-parts'
import { loadStartup } from './state/startup'
import './styles.css'

void loadStartup().then((startup) => {
  createRoot(document.getElementById('root') as HTMLElement).render(<App startup={startup} />)
  preloadEpisodeParts()
})
