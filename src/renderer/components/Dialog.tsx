// A small modal question with named choices (unsaved changes, open folder), the same in Electron and the browser.
import { useEffect, useRef, type ReactNode } from 'react'

export interface DialogProps {
  title: string
  children?: ReactNode
  actions: { label: string; onClick: () => void; primary?: boolean }[]
  onCancel: () => void
}

export function Dialog({ title, children, actions, onCancel }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button.primary, button')?.focus()
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])
  return (
    <div className="dialog-backdrop" onClick={onCancel}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} ref={ref} onClick={(e) => e.stopPropagation()}>
        <h2>{title}</h2>
        {children}
        <div className="dialog-actions">
          {actions.map((a) => (
            <button key={a.label} className={a.primary ? 'primary' : ''} onClick={a.onClick}>
              {a.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  )
}
