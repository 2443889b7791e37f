// The only links Shownotes ever hands to the system browser or mail client: http, https and mailto.

const externalProtocols = new Set(['http:', 'https:', 'mailto:'])

export function isExternalUrl(url: string): boolean {
  try {
    return externalProtocols.has(new URL(url).protocol)
  } catch {
    return false
  }
}
