// The outline panel: the episode's headings, indented by level; a click puts the cursor on the heading and
// scrolls the editor (and with it the preview) there.
import { useEffect, useState } from 'react'
import { outlineOf, type OutlineHeading } from '../editor/outline'
import { frontMatterHead } from '../editor/front-matter-head'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'

export interface OutlineProps {
  bus: EditorBus
  onJump: (pos: number) => void
}

export function Outline({ bus, onJump }: OutlineProps) {
  const { t } = useI18n()
  const [headings, setHeadings] = useState<OutlineHeading[]>([])
  const [current, setCurrent] = useState(-1)
  useEffect(() => {
    // Read again when typing pauses: a long episode's outline takes a few milliseconds to scan.
    let timer: number | undefined
    const read = () => {
      timer = undefined
      const view = bus.view
      if (!view) return setHeadings([])
      setHeadings(outlineOf(view.state.doc, frontMatterHead(view.state.doc).bodyFrom))
    }
    read()
    const off = bus.subscribe((u, view) => {
      if (!u) read()
      else if (u.docChanged) {
        window.clearTimeout(timer)
        timer = window.setTimeout(read, 150)
      }
      if (view && (!u || u.selectionSet)) setCurrent(view.state.doc.lineAt(view.state.selection.main.head).number)
    })
    return () => {
      off()
      window.clearTimeout(timer)
    }
  }, [bus])

  if (!headings.length) return <p className="panel-empty">{t('outline.empty')}</p>
  const active = headings.reduce((best, h, i) => (h.line <= current ? i : best), -1)
  return (
    <ol className="outline" data-testid="outline">
      {headings.map((h, i) => (
        <li key={`${h.line}-${h.text}`} className={`outline-h${h.level}${i === active ? ' active' : ''}`}>
          <button type="button" onClick={() => onJump(h.from)} title={`${h.text} (${h.line})`}>
            {h.text || '—'}
          </button>
        </li>
      ))}
    </ol>
  )
}
