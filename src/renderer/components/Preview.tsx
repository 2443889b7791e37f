// The preview pane: the episode rendered as the site renders it, sanitized, with bundle images through the
// media route, patched chunk by chunk as the host types, scrolled in step with the editor. Links go to the
// system browser (http, https and mailto only); lightbox figures open large; players load on a click.
import type { Text } from '@codemirror/state'
import { useEffect, useRef, useState } from 'react'
import { isExternalUrl } from '../../shared/external-url'
import { pairedShortcodeNames } from '../../shared/shortcodes/catalog'
import { decodePercents } from '../../shared/percent-decoding'
import { api } from '../api'
import { frontMatterHead } from '../editor/front-matter-head'
import { scrollToLine, topLine } from '../editor/scroll-sync'
import { useI18n } from '../i18n'
import { deferPlayers, loadPlayer, markMissing, type DecorateWords } from '../preview/decorate'
import { PreviewController } from '../preview/preview-controller'
import { failureReason, renderFailure } from '../preview/render-failure'
import { seekFromPreview } from '../preview/timestamp-click'
import { needsWholeBody, referenceDefinitions, renderChunk, type ChunkContext } from '../preview/render-preview'
import { previewWorker } from '../preview/preview-worker-client'
import type { EditorBus } from '../state/editor-bus'
import { Lightbox, type LightboxImage } from './Lightbox'

export interface PreviewProps {
  bus: EditorBus
  episodePath: string
  /** The episode's front matter (title and dates for the page header, `param` shortcodes). */
  params: Record<string, unknown> | null
  iframeHosts: string[]
  /** The site's word for "Figure" (numbered figures). */
  figureWord?: string
}

// Lines whose edit can change how other chunks render: reference definitions, footnotes, a table of contents,
// a closing shortcode tag (it makes its name a paired one).
const GLOBAL_HINT = /\]:|\[\^|toc|\{\{[<%]\s*\//

function pairedNamesOf(body: string): Set<string> {
  const names = new Set(pairedShortcodeNames)
  for (const m of body.matchAll(/\{\{[<%]\s*\/\s*([\w.\-/]+)/g)) names.add(m[1])
  return names
}

function plain(v: unknown): string {
  return v === null || v === undefined ? '' : String(v)
}

export function Preview({ bus, episodePath, params, iframeHosts, figureWord }: PreviewProps) {
  const { t, lang } = useI18n()
  const scroller = useRef<HTMLDivElement>(null)
  const host = useRef<HTMLDivElement>(null)
  const controllerRef = useRef<PreviewController | null>(null)
  const [lightbox, setLightbox] = useState<LightboxImage | null>(null)
  const paramsRef = useRef(params)
  paramsRef.current = params
  const words = useRef<DecorateWords>(null as unknown as DecorateWords)
  words.current = {
    loadPlayer: t('preview.player'),
    playerFrom: (h) => t('preview.playerFrom', { host: h }),
    missing: (path) => t('preview.missing', { path })
  }
  const failedWords = useRef<(error: unknown) => string>(String)
  failedWords.current = (error) => t('preview.failed', { message: failureReason(error) })
  const bundleDir = episodePath.split('/').slice(0, -1).join('/')

  // The incremental renderer, fed by the editor's updates (not by React: typing never re-renders this component).
  useEffect(() => {
    const el = host.current as HTMLDivElement
    const ctx: ChunkContext = { episodePath, params: {}, definitions: '', iframeHosts, figureWord }
    const chunkOptions = { pairedNames: new Set(pairedShortcodeNames) as ReadonlySet<string> }
    const controller = new PreviewController(el, {
      render: (text) => renderChunk(text, { ...ctx, params: paramsRef.current ?? {} }),
      decorate: (chunk) => deferPlayers(chunk, words.current),
      failed: (error) => failedWords.current(error),
      chunkOptions,
      renderElsewhere: previewWorker(() => ({ ...ctx, params: paramsRef.current ?? {} }))
    })
    controllerRef.current = controller
    let bodyFrom = 0
    let whole = false
    const globalsOf = (body: string) => ({ definitions: referenceDefinitions(body), whole: needsWholeBody(body), paired: pairedNamesOf(body) })
    const full = (doc: Text) => {
      bodyFrom = frontMatterHead(doc).bodyFrom
      const g = globalsOf(doc.sliceString(bodyFrom, doc.length, '\n'))
      ctx.definitions = g.definitions
      whole = g.whole
      chunkOptions.pairedNames = g.paired
      controller.reset(doc, bodyFrom, whole)
    }
    // Whatever throws while rendering this episode shows in the pane; the next edit renders it all again.
    let failed = false
    const onUpdate: Parameters<EditorBus['subscribe']>[0] = (u, view) => {
      if (!view) return
      if (!u || failed) return full(view.state.doc)
      if (!u.docChanged) return
      let touchesHead = false
      let global = false
      u.changes.iterChanges((fromA, toA, fromB, toB) => {
        if (fromA <= bodyFrom + 1) touchesHead = true
        const before = u.startState.doc
        const after = u.state.doc
        if (GLOBAL_HINT.test(before.sliceString(before.lineAt(fromA).from, before.lineAt(toA).to)) || GLOBAL_HINT.test(after.sliceString(after.lineAt(fromB).from, after.lineAt(toB).to))) global = true
      })
      if (touchesHead) bodyFrom = frontMatterHead(u.state.doc).bodyFrom
      if (global) {
        const g = globalsOf(u.state.doc.sliceString(bodyFrom, u.state.doc.length, '\n'))
        const same = g.definitions === ctx.definitions && g.whole === whole && g.paired.size === chunkOptions.pairedNames.size && [...g.paired].every((n) => chunkOptions.pairedNames.has(n))
        if (!same) return full(u.state.doc)
      }
      controller.update(u.state.doc, u.changes, bodyFrom)
    }
    const guarded: typeof onUpdate = (u, view) => {
      if (failed && u && !u.docChanged) return
      try {
        onUpdate(u, view)
        failed = false
      } catch (error) {
        failed = true
        el.replaceChildren(renderFailure(failedWords.current(error)))
      }
    }
    const off = bus.subscribe(guarded)
    if (bus.view) guarded(null, bus.view)
    return () => {
      off()
      controller.destroy()
      controllerRef.current = null
    }
  }, [bus, episodePath, iframeHosts, figureWord, lang])

  // Scroll sync both ways by source line; whichever side the user scrolls leads for a moment.
  useEffect(() => {
    const pane = scroller.current as HTMLDivElement
    const body = host.current as HTMLDivElement
    let leader: 'editor' | 'preview' | null = null
    let release: number | undefined
    const lead = (who: 'editor' | 'preview') => {
      leader = who
      window.clearTimeout(release)
      release = window.setTimeout(() => (leader = null), 150)
    }
    const onPreviewScroll = () => {
      const view = bus.view
      const controller = controllerRef.current
      if (leader === 'editor' || !view || !controller) return
      lead('preview')
      const line = controller.lineAt(pane.scrollTop - body.offsetTop)
      scrollToLine(view, pane.scrollTop <= 0 ? 1 : (line ?? 1))
    }
    let scrollDom: HTMLElement | null = null
    const onEditorScroll = () => {
      const view = bus.view
      const controller = controllerRef.current
      if (leader === 'preview' || !view || !controller) return
      lead('editor')
      const line = topLine(view)
      const bodyLine = view.state.doc.lineAt(frontMatterHead(view.state.doc).bodyFrom).number
      const offset = line < bodyLine ? 0 : controller.offsetOf(line)
      if (offset !== null) pane.scrollTop = offset + (line < bodyLine ? 0 : body.offsetTop)
    }
    const attach = () => {
      scrollDom?.removeEventListener('scroll', onEditorScroll)
      scrollDom = bus.view?.scrollDOM ?? null
      scrollDom?.addEventListener('scroll', onEditorScroll, { passive: true })
    }
    attach()
    const off = bus.subscribe((u) => !u && attach())
    pane.addEventListener('scroll', onPreviewScroll, { passive: true })
    return () => {
      off()
      scrollDom?.removeEventListener('scroll', onEditorScroll)
      pane.removeEventListener('scroll', onPreviewScroll)
      window.clearTimeout(release)
    }
  }, [bus])

  // Images that fail to load (error events do not bubble, so listen while capturing).
  useEffect(() => {
    const el = host.current as HTMLDivElement
    const onError = (e: Event) => {
      if (e.target instanceof HTMLImageElement) markMissing(e.target, bundleDir, words.current)
    }
    el.addEventListener('error', onError, true)
    return () => el.removeEventListener('error', onError, true)
  }, [bundleDir])

  const onClick = (event: React.MouseEvent) => {
    if (seekFromPreview(event.nativeEvent)) return
    const target = event.target as HTMLElement
    const player = target.closest('.player-load')?.parentElement
    if (player) return loadPlayer(player)
    const link = target.closest('a')
    if (!link) return
    event.preventDefault()
    const href = link.getAttribute('href') ?? ''
    if (link.hasAttribute('data-fancybox')) {
      const img = link.querySelector('img')
      const caption = link.closest('figure')?.querySelector('figcaption')?.textContent ?? link.getAttribute('data-caption') ?? ''
      return setLightbox({ src: img?.getAttribute('src') ?? href, caption: caption.trim(), alt: img?.getAttribute('alt') ?? '' })
    }
    if (href.startsWith('#')) document.getElementById(decodePercents(href.slice(1)))?.scrollIntoView()
    else if (isExternalUrl(link.href)) void api.app.openExternal({ url: link.href })
  }

  const title = plain(params?.title)
  const date = plain(params?.date).slice(0, 10)
  const meta = [date, plain(params?.event), plain(params?.location)].filter(Boolean)
  return (
    <div className="preview-scroll" ref={scroller}>
      <article className="preview" onClick={onClick} data-testid="preview">
        {(title || meta.length > 0) && (
          <header className="preview-header">
            {title && <h1 className="preview-title">{title}</h1>}
            {meta.length > 0 && <p className="preview-meta">{meta.join(' · ')}</p>}
          </header>
        )}
        <div className="preview-body" ref={host} />
      </article>
      {lightbox && <Lightbox image={lightbox} onClose={() => setLightbox(null)} />}
    </div>
  )
}
