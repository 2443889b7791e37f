// Renders an episode for the preview pane: the shared renderer (as `shownotes render` prints it), with bundle
// URLs mapped to the media route at display time, then the shared sanitizer policy in this window's DOM.
import { renderEpisode } from '../../shared/render'
import { createSanitizer } from '../../shared/sanitize'
import { mediaUrl } from '../api'
import { defaultIframeHosts } from '../../shared/iframe-hosts'

let sanitizer: ReturnType<typeof createSanitizer> | null = null

/** Where a URL written in the episode points for display: bundle files and site paths go through `/media/`. */
export function resolveForPreview(url: string, episodePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return url
  const [path, suffix = ''] = url.split(/(?=[?#])/, 2)
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    decoded = path
  }
  if (decoded.startsWith('/')) return mediaUrl('static' + decoded) + suffix
  const dir = episodePath.split('/').slice(0, -1)
  for (const part of decoded.split('/')) {
    if (part === '..') dir.pop()
    else if (part !== '.' && part !== '') dir.push(part)
  }
  return mediaUrl(dir.join('/')) + suffix
}

export function renderPreviewHtml(text: string, episodePath: string): string {
  sanitizer ??= createSanitizer(window, { iframeHosts: defaultIframeHosts })
  const { html } = renderEpisode(text, { resolveUrl: (url) => resolveForPreview(url, episodePath) })
  return sanitizer(html)
}
