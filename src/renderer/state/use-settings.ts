// The app's settings (autosave, theme, language, player hosts, summary limit) as the main process keeps them:
// read at start, saved through `settings.set`, the theme applied to the page as `<html data-theme>`.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react'
import type { Settings } from '../../shared/api'
import { api } from '../api'
import type { LanguageChoice } from './use-language'

export type Theme = Settings['theme']

// The last theme is remembered in the page too, so a dark window does not flash light while settings load.
const themeKey = 'shownotes.theme'

function storedTheme(): Theme {
  try {
    const v = localStorage.getItem(themeKey)
    return v === 'light' || v === 'dark' ? v : 'system'
  } catch {
    return 'system'
  }
}

/** Sets `data-theme` on `<html>` (absent for "system", so the OS's prefers-color-scheme decides). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
  try {
    if (theme === 'system') localStorage.removeItem(themeKey)
    else localStorage.setItem(themeKey, theme)
  } catch {
    // Storage refused (private window): the theme still applies until the window closes.
  }
}

/**
 * `setLanguage` is the toolbar's language state: a language saved in the settings wins over the one this
 * browser remembers, and `chooseLanguage` changes both.
 */
export function useSettings(setLanguage: (choice: LanguageChoice) => void) {
  const [settings, setSettings] = useState<Settings | null>(null)
  const theme = settings?.theme ?? storedTheme()

  useLayoutEffect(() => applyTheme(theme), [theme])

  useEffect(() => {
    let cancelled = false
    api.settings.get({}).then(
      (loaded) => {
        if (cancelled) return
        setSettings(loaded)
        if (loaded.language !== 'system') setLanguage(loaded.language)
      },
      () => undefined
    )
    return () => {
      cancelled = true
    }
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
