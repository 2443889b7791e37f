// A list of short words (tags, authors) as chips: Enter or comma adds one, × or Backspace on the empty input
// removes one; each change is one edit of the whole list field.
import { useId, useState } from 'react'
import { useI18n } from '../../i18n'

export interface ChipsFieldProps {
  label: string
  values: string[]
  onChange: (values: string[]) => void
}

export function ChipsField({ label, values, onChange }: ChipsFieldProps) {
  const id = useId()
  const { t } = useI18n()
  const [input, setInput] = useState('')
  const add = (raw: string) => {
    const words = raw.split(/[,、]/).map((w) => w.trim()).filter((w) => w && !values.includes(w))
    if (words.length) onChange([...values, ...words])
    setInput('')
  }
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className="chips" onClick={() => document.getElementById(id)?.focus()}>
        {values.map((v, i) => (
          <span className="chip" key={`${v}-${i}`}>
            {v}
            <button type="button" aria-label={t('form.removeChip', { name: v })} onClick={() => onChange(values.filter((_, j) => j !== i))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          value={input}
          placeholder={values.length ? '' : t('form.addChip')}
          onChange={(e) => {
            const v = e.target.value
            if (/[,、]$/.test(v)) add(v)
            else setInput(v)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault()
              add(input)
            } else if (e.key === 'Backspace' && input === '' && values.length) {
              onChange(values.slice(0, -1))
            }
          }}
          onBlur={() => input.trim() && add(input)}
        />
      </div>
    </div>
  )
}
