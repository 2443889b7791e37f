// A text field of the front matter form: each keystroke is a core edit (shown in the text at once); while the
// field has focus it keeps its own draft so the caret never jumps when the text is re-read.
import { useId, useState } from 'react'
import { useI18n } from '../../i18n'

export interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  /** Show a character counter; with a limit, warn past it. */
  counter?: boolean
  limit?: number
  placeholder?: string
  name?: string
}

/** Characters as a reader counts them (code points, so an emoji is one). */
function characterCount(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

export function TextField({ label, value, onChange, multiline, counter, limit, placeholder, name }: TextFieldProps) {
  const id = useId()
  const { t } = useI18n()
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? value
  const count = counter ? characterCount(shown) : 0
  const over = limit !== undefined && count > limit
  const common = {
    id,
    name,
    value: shown,
    placeholder,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value)
      onChange(e.target.value)
    }
  }
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {counter && (
          <span className={over ? 'counter over' : 'counter'} aria-live="polite">
            {limit !== undefined ? t('form.charsOf', { n: count, limit }) : t('form.chars', { n: count })}
          </span>
        )}
      </div>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </div>
  )
}
