// A lightbox figure opened large over the preview, as the theme's lightbox does; Escape or a click closes it.
import { useEffect } from 'react'
import { useI18n } from '../i18n'

export interface LightboxImage {
  src: string
  caption: string
  alt: string
}

export function Lightbox({ image, onClose }: { image: LightboxImage; onClose: () => void }) {
  const { t } = useI18n()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
  return (
    <div className="lightbox" role="dialog" aria-modal="true" aria-label={image.caption || image.alt} onClick={onClose} data-testid="lightbox">
      <figure onClick={(e) => e.stopPropagation()}>
        <img src={image.src} alt={image.alt} />
        {image.caption && <figcaption>{image.caption}</figcaption>}
      </figure>
      <button type="button" className="lightbox-close" onClick={onClose} aria-label={t('preview.close')}>
        ×
      </button>
    </div>
  )
}
