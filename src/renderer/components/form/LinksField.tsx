// The `links` list of a talk (name, url, icon): each cell is edited as its own field, so only that line changes.
import type { FieldChange } from '../../editor/front-matter-edit'
import { useI18n } from '../../i18n'
import { TextField } from './TextField'

export interface LinkItem {
  name?: unknown
  url?: unknown
  icon?: unknown
  icon_pack?: unknown
}

export interface LinksFieldProps {
  links: LinkItem[]
  onEdit: (path: string[], change: FieldChange, typing?: boolean) => void
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v))

export function LinksField({ links, onEdit }: LinksFieldProps) {
  const { t } = useI18n()
  return (
    <div className="links">
      {links.map((link, i) => (
        <div className="link-row" key={i}>
          <TextField label={t('form.links.name')} value={text(link.name)} onChange={(v) => onEdit(['links', String(i), 'name'], { value: v }, true)} />
          <TextField label={t('form.links.url')} value={text(link.url)} onChange={(v) => onEdit(['links', String(i), 'url'], { value: v }, true)} />
          <button type="button" className="small remove-link" title={t('form.links.remove')} aria-label={t('form.links.remove')} onClick={() => onEdit(['links'], { value: links.filter((_, j) => j !== i) })}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="small" onClick={() => onEdit(['links'], { value: [...links, { name: '', url: '' }] })}>
        + {t('form.links.add')}
      </button>
    </div>
  )
}
