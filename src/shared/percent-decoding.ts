// Percent-decoding of URLs written in a document (`kato/Untitled%201.png`, `#%E6%97%A5`), which never throws:
// decodeURIComponent throws "URI malformed" on a broken escape such as `%E0%A4%A`, and a document may hold one.

const escapes = /(?:%[0-9a-fA-F]{2})+/g

/** `text` with its percent-escapes decoded; escapes that are not valid UTF-8 stay as they are written. */
export function decodePercents(text: string): string {
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return text.replace(escapes, decodeRun)
  }
}

/** One run of escapes: decoded whole when it is valid UTF-8, else byte sequence by byte sequence where it is. */
function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run)
  } catch {
    let out = ''
    for (let i = 0; i < run.length; ) {
      const lead = parseInt(run.slice(i + 1, i + 3), 16)
      const bytes = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 1
      const piece = run.slice(i, i + 3 * bytes)
      try {
        out += decodeURIComponent(piece)
        i += piece.length
      } catch {
        out += run.slice(i, i + 3)
        i += 3
      }
    }
    return out
  }
}
