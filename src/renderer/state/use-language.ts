// The UI language: the OS language unless the host chose one (kept in the settings, read before the window
// first renders, so it never shows in the wrong language first).
import { useEffect, useState } from 'react'
import { systemLanguage, type Language } from '../i18n'

export type LanguageChoice = Language | 'system'

export function useLanguage(initial: LanguageChoice = 'system') {
  const [choice, setChoice] = useState<LanguageChoice>(initial)
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
  return { lang, choice, setChoice }
}
