// The UI language: the OS language unless the host chose one in the toolbar (remembered on this computer).
import { useCallback, useEffect, useState } from 'react'
import { systemLanguage, type Language } from '../i18n'

export type LanguageChoice = Language | 'system'

const storageKey = 'shownotes.language'

function storedChoice(): LanguageChoice {
  try {
    const v = localStorage.getItem(storageKey)
    return v === 'en' || v === 'ja' ? v : 'system'
  } catch {
    return 'system'
  }
}

export function useLanguage() {
  const [choice, setChoiceState] = useState<LanguageChoice>(storedChoice)
  const [system, setSystem] = useState<Language>(() => systemLanguage())
  useEffect(() => {
    const onChange = () => setSystem(systemLanguage())
    window.addEventListener('languagechange', onChange)
    return () => window.removeEventListener('languagechange', onChange)
  }, [])
  const lang: Language = choice === 'system' ? system : choice
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const setChoice = useCallback((next: LanguageChoice) => {
    setChoiceState(next)
    try {
      if (next === 'system') localStorage.removeItem(storageKey)
      else localStorage.setItem(storageKey, next)
    } catch {
      // Private windows may refuse storage; the choice still holds until the window closes.
    }
  }, [])
  return { lang, choice, setChoice }
}
