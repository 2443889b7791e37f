// The people an episode's front matter names, offered as names for a new transcript's speakers.

/** The people the front matter names: `authors`, `hosts`, `guests`, `speakers`, `cast` (strings or lists of them). */
export function episodePeople(frontMatter: Record<string, unknown> | null): string[] {
  const out: string[] = []
  for (const [key, value] of Object.entries(frontMatter ?? {})) {
    if (!/^(authors?|hosts?|guests?|speakers?|cast|participants?|personalities)$/i.test(key)) continue
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v.trim()) out.push(v.trim())
  }
  return [...new Set(out)]
}
