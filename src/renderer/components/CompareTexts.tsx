// Two versions of an episode side by side (yours or the recovered text, and the file on disk), for the
// conflict and recovery dialogs. The lines that differ are marked (a thin rule where the other side has lines
// this one lacks), and both sides open scrolled to them.
import { Fragment, useLayoutEffect, useMemo, useRef } from 'react'
import { changedLines, isChanged } from '../state/changed-lines'

export interface CompareTextsProps {
  left: { title: string; text: string }
  right: { title: string; text: string }
}

export function CompareTexts({ left, right }: CompareTextsProps) {
  const span = useMemo(() => changedLines(left.text, right.text), [left.text, right.text])
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    for (const pre of ref.current?.querySelectorAll('pre') ?? []) {
      const first = pre.querySelector<HTMLElement>('.changed')
      if (first) pre.scrollTop = Math.max(0, first.offsetTop - 48)
    }
  }, [span])
  return (
    <div className="compare" data-testid="compare" ref={ref}>
      {[
        { side: left, lines: span.left },
        { side: right, lines: span.right }
      ].map(({ side, lines }) => (
        <div key={side.title}>
          <h3>{side.title}</h3>
          <pre>
            {lines.map((line, i) => (
              <Fragment key={i}>
                {i === span.start && lines.length - span.end === span.start && <span className="changed added-elsewhere" />}
                {isChanged(span, i, lines.length) ? <span className="changed">{line}</span> : line}
                {i < lines.length - 1 ? '\n' : ''}
              </Fragment>
            ))}
            {span.start >= lines.length && <span className="changed added-elsewhere" />}
          </pre>
        </div>
      ))}
    </div>
  )
}
