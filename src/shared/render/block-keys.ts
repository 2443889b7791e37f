// Stable keys for rendered blocks: a hash of the block's HTML, with a counter for repeats, so the preview patches
// only blocks whose output changed (a block that moves but renders the same keeps its key).

/** 53-bit string hash (cyrb53): fast, and collisions are not a concern for a few hundred blocks. */
export function hashString(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
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
