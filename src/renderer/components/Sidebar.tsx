// The left column: episodes, the front matter form, the outline, the bundle's media, the publish view, chapters and
// the transcript, one at a time under tabs, so the editor and the preview keep the width.
import { useEffect, useState, type ReactNode } from 'react'
import { useI18n, type MessageKey } from '../i18n'
import { Icon, type IconName } from './Icon'
import { SidebarResizer } from './SidebarResizer'

export type SidebarTab = 'episodes' | 'search' | 'fields' | 'outline' | 'media' | 'publish' | 'chapters' | 'transcript'

// The Search tab is an icon: six words do not fit the sidebar's width.
const TABS: { id: SidebarTab; label: MessageKey; icon?: IconName }[] = [
  { id: 'episodes', label: 'sidebar.episodes' },
  { id: 'search', label: 'sidebar.search', icon: 'search' },
  { id: 'fields', label: 'sidebar.fields' },
  { id: 'outline', label: 'sidebar.outline' },
  { id: 'media', label: 'sidebar.media' },
  { id: 'publish', label: 'sidebar.publish' },
  { id: 'chapters', label: 'sidebar.chapters' },
  { id: 'transcript', label: 'sidebar.transcript' }
]

/** Tabs about the whole site, open with no episode open. */
const SITE_TABS: SidebarTab[] = ['episodes', 'search']

export interface SidebarProps {
  tab: SidebarTab
  onTab: (tab: SidebarTab) => void
  /** Tabs that need an open episode are disabled without one. */
  hasEpisode: boolean
  badges?: Partial<Record<SidebarTab, ReactNode>>
  /** The width kept in the settings (undefined until they are read) and where a new one is kept. */
  width?: number
  onWidth?: (width: number) => void
  children: ReactNode
}

export function Sidebar({ tab, onTab, hasEpisode, badges = {}, width: kept, onWidth, children }: SidebarProps) {
  const { t } = useI18n()
  const [width, setWidth] = useState(kept ?? 290)
  useEffect(() => {
    if (kept !== undefined) setWidth(kept)
  }, [kept])
  return (
    <aside className="sidebar" style={{ width }}>
      {onWidth && <SidebarResizer width={width} onResize={setWidth} onCommit={onWidth} />}
      <div className="tabs" role="tablist">
        {TABS.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls="sidebar-panel"
            className={`tab${tab === item.id ? ' active' : ''}${item.icon ? ' tab-icon' : ''}`}
            aria-label={item.icon ? t(item.label) : undefined}
            title={item.icon ? t(item.label) : undefined}
            disabled={!SITE_TABS.includes(item.id) && !hasEpisode}
            onClick={() => onTab(item.id)}
          >
            {item.icon ? <Icon name={item.icon} size="15px" /> : t(item.label)}
            {badges[item.id]}
          </button>
        ))}
      </div>
      <div className="sidebar-panel" id="sidebar-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {children}
      </div>
    </aside>
  )
}
