// Every publishing check, in the order the docs list them. Add a rule: write its file under rules/ and list it here.
import { bundleFileUnused } from './rules/bundle-file-unused'
import { chaptersBeyondEnd } from './rules/chapters-beyond-end'
import { chaptersFirstNotZero } from './rules/chapters-first-not-zero'
import { chaptersOutOfOrder } from './rules/chapters-out-of-order'
import { chaptersTooClose } from './rules/chapters-too-close'
import { chaptersTooFew } from './rules/chapters-too-few'
import { dateInvalid } from './rules/date-invalid'
import { dateMissing } from './rules/date-missing'
import { figureCaptionPlaceholder } from './rules/figure-caption-placeholder'
import { figureHasLocation } from './rules/figure-has-location'
import { figureMissingImage } from './rules/figure-missing-image'
import { figureTooLarge } from './rules/figure-too-large'
import { iframeUnknownHost } from './rules/iframe-unknown-host'
import { linkAnchorMissing } from './rules/link-anchor-missing'
import { linkEmpty } from './rules/link-empty'
import { publishDateBeforeDate } from './rules/publish-date-before-date'
import { publishDateFuture } from './rules/publish-date-future'
import { shortcodeMismatched, shortcodeSyntax, shortcodeTooDeep, shortcodeUnclosed } from './rules/shortcode-broken'
import { shortcodeUnknown } from './rules/shortcode-unknown'
import { summaryEmpty } from './rules/summary-empty'
import { summaryTooLong } from './rules/summary-too-long'
import { templatePlaceholder } from './rules/template-placeholder'
import { titleMissing } from './rules/title-missing'
import type { CheckRule } from './types'

export const checkRules: readonly CheckRule[] = [
  titleMissing,
  dateMissing,
  dateInvalid,
  publishDateBeforeDate,
  publishDateFuture,
  summaryEmpty,
  summaryTooLong,
  figureMissingImage,
  figureCaptionPlaceholder,
  figureHasLocation,
  figureTooLarge,
  shortcodeUnknown,
  shortcodeUnclosed,
  shortcodeMismatched,
  shortcodeSyntax,
  shortcodeTooDeep,
  linkAnchorMissing,
  linkEmpty,
  iframeUnknownHost,
  bundleFileUnused,
  templatePlaceholder,
  chaptersFirstNotZero,
  chaptersTooFew,
  chaptersTooClose,
  chaptersOutOfOrder,
  chaptersBeyondEnd
]

/**
 * Rule ids a site's config may set besides the checks above: the front matter reader's own diagnostics
 * (reported as they are, with these ids).
 */
export const passThroughRules = [
  'front-matter-syntax',
  'front-matter-duplicate-key',
  'front-matter-unclosed',
  'front-matter-unsupported-language',
  'front-matter-too-deep',
  'front-matter-aliases',
  'front-matter-not-a-map',
  'text-invalid-utf8'
]

/**
 * The link check's rules: they need the network, so they run only when asked (`check --links`, the Publish tab's
 * Check links, `links: true` in `.shownotes.yaml`), in the main process or the CLI (src/main/services/links).
 */
export const linkRules = { 'link-broken': 'error', 'link-redirected': 'warning' } as const

export const allRuleIds: readonly string[] = [...checkRules.map((r) => r.id), ...passThroughRules, ...Object.keys(linkRules)]
