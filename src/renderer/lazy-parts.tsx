// The parts of the window that need the editor, the Markdown renderer or the front matter parsers load after the
// window shows: the episode list appears without them, and they are fetched at once in the background, so an
// episode opened a moment later finds them ready. A part already loaded renders at once (no placeholder flash).
import { Component, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { useI18n } from './i18n'

/** A module fetched on first need (or by `load()` ahead of time), then available synchronously. */
export interface LazyModule<T> {
  get(): T | undefined
  load(): Promise<T>
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined
  let pending: Promise<T> | undefined
  return {
    get: () => value,
    load: () => (pending ??= importer().then((m) => (value = m)))
  }
}

/**
 * A component from a lazily loaded module, with an empty placeholder (`placeholder` is its class; null: nothing)
 * while it loads.
 * Not React's Suspense: that holds a revealed part back for up to 300 ms after its fallback showed, and here the
 * part should show the moment it arrives. A failed load is thrown to the PartBoundary around it.
 * `after`: what to wait for first (the parts beside the editor wait for it to show).
 */
function lazyPart<P extends object>(module: LazyModule<ComponentType<P>>, options: { after?: LazyModule<unknown>; placeholder?: string | null } = {}): ComponentType<P> {
  const { after, placeholder = 'part-loading' } = options
  const load = after ? lazyModule(() => after.load().then(() => module.load())) : module
  function Part(props: P) {
    const [loaded, setLoaded] = useState<{ Part: ComponentType<P> } | { error: Error } | null>(() => {
      const ready = module.get()
      return ready ? { Part: ready } : null
    })
    useEffect(() => {
      if (loaded) return
      let live = true
      load.load().then(
        (ready) => live && setLoaded({ Part: ready }),
        (error: Error) => live && setLoaded({ error })
      )
      return () => {
        live = false
      }
    }, [loaded])
    if (!loaded) return placeholder === null ? null : <div className={placeholder} />
    if ('error' in loaded) throw loaded.error
    return <loaded.Part {...props} />
  }
  return Part
}

const editorPane = lazyModule(() => import('./components/EditorPane').then((m) => m.EditorPane))
const preview = lazyModule(() => import('./components/Preview').then((m) => m.Preview))
const frontMatterForm = lazyModule(() => import('./components/FrontMatterForm').then((m) => m.FrontMatterForm))
const outline = lazyModule(() => import('./components/Outline').then((m) => m.Outline))
const publishPanel = lazyModule(() => import('./components/PublishPanel').then((m) => m.PublishPanel))
const listenPanel = lazyModule(() => import('./listen/ListenPanel').then((m) => m.ListenPanel))
const chaptersPanel = lazyModule(() => import('./chapters/ChaptersPanel').then((m) => m.ChaptersPanel))
const transcriptPanel = lazyModule(() => import('./transcript/TranscriptPanel').then((m) => m.TranscriptPanel))
const exportDialog = lazyModule(() => import('./components/ExportDialog').then((m) => m.ExportDialog))
/** The front matter reader (YAML, TOML, JSON) for the form and the preview's page header. */
export const frontMatterReader = lazyModule(() => import('../shared/front-matter'))

let markShown: () => void = () => undefined
const shown = new Promise<void>((resolve) => (markShown = resolve))
/** The first episode's editor has painted: the parts that wait for it load now (see EditorBus's onShown). */
export const editorHasShown = (): void => markShown()
export const whenEditorShown = (): Promise<void> => shown
const afterEditor = lazyModule(() => shown)

// The parts beside the editor wait for it to show, so the episode can be read and typed in sooner.
export const EditorPane = lazyPart(editorPane, { placeholder: 'editor part-loading' })
export const Preview = lazyPart(preview, { after: afterEditor })
export const FrontMatterForm = lazyPart(frontMatterForm, { after: afterEditor })
export const Outline = lazyPart(outline, { after: afterEditor })
export const PublishPanel = lazyPart(publishPanel, { after: afterEditor })
export const ChaptersPanel = lazyPart(chaptersPanel, { after: afterEditor })
export const TranscriptPanel = lazyPart(transcriptPanel, { after: afterEditor })
export const ExportDialog = lazyPart(exportDialog, { placeholder: null })
export const ListenPanel = lazyPart(listenPanel, { after: afterEditor, placeholder: null })

const editorWarmUp = lazyModule(() => import('./editor/warm-up').then((m) => m.warmUpEditor))

/**
 * Starts loading every part now (the window is up); the editor and the preview first. `warm`: then, when the
 * window is idle, one hidden editor is made and dropped so the first episode opened finds its code warm.
 */
export function preloadEpisodeParts(warm = false): void {
  for (const part of [editorPane, preview, frontMatterReader, frontMatterForm, outline, publishPanel, exportDialog, chaptersPanel, transcriptPanel]) part.load().catch(() => undefined)
  if (!warm) return
  const whenIdle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50))
  editorWarmUp.load().then(
    (warmUp) =>
      whenIdle(() => {
        // An episode opened meanwhile has warmed it up already.
        if (!document.querySelector('.cm-editor')) warmUp()
      }),
    () => undefined
  )
}

/** Starts loading the editor alone (an episode is about to show); resolves when it is ready or failed. */
export function preloadEditor(): Promise<unknown> {
  return editorPane.load().catch(() => undefined)
}

/** Where a part could not load (a broken install): says so in place instead of blanking the window. */
export class PartBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override render() {
    return this.state.error ? <PartError message={this.state.error.message} /> : this.props.children
  }
}

function PartError({ message }: { message: string }) {
  const { t } = useI18n()
  return (
    <div className="bar bar-error" role="alert">
      {t('part.failed', { message })}
    </div>
  )
}
