// Publishing checks: `checkEpisode(text, { bundleFiles, now, config })` and the site config that tunes them.
export { checkEpisode, sortDiagnostics, type CheckOptions } from './check-episode'
export { checkRules, allRuleIds, passThroughRules, linkRules } from './registry'
export { parseCheckConfig, defaultCheckConfig, CHECK_CONFIG_FILE, type CheckConfig, type RuleSetting, type SiteCheckSettings } from './config'
export { collectFacts } from './facts'
export { usedBundleFiles } from './rules/bundle-file-unused'
export { knownShortcodes } from './rules/shortcode-unknown'
export { bundlePathOf, encodePath, BundleIndex } from './bundle-paths'
export type { CheckDiagnostic, CheckRule, EpisodeFacts, Finding, FindingFix } from './types'
export {
  checkFixes,
  checkFixLabel,
  checkMessage,
  checkMessages,
  fillTemplate,
  type CheckFixCode,
  type CheckMessageCode,
  type MessageParams
} from './messages'
