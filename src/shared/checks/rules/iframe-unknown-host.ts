// A player iframe from a host not on the allow-list: the preview and every export remove it, so readers of the
// exported notes would get no player. Known hosts: anchor.fm, Spotify, YouTube, SoundCloud, Apple Podcasts, Vimeo.
import { defaultIframeHosts } from '../../iframe-hosts'
import type { CheckRule } from '../types'

/** True when `src` is an https (or http) URL whose host is on the list (or a sub-domain of one on it). */
export function isAllowedPlayer(src: string, hosts: readonly string[]): boolean {
  let url: URL
  try {
    url = new URL(src.startsWith('//') ? 'https:' + src : src)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  const host = url.hostname.toLowerCase()
  return hosts.some((h) => host === h.toLowerCase() || host.endsWith('.' + h.toLowerCase()))
}

export const iframeUnknownHost: CheckRule = {
  id: 'iframe-unknown-host',
  severity: 'warning',
  description: 'A player <iframe> from a host that is not on the allowed list (the preview and exports remove it).',
  check(facts, report) {
    const hosts = [...defaultIframeHosts, ...facts.config.iframeHosts]
    for (const ref of facts.refs.refs) {
      if (ref.kind !== 'html-iframe' || isAllowedPlayer(ref.url, hosts)) continue
      let host = ref.url
      try {
        host = new URL(ref.url.startsWith('//') ? 'https:' + ref.url : ref.url).hostname || ref.url
      } catch {
        // not a URL at all: show it as written
      }
      report({
        from: ref.urlFrom,
        to: ref.urlTo,
        message: `The player from "${host}" is not on the list of allowed player hosts, so the preview and exports leave it out. If you trust it, add it to iframeHosts in .shownotes.yaml.`
      })
    }
  }
}
