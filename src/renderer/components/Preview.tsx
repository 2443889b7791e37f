// The preview pane: the episode rendered as the site renders it, sanitized, with bundle images through the
// media route. Links go to the system browser (http, https and mailto only).
import { useEffect, useRef } from 'react'
import { isExternalUrl } from '../../shared/external-url'
import { api } from '../api'
import { renderPreviewHtml } from '../preview/render-preview'

export interface PreviewProps {
  text: string
  episodePath: string
}

export function Preview({ text, episodePath }: PreviewProps) {
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (host.current) host.current.innerHTML = renderPreviewHtml(text, episodePath)
    })
    return () => cancelAnimationFrame(frame)
  }, [text, episodePath])

  const onClick = (event: React.MouseEvent) => {
    const link = (event.target as HTMLElement).closest('a')
    if (!link) return
    event.preventDefault()
    const href = link.getAttribute('href') ?? ''
    if (href.startsWith('#')) document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView()
    else if (isExternalUrl(link.href)) void api.app.openExternal({ url: link.href })
  }

  return <article className="preview" ref={host} onClick={onClick} data-testid="preview" />
}
