// A player iframe from a host not on the allow-list (the sanitizer's own test): the preview and every export remove
// it, so readers would get no player. Known hosts: anchor.fm, Spotify, YouTube, SoundCloud, Apple Podcasts, Vimeo.
import { defaultIframeHosts } from '../../iframe-hosts'
import { isAllowedIframeSrc } from '../../sanitize-policy'
import type { CheckRule } from '../types'

export const iframeUnknownHost: CheckRule = {
  id: 'iframe-unknown-host',
  severity: 'warning',
  description: 'A player <iframe> from a host that is not on the allowed list (the preview and exports remove it).',
  check(facts, report) {
    const hosts = [...defaultIframeHosts, ...facts.config.iframeHosts]
    for (const ref of facts.refs.refs) {
      if (ref.kind !== 'html-iframe' || isAllowedIframeSrc(ref.url, hosts)) continue
      let host = ref.url
      try {
        host = new URL(ref.url.startsWith('//') ? 'https:' + ref.url : ref.url).hostname || ref.url
      } catch {
        // not a URL at all: show it as written
      }
      report({
        from: ref.urlFrom,
        to: ref.urlTo,
        code: 'iframe-unknown-host',
        params: { host }
      })
    }
  }
}
