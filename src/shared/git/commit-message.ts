// The commit message a publish starts with, made from the episodes' titles (the host may change it).

export function defaultCommitMessage(episodes: readonly { title: string; path: string }[]): string {
  const names = episodes.map((e) => e.title.trim() || e.path)
  if (names.length === 1) return `Publish “${names[0]}”`
  return `Publish ${names.length} episodes: ${names.map((n) => `“${n}”`).join(', ')}`
}
