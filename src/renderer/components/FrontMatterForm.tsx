// The front matter as a form beside the editor: the talk archetype's fields with fitting inputs, every change
// one core edit of one field; fields the form does not know are listed read-only with a jump to their line.
// A front matter that does not read disables the form and says why.
import type { FieldInfo } from '../../shared/front-matter'
import type { FieldChange } from '../editor/front-matter-edit'
import { checkText } from '../check-messages'
import { useI18n } from '../i18n'
import type { FrontMatterState } from '../state/use-front-matter'
import { ChipsField } from './form/ChipsField'
import { DateTimeField } from './form/DateTimeField'
import { LinksField, type LinkItem } from './form/LinksField'
import { TextField } from './form/TextField'
import { Toggle } from './form/Toggle'

export interface FrontMatterFormProps {
  state: FrontMatterState | null
  onEdit: (path: string[], change: FieldChange, typing?: boolean) => void
  onJump: (line: number) => void
  summaryLimit: number
}

const FOCAL_POINTS = ['Smart', 'Center', 'TopLeft', 'Top', 'TopRight', 'Left', 'Right', 'BottomLeft', 'Bottom', 'BottomRight']
const URL_FIELDS = ['url_slides', 'url_code', 'url_pdf', 'url_video']
const FORM_KEYS = new Set(['title', 'event', 'event_url', 'location', 'summary', 'abstract', 'date', 'publishDate', 'draft', 'featured', 'tags', 'authors', 'image', 'links', ...URL_FIELDS])

const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v))
const strList = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number') ? v.map(String) : v == null ? [] : null)

/** A short, one-line view of a value for the read-only list. */
function summary(field: FieldInfo): string {
  const v = field.value
  if (v === null || v === undefined) return '—'
  if (typeof v === 'object') return JSON.stringify(v).slice(0, 80)
  return String(v).slice(0, 80)
}

export function FrontMatterForm({ state, onEdit, onJump, summaryLimit }: FrontMatterFormProps) {
  const { t, lang } = useI18n()
  if (!state) return <p className="panel-empty">{t('form.noEpisode')}</p>
  const { frontMatter, head } = state
  const error = frontMatter.diagnostics.find((d) => d.severity === 'error' && d.rule !== 'text-invalid-utf8')
  const data = frontMatter.data ?? {}
  const disabled = !!error || frontMatter.data === null
  const set = (key: string | string[], typing = false) => (value: unknown) => onEdit(Array.isArray(key) ? key : [key], { value }, typing)
  const setOrRemove = (key: string) => (value: string | null) => onEdit([key], value === null ? { remove: true } : { value })
  const image = (typeof data.image === 'object' && data.image !== null && !Array.isArray(data.image) ? data.image : {}) as Record<string, unknown>
  const tags = strList(data.tags)
  const authors = strList(data.authors)
  const links = data.links == null ? [] : Array.isArray(data.links) && data.links.every((l) => typeof l === 'object' && l !== null) ? (data.links as LinkItem[]) : null
  const shownByForm = (key: string) => FORM_KEYS.has(key) && !(key === 'tags' && !tags) && !(key === 'authors' && !authors) && !(key === 'links' && !links && data.links != null)
  const others = frontMatter.fields.filter((f) => f.path.length === 1 && !shownByForm(f.key))
  const dateText = (v: unknown) => (v === null || v === undefined || v === '' ? null : str(v))

  return (
    <div className="form" data-testid="front-matter-form">
      {error && (
        <div className="form-error" role="alert">
          <p>{t('form.error', { line: error.line, message: checkText(lang, error) })}</p>
          <p className="hint">{t('form.errorHint')}</p>
          <button type="button" onClick={() => onJump(error.line)}>
            {t('form.goToLine', { line: error.line })}
          </button>
        </div>
      )}
      {!head.split.frontMatter && !error && <p className="hint">{t('form.noFrontMatter')}</p>}
      <fieldset disabled={disabled}>
        <section className="form-group">
          <h3>{t('form.group.basics')}</h3>
          <TextField label={t('form.title')} name="title" value={str(data.title)} onChange={set('title', true)} counter />
          <TextField label={t('form.summary')} name="summary" value={str(data.summary)} onChange={set('summary', true)} multiline counter limit={summaryLimit} />
          <TextField label={t('form.abstract')} name="abstract" value={str(data.abstract)} onChange={set('abstract', true)} multiline counter />
          <TextField label={t('form.event')} name="event" value={str(data.event)} onChange={set('event', true)} />
          <TextField label={t('form.eventUrl')} name="event_url" value={str(data.event_url)} onChange={set('event_url', true)} placeholder="https://" />
          <TextField label={t('form.location')} name="location" value={str(data.location)} onChange={set('location', true)} />
        </section>

        <section className="form-group">
          <h3>{t('form.group.dates')}</h3>
          <DateTimeField label={t('form.date')} value={dateText(data.date)} onChange={setOrRemove('date')} />
          <DateTimeField label={t('form.publishDate')} value={dateText(data.publishDate)} onChange={setOrRemove('publishDate')} />
          <div className="toggles">
            <Toggle label={t('form.draft')} hint={t('form.draft.hint')} checked={data.draft === true} onChange={set('draft')} />
            <Toggle label={t('form.featured')} checked={data.featured === true} onChange={set('featured')} />
          </div>
        </section>

        <section className="form-group">
          <h3>{t('form.group.people')}</h3>
          {tags && <ChipsField label={t('form.tags')} values={tags} onChange={set('tags')} />}
          {authors && <ChipsField label={t('form.authors')} values={authors} onChange={set('authors')} />}
        </section>

        <section className="form-group">
          <h3>{t('form.image')}</h3>
          <TextField label={t('form.imageCaption')} value={str(image.caption)} onChange={set(['image', 'caption'], true)} />
          <div className="field">
            <div className="field-label">
              <label htmlFor="focal-point">{t('form.focalPoint')}</label>
            </div>
            <select id="focal-point" value={str(image.focal_point) || 'Smart'} onChange={(e) => onEdit(['image', 'focal_point'], { value: e.target.value })}>
              {FOCAL_POINTS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </div>
          <Toggle label={t('form.previewOnly')} checked={image.preview_only === true} onChange={set(['image', 'preview_only'])} />
        </section>

        <section className="form-group">
          <h3>{t('form.urls')}</h3>
          {URL_FIELDS.map((key) => (
            <TextField key={key} label={key} name={key} value={str(data[key])} onChange={set(key, true)} />
          ))}
        </section>

        {links && (
          <section className="form-group">
            <h3>{t('form.links')}</h3>
            <LinksField links={links} onEdit={onEdit} />
          </section>
        )}
      </fieldset>

      {others.length > 0 && (
        <section className="form-group other-fields">
          <h3>{t('form.other')}</h3>
          <p className="hint">{t('form.other.hint')}</p>
          <ul>
            {others.map((f) => (
              <li key={f.path.join('.')}>
                <button type="button" className="other-field" onClick={() => onJump(f.line)} title={`${f.key} (line ${f.line})`}>
                  <code>{f.key}</code>
                  <span className="other-value">{summary(f)}</span>
                  <span className="other-line">{f.line}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
