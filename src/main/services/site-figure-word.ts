// The site's word for "Figure" as its theme prints it: the `figure` entry of `i18n/<lang>.yaml|toml|json` in the
// site, then in its themes, for the site's language (`languageCode`, else `defaultContentLanguage`).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import type { HugoConfig } from './hugo-config'
import { figureWord, languageCandidates } from '../../shared/render/figure-word'

/** The figure word for the site at `root` (configured by `hugo`; "Figure" for a plain folder). */
export async function readFigureWord(root: string, hugo: HugoConfig | null): Promise<string> {
  if (!hugo) return 'Figure'
  const { settings } = hugo
  const languages = languageCandidates(settings.languageCode, settings.defaultContentLanguage)
  const siteWords: Record<string, string> = {}
  for (const lang of languages) {
    for (const dir of [root, ...settings.themes.map((t) => join(root, 'themes', t))]) {
      const word = await i18nFigure(dir, lang)
      if (word) {
        siteWords[lang] = word
        break
      }
    }
    if (siteWords[lang]) break
  }
  return figureWord(languages, siteWords)
}

async function i18nFigure(dir: string, lang: string): Promise<string | undefined> {
  for (const ext of ['yaml', 'yml', 'toml', 'json']) {
    const text = await readFile(join(dir, 'i18n', `${lang}.${ext}`), 'utf8').catch(() => null)
    if (text === null) continue
    try {
      return entryOf(ext === 'toml' ? parseToml(text) : parseYaml(text, { maxAliasCount: 20 }))
    } catch {
      return undefined // a broken translation file: the built-in word
    }
  }
  return undefined
}

// Hugo's translation files: a list of `{ id, translation }` (Academic's form) or a map `figure: …` whose value is
// the text or `{ other: … }`.
function entryOf(data: unknown): string | undefined {
  const text = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.trim() || undefined
    if (v && typeof v === 'object' && 'other' in v) return text((v as { other: unknown }).other)
    return undefined
  }
  if (Array.isArray(data)) {
    const item = data.find((i) => i && typeof i === 'object' && (i as { id?: unknown }).id === 'figure') as { translation?: unknown } | undefined
    return item ? text(item.translation) : undefined
  }
  if (data && typeof data === 'object' && 'figure' in data) return text((data as { figure: unknown }).figure)
  return undefined
}
