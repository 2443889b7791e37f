// The site's settings as the checks' settings: which shortcode sets and own names the unknown-shortcode check knows,
// and `.shownotes.yaml`'s rules, limits, player hosts and placeholder words, so the window checks as the CLI does.
import type { CheckConfig, SiteCheckSettings } from '../../shared/checks/config'
import type { SiteShortcodes } from '../../shared/shortcodes/site-shortcodes'

/** What the window knows of the site for its checks (from the workspace). */
export interface SiteForChecks {
  shortcodes: SiteShortcodes
  checks?: SiteCheckSettings
}

/** The check settings of the site (none when the site is not known yet: the checks' defaults). */
export function siteCheckConfig(site: SiteForChecks | undefined): Partial<CheckConfig> | undefined {
  return site ? { ...site.checks, shortcodes: site.shortcodes.own, shortcodeSets: site.shortcodes.sets } : undefined
}
