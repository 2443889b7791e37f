// A true/false front matter field as a switch (draft, featured, preview_only).
import { useId } from 'react'

export interface ToggleProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
}

export function Toggle({ label, checked, onChange, hint }: ToggleProps) {
  const id = useId()
  return (
    <label className="toggle" htmlFor={id} title={hint}>
      <input id={id} type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="switch" aria-hidden="true" />
      <span>{label}</span>
    </label>
  )
}
