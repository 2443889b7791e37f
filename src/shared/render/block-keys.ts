// Stable keys for rendered blocks: a hash of the block's HTML, with a counter for repeats, so the preview patches
// only blocks whose output changed (a block that moves but renders the same keeps its key).

/** FNV-1a over the UTF-16 code units, with the length: cheap, and two blocks must match in both to collide. */
function hashString(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return `${(h >>> 0).toString(36)}${s.length.toString(36)}`
}

/** Sets `key` on each block: hash of its HTML, plus `~n` for the n-th repeat of the same HTML. */
export function blockKeys(blocks: { html: string; key: string }[]): void {
  const seen = new Map<string, number>()
  for (const b of blocks) {
    const h = hashString(b.html)
    const n = seen.get(h) ?? 0
    seen.set(h, n + 1)
    b.key = n ? `${h}~${n}` : h
  }
}
