// The word before a numbered figure's number ("Figure 1:", "図 1:"): the theme prints `i18n "figure"` in the
// site's language. The site's or theme's i18n file wins; else this table of the Academic theme's words.

const THEME_WORDS: Record<string, string> = {
  en: 'Figure',
  ja: '図',
  zh: '图',
  ko: '그림',
  de: 'Abbildung',
  fr: 'Figure',
  es: 'Figura',
  it: 'Figura',
  pt: 'Figura',
  nl: 'Figuur',
  ru: 'Рисунок'
}

/** The languages to look a word up in, best first: `ja-JP` → `ja-jp`, `ja`. */
export function languageCandidates(...codes: (string | undefined)[]): string[] {
  const out: string[] = []
  for (const code of codes) {
    const lower = code?.trim().toLowerCase().replace(/_/g, '-')
    if (!lower) continue
    for (const c of [lower, lower.split('-')[0]]) if (!out.includes(c)) out.push(c)
  }
  return out
}

/** The figure word for the first of `languages` that has one: from `siteWords` (language → word) or the table. */
export function figureWord(languages: readonly string[], siteWords: Record<string, string> = {}): string {
  for (const lang of languages) {
    if (Object.hasOwn(siteWords, lang)) return siteWords[lang]
    if (Object.hasOwn(THEME_WORDS, lang)) return THEME_WORDS[lang]
  }
  return 'Figure'
}
