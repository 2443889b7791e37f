// The app's settings (autosave, theme, language, player hosts, summary limit, prose font) as the main process keeps
// them: read at start, saved through `settings.set`, the theme and prose font applied to the page as `<html data-theme
// data-prose-font>`.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react'
import type { Settings } from '../../shared/api'
import { api } from '../api'
import type { LanguageChoice } from './use-language'

export type Theme = Settings['theme']

/** Sets `data-theme` on `<html>` (absent for "system", so the OS's prefers-color-scheme decides). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}

/** Sets `data-prose-font` on `<html>` (absent for monospace, the default): styles.css picks the editor's prose font. */
export function applyProseFont(font: Settings['proseFont'], root: HTMLElement = document.documentElement): void {
  if (font === 'proportional') root.setAttribute('data-prose-font', font)
  else root.removeAttribute('data-prose-font')
}

/**
 * `initial`: the settings read before the window rendered (null when they could not be read: asked again here).
 * `setLanguage` is the toolbar's language state; `chooseLanguage` changes it and the settings.
 */
export function useSettings(setLanguage: (choice: LanguageChoice) => void, initial: Settings | null) {
  const [settings, setSettings] = useState<Settings | null>(initial)
  const theme = settings?.theme ?? 'system'

  const proseFont = settings?.proseFont ?? 'monospace'

  useLayoutEffect(() => applyTheme(theme), [theme])
  useLayoutEffect(() => applyProseFont(proseFont), [proseFont])

  useEffect(() => {
    if (initial) return
    let cancelled = false
    api.settings.get({}).then(
      (loaded) => {
        if (cancelled) return
        setSettings(loaded)
        setLanguage(loaded.language)
      },
      () => undefined
    )
    return () => {
      cancelled = true
    }
    // Read once, when the window mounts.
  }, [setLanguage])

  /** Saves the changed fields; throws the API's message when a value is refused. */
  const update = useCallback(
    async (patch: Partial<Settings>): Promise<Settings> => {
      const saved = await api.settings.set(patch)
      setSettings(saved)
      if (patch.language) setLanguage(saved.language)
      return saved
    },
    [setLanguage]
  )

  const chooseLanguage = useCallback(
    (choice: LanguageChoice) => {
      setLanguage(choice)
      void api.settings.set({ language: choice }).then(setSettings, () => undefined)
    },
    [setLanguage]
  )

  return { settings, update, chooseLanguage }
}
