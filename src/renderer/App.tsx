// The main window: a sidebar (episodes, the front matter form, the outline, the bundle's media), the editor and
// the live preview side by side, bars for conflicts, recovered text and errors, and a status line. The command
// table's handlers are here: menu, editor keymap and the window's keydown all run them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MediaFile } from '../shared/api'
import { commandForKey, isCommandId, type CommandId } from '../shared/commands'
import { defaultIframeHosts } from '../shared/iframe-hosts'
import { api } from './api'
import { CompareTexts } from './components/CompareTexts'
import { ConflictBar } from './components/ConflictBar'
import { Dialog } from './components/Dialog'
import { EpisodeActions } from './components/EpisodeActions'
import { EpisodeList } from './components/EpisodeList'
import { GitConflictDialog } from './components/GitConflictDialog'
import { GitPublish } from './components/GitPublish'
import { GitSiteBar } from './components/GitSiteBar'
import type { EpisodeMenuRequest } from './components/EpisodeMenu'
import { MediaPanel } from './components/MediaPanel'
import { OpenFolderDialog } from './components/OpenFolderDialog'
import { RecoveryBars } from './components/RecoveryBars'
import { SearchPanel } from './components/SearchPanel'
import { SettingsDialog } from './components/SettingsDialog'
import { Sidebar, type SidebarTab } from './components/Sidebar'
import { StatusBar } from './components/StatusBar'
import { Toolbar } from './components/Toolbar'
import { Welcome } from './components/Welcome'
import type { FieldChange } from './editor/front-matter-edit'
import { errorText } from './error-messages'
import { I18nContext, translate, type I18n } from './i18n'
import { ChaptersPanel, EditorPane, editorHasShown, ExportDialog, FrontMatterForm, ListenPanel, Outline, PartBoundary, Preview, PublishPanel, TranscriptPanel } from './lazy-parts'
import { useListenPanel } from './listen/use-listen-panel'
import { EditorBus } from './state/editor-bus'
import type { CheckItem } from './state/publish-checks'
import { readAsBase64 } from './state/read-file'
import { useArchetypeKeys } from './state/use-archetype-keys'
import { useEpisode } from './state/use-episode'
import { useFrontMatter } from './state/use-front-matter'
import { useGit } from './state/use-git'
import { useLanguage } from './state/use-language'
import { useFigureActions } from './state/use-figure-actions'
import { useMedia } from './state/use-media'
import { usePublishChecks } from './state/use-publish-checks'
import { useSettings } from './state/use-settings'
import type { Startup } from './state/startup'
import { useSitePreview } from './state/use-site-preview'
import { useSiteSearch } from './state/use-site-search'
import { useSnippets } from './state/use-snippets'
import { localDay } from '../shared/snippets/fill'
import { useUnsavedGuard } from './state/use-unsaved-guard'
import { useWorkspace } from './state/use-workspace'
import { episodeWorker } from './workers/episode-worker-client'

/** `startup`: the settings, workspace and episodes read before the first render (see state/startup.ts). */
export function App({ startup }: { startup: Startup }) {
  const { lang, choice, setChoice } = useLanguage(startup.settings?.language)
  const { settings, update: updateSettings, chooseLanguage } = useSettings(setChoice, startup.settings)
  const i18n = useMemo<I18n>(() => ({ lang, t: (key, vars) => translate(lang, key, vars) }), [lang])
  const { t } = i18n
  // A failed call (worded in the UI language when shown, see error-messages.ts) or a sentence of the window's own.
  const [error, setError] = useState<unknown>(null)
  const onError = useCallback((err: unknown) => setError(err), [])
  const { workspace, episodes, setEpisodes, open: openWorkspace } = useWorkspace(onError, startup)
  const bus = useMemo(() => new EditorBus(editorHasShown), [])
  const ep = useEpisode(bus, onError, startup.episode)
  const frontMatter = useFrontMatter(bus)
  const episodePath = ep.episode?.path ?? null
  // The next start reopens the episode open now (none once it is closed or deleted).
  const remembered = useRef(startup.episode?.path ?? null)
  useEffect(() => {
    if (!workspace || remembered.current === episodePath) return
    remembered.current = episodePath
    api.workspace.rememberEpisode({ path: episodePath }).catch(() => undefined)
  }, [workspace, episodePath])
  const media = useMedia(bus, episodePath, onError)
  const archetypeKeys = useArchetypeKeys(episodePath)
  const unsaved = useUnsavedGuard(ep.dirty, ep.save)
  const [choosingFolder, setChoosingFolder] = useState(false)
  const [showPreview, setShowPreview] = useState(true)
  const listen = useListenPanel()
  const [comparing, setComparing] = useState(false)
  const [tab, setTab] = useState<SidebarTab>('episodes')
  const [menu, setMenu] = useState<EpisodeMenuRequest | null>(null)
  const [showSettings, setShowSettings] = useState(false)
  const closeSettings = useCallback(() => setShowSettings(false), [])
  const [note, setNote] = useState<string | null>(null)
  const checks = usePublishChecks(bus)
  const site = useSitePreview(workspace?.root ?? null)
  const [exporting, setExporting] = useState(false)
  const git = useGit(workspace?.root ?? null, settings?.gitFetch ?? true, onError)
  // A publish or pull that clashed with a co-host's text opens the compare view at once; its button opens it again.
  const [gitComparing, setGitComparing] = useState(false)
  useEffect(() => setGitComparing(git.conflict !== null), [git.conflict])
  const openGitCompare = useCallback(() => setGitComparing(true), [])
  const siteSearch = useSiteSearch(bus, workspace?.root ?? null, episodePath, ep.dirty)
  const [searchFocus, setSearchFocus] = useState(0)
  const snippets = useSnippets(workspace?.root ?? null, onError)
  const [snippetToSave, setSnippetToSave] = useState<{ body: string; name: string } | null>(null)

  // The settings list adds player hosts to the built-in ones; kept as one array so the preview is not rebuilt.
  const iframeHosts = useMemo(() => [...new Set([...defaultIframeHosts, ...(settings?.iframeHosts ?? [])])], [settings])

  const requestOpen = useCallback(
    (path: string) => {
      if (path === ep.episode?.path) return
      unsaved.leave(() => ep.open(path))
    },
    [ep, unsaved]
  )


  // A search result: the episode opens (asking first about unsaved text) and the cursor goes to the match's line
  // once its editor has shown.
  const pendingLine = useRef<{ path: string; line: number } | null>(null)
  const openAt = useCallback(
    (path: string, line: number) => {
      if (path === ep.episode?.path) return bus.commands?.jumpToLine(line)
      pendingLine.current = { path, line }
      requestOpen(path)
    },
    [bus, ep, requestOpen]
  )
  useEffect(
    () =>
      bus.subscribe((update, view) => {
        const pending = pendingLine.current
        if (update || !view || !pending || pending.path !== live.current.episodePath) return
        pendingLine.current = null
        bus.commands?.jumpToLine(pending.line)
      }),
    [bus]
  )

  // Episode menu results: the list is read again at once rather than waiting for the watcher's event.
  const relist = useCallback(() => {
    api.episodes.list({}).then(setEpisodes, (err: unknown) => onError(err))
  }, [setEpisodes, onError])
  // The open episode deleted: Undo reopens it, with the text that was not saved yet.
  const reopenAfterUndo = useRef<{ path: string; unsaved: string | null } | null>(null)
  const episodeMoved = useCallback((from: string, to: string) => from === ep.episode?.path && ep.moveTo(to), [ep])
  const episodeDeleted = useCallback(
    (path: string) => {
      const open = path === ep.episode?.path
      reopenAfterUndo.current = open ? { path, unsaved: ep.dirty ? ep.currentText() : null } : null
      if (open) ep.close()
    },
    [ep]
  )
  const episodeRestored = useCallback(
    (path: string) => {
      const reopen = reopenAfterUndo.current
      reopenAfterUndo.current = null
      if (reopen?.path !== path || ep.episode) return
      if (reopen.unsaved === null) return void ep.open(path)
      const unsaved = reopen.unsaved
      api.episode.read({ path }).then(
        (file) => ep.load(path, file.text, file.hash, unsaved),
        (err: unknown) => onError(err)
      )
    },
    [ep, onError]
  )

  // Another folder: the open episode belongs to this one, so it closes first (its paths mean nothing there).
  const openFolder = useCallback(
    async (folder?: string) => {
      ep.close()
      if (await openWorkspace(folder)) setChoosingFolder(false)
    },
    [ep, openWorkspace]
  )

  const newEpisode = useCallback(async () => {
    try {
      const created = await api.episodes.create({})
      requestOpen(created.path)
    } catch (err) {
      onError(err)
    }
  }, [requestOpen, onError])

  // Every command of the table (src/shared/commands.ts), from the menu, the editor or the window's keydown, lands here.
  const runCommand = useCallback(
    (command: CommandId) => {
      const handlers: Record<CommandId, () => void> = {
        save: () => void ep.save(),
        togglePreview: () => setShowPreview((v) => !v),
        openFolder: () => setChoosingFolder(true),
        newEpisode: () => void newEpisode(),
        find: () => bus.commands?.find(),
        checkEpisode: () => bus.view && setTab('publish'),
        toggleListen: () => listen.toggle(),
        searchSite: () => {
          setTab('search')
          setSearchFocus((n) => n + 1)
        },
        insertSnippet: () => {
          const view = bus.view
          if (view) void import('./editor/snippet-completion').then(({ pickSnippet }) => pickSnippet(view))
        },
        saveSnippet: () => {
          const state = bus.view?.state
          const body = state ? state.sliceDoc(state.selection.main.from, state.selection.main.to) : ''
          if (!body.trim()) return setError(live.current.t('snippet.noSelection'))
          setSnippetToSave({ body, name: '' })
        },
        // Nothing selected in a cue: the panel is shown with a word on what to do.
        quoteTranscript: () =>
          void import('./transcript/quote-selection').then((m) => m.quoteSelection(bus) || (bus.view && (setTab('transcript'), setNote(t('transcript.quote.none')), setTimeout(() => setNote(null), 5000))))
      }
      handlers[command]()
    },
    [bus, ep, newEpisode, listen, t]
  )
  const commandRef = useRef(runCommand)
  commandRef.current = runCommand

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The editor's keymap already ran this shortcut.
      if (e.defaultPrevented) return
      const command = commandForKey(e)
      if (!command) return
      e.preventDefault()
      commandRef.current(command)
    }
    window.addEventListener('keydown', onKey)
    const off = api.on('didRequestCommand', ({ command }) => isCommandId(command) && commandRef.current(command))
    return () => {
      window.removeEventListener('keydown', onKey)
      off()
    }
  }, [])

  const title = ep.episode ? episodes.find((e) => e.path === ep.episode?.path)?.title ?? ep.episode.path : null
  useEffect(() => {
    document.title = `${ep.dirty ? '● ' : ''}${title ? title + ' — ' : ''}Shownotes`
  }, [title, ep.dirty])

  // The form, the outline, the media panel and the publish view act on the editor through its commands.
  const editField = useCallback(
    (path: string[], change: FieldChange, typing = false) => {
      try {
        bus.commands?.editField(path, change, typing)
      } catch (err) {
        onError(err)
      }
    },
    [bus, onError]
  )
  const jumpTo = useCallback((pos: number) => bus.commands?.jumpTo(pos), [bus])
  const jumpToLine = useCallback((line: number) => bus.commands?.jumpToLine(line), [bus])
  const insertMedia = useCallback((file: MediaFile) => bus.commands?.insertMedia(file), [bus])
  const fixProblem = useCallback((item: CheckItem) => bus.commands?.applyFix(item), [bus])

  const deleteMedia = useCallback(
    async (file: MediaFile) => {
      if (!episodePath) return
      try {
        await api.media.delete({ episode: episodePath, name: file.name })
      } catch (err) {
        onError(err)
      }
      void media.refresh()
    },
    [episodePath, media, onError]
  )

  const figureActions = useFigureActions(episodePath, media, t, settings?.imageMaxEdge ?? 2560, onError, setNote)
  // The figure checks' facts: the bundle's photos as the main process read them, and the Images setting's limit.
  const figures = useMemo(
    () => ({ images: media.files.flatMap((f) => (f.image && f.state !== 'missing' ? [[f.name, f.image] as [string, NonNullable<MediaFile['image']>]] : [])), maxEdge: settings?.imageMaxEdge ?? 2560 }),
    [media.files, settings?.imageMaxEdge]
  )

  // What the editor is given when it is created; read through refs so a new editor is never needed.
  const openSummary = episodes.find((e) => e.path === episodePath)
  const live = useRef({ episodePath, media, t, lang, archetypeKeys, bundleFiles: undefined as string[] | undefined, site: workspace ?? undefined, figures, figureActions, titledPaste: settings?.titledPaste ?? true, snippets: snippets.snippets, openSummary })
  live.current = { episodePath, media, t, lang, archetypeKeys, bundleFiles: media.known ? media.files.filter((f) => f.state !== 'missing').map((f) => f.name) : undefined, site: workspace ?? undefined, figures, figureActions, titledPaste: settings?.titledPaste ?? true, snippets: snippets.snippets, openSummary }
  // The bundle's files arrived or changed: check again with them.
  useEffect(() => {
    if (media.known) bus.commands?.recheck()
  }, [bus, media.known, media.files])
  const editorHooks = useMemo(
    () => ({
      files: () => live.current.media.current(),
      shortcodes: () => live.current.site?.shortcodes,
      archetypeKeys: () => live.current.archetypeKeys(),
      checks: () => (text: string) =>
        episodeWorker().check(text, (live.current.episodePath?.endsWith('index.md') ? live.current.bundleFiles : undefined) ?? null, new Date(), live.current.site, live.current.figures),
      onFileFix: (file: string) => void live.current.figureActions.processFigure(file),
      onCommand: (command: CommandId) => commandRef.current(command),
      paste: { titled: () => live.current.titledPaste, fetchTitle: (url: string) => api.links.title({ url }).then((r) => r.title) },
      snippets: {
        snippets: () => live.current.snippets,
        values: () => {
          const e = live.current.openSummary
          return { date: localDay(new Date()), episode: e?.number === null || e?.number === undefined ? '' : String(e.number), title: e?.title ?? '' }
        }
      },
      media: {
        importFile: async (file: Blob, name: string) => {
          const episode = live.current.episodePath
          if (!episode) throw new Error('No episode is open.')
          const imported = await api.media.import({ episode, fileName: name, dataBase64: await readAsBase64(file) })
          live.current.media.noteSizes(imported.name, imported.sizes)
          void live.current.media.refresh()
          return imported
        },
        onError: (name: string, err: unknown) => setError(live.current.t('media.notAdded', { name, message: errorText(live.current.lang, err) })),
        onBusy: (names: string[] | null) => setNote(names ? live.current.t('media.adding', { name: names.join(', ') }) : null)
      }
    }),
    []
  )

  const problems = frontMatter?.frontMatter.diagnostics.some((d) => d.severity === 'error') ?? false
  const sidebarPanel =
    tab === 'search' ? (
      <SearchPanel search={siteSearch} onOpen={openAt} focusKey={searchFocus} />
    ) : tab === 'fields' ? (
      <FrontMatterForm state={frontMatter} onEdit={editField} onJump={jumpToLine} summaryLimit={settings?.summaryLimit ?? 160} />
    ) : tab === 'outline' ? (
      <Outline bus={bus} onJump={jumpTo} />
    ) : tab === 'publish' ? (
      <PublishPanel
        episodePath={episodePath}
        timeZone={workspace?.timeZone ?? undefined}
        fields={frontMatter?.frontMatter.data ?? null}
        checks={checks}
        site={site}
        onJump={jumpTo}
        onFix={fixProblem}
        onExport={() => setExporting(true)}
        bus={bus}
        git={episodePath && <GitPublish git={git} episodePath={episodePath} title={typeof frontMatter?.frontMatter.data?.title === 'string' ? frontMatter.frontMatter.data.title : null} save={() => ep.save()} onCompare={openGitCompare} />}
      />
    ) : tab === 'chapters' && episodePath ? (
      <ChaptersPanel key={episodePath} bus={bus} episodePath={episodePath} title={typeof frontMatter?.frontMatter.data?.title === 'string' ? frontMatter.frontMatter.data.title : undefined} onError={onError} checks={checks} onFix={fixProblem} />
    ) : tab === 'transcript' && episodePath ? (
      <TranscriptPanel key={episodePath} bus={bus} episodePath={episodePath} frontMatter={frontMatter?.frontMatter.data ?? null} archetypeKeys={archetypeKeys} />
    ) : tab === 'media' ? (
      <MediaPanel
        episodePath={episodePath}
        files={media.files}
        sizes={media.sizes}
        onInsert={insertMedia}
        onDelete={(f) => void deleteMedia(f)}
        onRefresh={() => void media.refresh()}
        onAdd={(files) => void figureActions.addFiles(files)}
      />
    ) : (
      <>
        <GitSiteBar git={git} openEpisode={episodePath} onCompare={openGitCompare} />
        <EpisodeList episodes={episodes} current={episodePath} onOpen={requestOpen} onMenu={setMenu} menuFor={menu?.episode.path ?? null} marks={git.status?.repo ? git.status.marks : undefined} />
      </>
    )
  const unusedFiles = media.files.filter((f) => f.state !== 'used').length
  const publishErrors = checks.items.filter((c) => c.severity === 'error').length

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app">
        <Toolbar
          workspace={workspace}
          language={choice}
          onLanguage={chooseLanguage}
          onOpenFolder={() => setChoosingFolder(true)}
          onNewEpisode={() => void newEpisode()}
          onSettings={settings ? () => setShowSettings(true) : null}
          episode={
            ep.episode && {
              dirty: ep.dirty,
              publishErrors,
              publishShown: tab === 'publish',
              previewShown: showPreview,
              onPublish: () => setTab('publish'),
              onTogglePreview: () => setShowPreview((v) => !v),
              listenShown: listen.open,
              onToggleListen: listen.toggle,
              onSave: () => void ep.save()
            }
          }
        />
        {error !== null && (
          <div className="bar bar-error" role="alert">
            <span>{errorText(lang, error)}</span>
            <button onClick={() => setError(null)}>{t('bar.dismiss')}</button>
          </div>
        )}
        <RecoveryBars workspace={workspace} onRestore={ep.load} />
        <EpisodeActions
          menu={menu}
          onCloseMenu={() => setMenu(null)}
          openPath={episodePath}
          openDirty={ep.dirty}
          onRenamed={episodeMoved}
          onDuplicated={requestOpen}
          onDeleted={episodeDeleted}
          onRestored={episodeRestored}
          onChanged={relist}
          onError={onError}
        />
        {ep.conflict && <ConflictBar conflict={ep.conflict} onReloadTheirs={ep.reloadTheirs} onKeepMine={() => void ep.save(true)} onCompare={() => setComparing(true)} />}
        <main className="panes">
          <Sidebar
            tab={tab}
            onTab={setTab}
            hasEpisode={!!ep.episode}
            width={settings?.sidebarWidth}
            onWidth={(sidebarWidth) => void updateSettings({ sidebarWidth }).catch(onError)}
            badges={{
              fields: problems ? <span className="tab-badge error" aria-label="!">!</span> : undefined,
              media: unusedFiles > 0 ? <span className="tab-badge">{unusedFiles}</span> : undefined
            }}
          >
            <PartBoundary>
              {sidebarPanel}
            </PartBoundary>
          </Sidebar>
          {ep.episode ? (
            <>
              <section className="editor-pane" aria-label="Editor">
                <PartBoundary>
                  <EditorPane
                    docKey={String(ep.episode.loadId)}
                    text={ep.episode.initialText}
                    bus={bus}
                    onChange={ep.onChange}
                    onSave={() => void ep.save()}
                    autosave={{ enabled: settings?.autosave ?? false, conflict: !!ep.conflict }}
                    hooks={{ ...editorHooks, language: lang }}
                  />
                </PartBoundary>
              </section>
              {showPreview && (
                <section className="preview-pane" aria-label={t('toolbar.preview')}>
                  <PartBoundary>
                    <Preview bus={bus} episodePath={ep.episode.path} params={frontMatter?.frontMatter.data ?? null} iframeHosts={iframeHosts} figureWord={workspace?.figureWord} />
                  </PartBoundary>
                </section>
              )}
            </>
          ) : (
            <Welcome onNewEpisode={() => void newEpisode()} canCreate={!!workspace} />
          )}
        </main>
        {listen.open && workspace && ep.episode && (
          <PartBoundary>
            <ListenPanel key={ep.episode.path} bus={bus} site={workspace.root} episodePath={ep.episode.path} files={media.files} frontMatter={frontMatter?.frontMatter.data ?? null} lag={settings?.stampLag ?? 2} onLag={(stampLag) => void updateSettings({ stampLag })} onClose={listen.toggle} />
          </PartBoundary>
        )}
        <StatusBar bus={bus} path={episodePath ?? workspace?.root ?? ''} episodes={episodes.length} note={note} onProblems={() => bus.commands?.showProblems()} />
        {exporting && ep.episode && workspace && (
          <ExportDialog
            bus={bus}
            episodePath={ep.episode.path}
            bundleFiles={ep.episode.path.endsWith('index.md') ? (live.current.bundleFiles ?? null) : null}
            episodeCount={episodes.length}
            workspaceRoot={workspace.root}
            dirty={ep.dirty}
            onSave={() => void ep.save()}
            onClose={() => setExporting(false)}
          />
        )}
        {comparing && ep.conflict && (
          <Dialog
            title={t('compare.title')}
            onCancel={() => setComparing(false)}
            actions={[
              { label: t('conflict.reload'), onClick: () => (ep.reloadTheirs(), setComparing(false)) },
              { label: t('conflict.keepMine'), primary: true, onClick: () => void ep.save(true).then(() => setComparing(false)) },
              { label: t('compare.close'), onClick: () => setComparing(false) }
            ]}
          >
            <CompareTexts left={{ title: t('compare.yours'), text: ep.currentText() }} right={{ title: t('compare.disk'), text: ep.conflict.diskText ?? t('compare.deleted') }} />
          </Dialog>
        )}
        {gitComparing && git.conflict && ep.episode?.path === git.conflict.path && (
          <GitConflictDialog conflict={git.conflict} mine={ep.currentText()} onUseTheirs={(text) => bus.commands?.replaceText(text)} onClose={() => setGitComparing(false)} />
        )}
        {snippetToSave && (
          <Dialog
            title={t('snippet.saveTitle')}
            onCancel={() => setSnippetToSave(null)}
            actions={[
              {
                label: t('snippet.save'),
                primary: true,
                onClick: () => {
                  const { name, body } = snippetToSave
                  void snippets.save(name.trim(), body).then((saved) => {
                    if (!saved) return
                    setSnippetToSave(null)
                    setNote(t('snippet.saved', { name: saved.prefix }))
                  })
                }
              },
              { label: t('dialog.cancel'), onClick: () => setSnippetToSave(null) }
            ]}
          >
            <label className="field">
              <span>{t('snippet.name')}</span>
              <input value={snippetToSave.name} spellCheck={false} onChange={(e) => setSnippetToSave({ ...snippetToSave, name: e.target.value })} />
            </label>
            <pre className="snippet-body">{snippetToSave.body}</pre>
            <p className="dialog-note">{t('snippet.where')}</p>
          </Dialog>
        )}
        {showSettings && settings && <SettingsDialog settings={settings} onSave={updateSettings} onClose={closeSettings} />}
        {unsaved.asking && (
          <Dialog
            title={t('unsaved.title')}
            onCancel={() => void unsaved.answer('cancel')}
            actions={[
              { label: t('unsaved.saveSwitch'), primary: true, onClick: () => void unsaved.answer('save') },
              { label: t('unsaved.discard'), onClick: () => void unsaved.answer('discard') },
              { label: t('dialog.cancel'), onClick: () => void unsaved.answer('cancel') }
            ]}
          >
            <p>{t('unsaved.body')}</p>
          </Dialog>
        )}
        {choosingFolder && (
          <OpenFolderDialog onCancel={() => setChoosingFolder(false)} onOpen={(folder) => unsaved.leave(() => openFolder(folder)) && setChoosingFolder(false)} />
        )}
      </div>
    </I18nContext.Provider>
  )
}
