// The main window: episodes on the left, the editor and the live preview side by side, bars for conflicts,
// recovered text and errors, and a status line.
import { useCallback, useEffect, useState } from 'react'
import type { RecoveredBuffer } from '../shared/api'
import { api } from './api'
import { ConflictBar } from './components/ConflictBar'
import { Dialog } from './components/Dialog'
import { EditorPane } from './components/EditorPane'
import { EpisodeList } from './components/EpisodeList'
import { Preview } from './components/Preview'
import { useEpisode } from './state/use-episode'
import { useWorkspace } from './state/use-workspace'

type Pending = { kind: 'switch'; path: string } | { kind: 'open-folder' } | null

export function App() {
  const [error, setError] = useState<string | null>(null)
  const onError = useCallback((message: string) => setError(message), [])
  const { workspace, episodes, open: openWorkspace } = useWorkspace(onError)
  const ep = useEpisode(onError)
  const [pending, setPending] = useState<Pending>(null)
  const [folderInput, setFolderInput] = useState('')
  const [recovered, setRecovered] = useState<RecoveredBuffer[]>([])
  const [showPreview, setShowPreview] = useState(true)
  const [comparing, setComparing] = useState(false)

  useEffect(() => {
    if (!workspace) return
    api.recovery.list({}).then(setRecovered, () => setRecovered([]))
  }, [workspace])

  // Leaving the page (closing the window) with unsaved text asks first.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!ep.dirty) return
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [ep.dirty])

  const requestOpen = (path: string) => {
    if (path === ep.episode?.path) return
    if (ep.dirty) setPending({ kind: 'switch', path })
    else void ep.open(path)
  }

  const restore = async (buffer: RecoveredBuffer) => {
    const file = await api.episode.read({ path: buffer.path }).catch(() => null)
    ep.load(buffer.path, file?.text ?? '', file?.hash ?? '', buffer.text)
    setRecovered((list) => list.filter((b) => b.path !== buffer.path))
  }
  const discard = async (buffer: RecoveredBuffer) => {
    await api.recovery.discard({ path: buffer.path })
    setRecovered((list) => list.filter((b) => b.path !== buffer.path))
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void ep.save()
      } else if (mod && e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault()
        setShowPreview((v) => !v)
      } else if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault()
        setPending({ kind: 'open-folder' })
      }
    }
    window.addEventListener('keydown', onKey)
    const off = api.on('didRequestCommand', ({ command }) => {
      if (command === 'save') void ep.save()
      else if (command === 'togglePreview') setShowPreview((v) => !v)
      else if (command === 'openFolder') setPending({ kind: 'open-folder' })
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      off()
    }
  }, [ep])

  const title = ep.episode ? episodes.find((e) => e.path === ep.episode?.path)?.title ?? ep.episode.path : null
  useEffect(() => {
    document.title = `${ep.dirty ? '● ' : ''}${title ? title + ' — ' : ''}Shownotes`
  }, [title, ep.dirty])

  return (
    <div className="app">
      <header className="toolbar">
        <div className="workspace-name" title={workspace?.root}>
          <strong>{workspace?.name ?? 'Shownotes'}</strong>
          {workspace?.sample && <span className="badge">sample site</span>}
        </div>
        <button onClick={() => setPending({ kind: 'open-folder' })} title="Open a site or a folder of episodes (Ctrl/Cmd+O)">
          Open folder…
        </button>
        <span className="spacer" />
        {ep.episode && (
          <>
            <span className={ep.dirty ? 'save-state unsaved' : 'save-state'} data-testid="save-state">
              {ep.dirty ? '● Unsaved' : 'Saved'}
            </span>
            <button onClick={() => setShowPreview((v) => !v)} aria-pressed={showPreview} title="Toggle preview (Ctrl/Cmd+Shift+P)">
              Preview
            </button>
            <button className="primary" onClick={() => void ep.save()} disabled={!ep.dirty} title="Save (Ctrl/Cmd+S)">
              Save
            </button>
          </>
        )}
      </header>
      {error && (
        <div className="bar bar-error" role="alert">
          <span>{error}</span>
          <button onClick={() => setError(null)}>Dismiss</button>
        </div>
      )}
      {recovered.map((b) => (
        <div className="bar bar-info" key={b.path} data-testid="recovery-bar">
          <span>
            Unsaved text of <code>{b.path}</code> from {new Date(b.savedAt).toLocaleString()} was recovered.
          </span>
          <button onClick={() => void restore(b)}>Restore</button>
          <button onClick={() => void discard(b)}>Discard</button>
        </div>
      ))}
      {ep.conflict && (
        <ConflictBar
          conflict={ep.conflict}
          onReloadTheirs={ep.reloadTheirs}
          onKeepMine={() => void ep.save(true)}
          onCompare={() => setComparing(true)}
        />
      )}
      <main className="panes">
        <EpisodeList episodes={episodes} current={ep.episode?.path ?? null} onOpen={requestOpen} />
        {ep.episode ? (
          <>
            <section className="editor-pane" aria-label="Editor">
              <EditorPane
                docKey={`${ep.episode.path}#${ep.episode.loadId}`}
                text={ep.episode.initialText}
                onChange={ep.onChange}
                onSave={() => void ep.save()}
                onReady={(v) => (ep.view.current = v)}
              />
            </section>
            {showPreview && (
              <section className="preview-pane" aria-label="Preview">
                <Preview text={ep.text} episodePath={ep.episode.path} />
              </section>
            )}
          </>
        ) : (
          <section className="welcome">
            <h1>Shownotes</h1>
            <p>Choose an episode on the left to edit its show notes.</p>
          </section>
        )}
      </main>
      <footer className="statusbar">
        <span>{ep.episode?.path ?? workspace?.root ?? ''}</span>
        <span className="spacer" />
        <span>{episodes.length} episodes</span>
      </footer>
      {comparing && ep.conflict && (
        <Dialog
          title="Compare your text with the file on disk"
          onCancel={() => setComparing(false)}
          actions={[
            { label: 'Reload theirs', onClick: () => (ep.reloadTheirs(), setComparing(false)) },
            { label: 'Keep mine (overwrite)', primary: true, onClick: () => void ep.save(true).then(() => setComparing(false)) },
            { label: 'Close', onClick: () => setComparing(false) }
          ]}
        >
          <div className="compare">
            <div>
              <h3>Yours (unsaved)</h3>
              <pre>{ep.text}</pre>
            </div>
            <div>
              <h3>On disk</h3>
              <pre>{ep.conflict.diskText ?? '(deleted)'}</pre>
            </div>
          </div>
        </Dialog>
      )}
      {pending?.kind === 'switch' && (
        <Dialog
          title="Unsaved changes"
          onCancel={() => setPending(null)}
          actions={[
            { label: 'Save and switch', primary: true, onClick: () => void ep.save().then(() => ep.open(pending.path)).then(() => setPending(null)) },
            { label: 'Discard changes', onClick: () => void ep.open(pending.path).then(() => setPending(null)) },
            { label: 'Cancel', onClick: () => setPending(null) }
          ]}
        >
          <p>This episode has changes that are not saved yet.</p>
        </Dialog>
      )}
      {pending?.kind === 'open-folder' && (
        <Dialog
          title="Open a site or a folder of episodes"
          onCancel={() => setPending(null)}
          actions={[
            { label: 'Open', primary: true, onClick: () => void openWorkspace(folderInput.trim() || undefined).then(() => setPending(null)) },
            { label: 'Open the sample site', onClick: () => void openWorkspace().then(() => setPending(null)) },
            { label: 'Cancel', onClick: () => setPending(null) }
          ]}
        >
          <label>
            Folder path
            <input value={folderInput} onChange={(e) => setFolderInput(e.target.value)} placeholder="/home/me/my-podcast-site" autoFocus />
          </label>
        </Dialog>
      )}
    </div>
  )
}
