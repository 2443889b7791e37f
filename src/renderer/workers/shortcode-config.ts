// The site's shortcodes as the checks' settings: which sets and own names the unknown-shortcode check knows.
import type { CheckConfig } from '../../shared/checks/config'
import type { SiteShortcodes } from '../../shared/shortcodes/site-shortcodes'

/** The check settings for `shortcodes` (none when the site is not known yet: the checks' defaults). */
export function shortcodeConfig(shortcodes: SiteShortcodes | undefined): Partial<CheckConfig> | undefined {
  return shortcodes ? { shortcodes: shortcodes.own, shortcodeSets: shortcodes.sets } : undefined
}
