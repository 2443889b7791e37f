// What a publishing check is: a rule with an id and a default severity that looks at the facts of one episode
// (front matter, shortcodes, links, headings, the bundle's files) and reports problems with their place.
import type { BundleImage } from '../api'
import type { StampLine } from '../chapters/stamp-lines'
import type { Diagnostic, Severity, TextChange } from '../diagnostic'
import type { SplitDocument } from '../document'
import type { FrontMatter } from '../front-matter'
import type { ParsedShortcodes } from '../shortcodes/parse'
import type { BodyRefs } from './body-refs'
import type { CheckConfig } from './config'
import type { CheckFixCode, CheckMessageCode, MessageParams } from './messages'

/** Everything the rules look at, read once per check run. */
export interface EpisodeFacts {
  text: string
  split: SplitDocument
  frontMatter: FrontMatter
  /** Front matter with keys lowercased (Hugo reads them case-insensitively); `{}` when unreadable. */
  fields: Map<string, unknown>
  shortcodes: ParsedShortcodes
  refs: BodyRefs
  /** Ids a `#fragment` link on this page can reach: headings, raw HTML ids, figure ids (worked out on first use: it renders the page). */
  anchors(): Set<string>
  /** The notes' chapter lines (timestamp lines outside code), worked out on first use. */
  chapters(): StampLine[]
  /** The recording's length in seconds, when the Listen panel knows it. */
  recordingDuration?: number
  /** Bundle-relative paths of the files next to `index.md` (forward slashes); null for a leaf file. */
  bundleFiles: string[] | null
  /** The bundle's photos by path, as the main process read their headers (size, GPS); empty when not known. */
  bundleImages: ReadonlyMap<string, BundleImage>
  /** The long-edge limit for figures in pixels (the Images setting; 0: any size). */
  imageMaxEdge: number
  now: Date
  /** The site's `timeZone` for dates written without an offset (Hugo's default is UTC). */
  timeZone: string | undefined
  config: CheckConfig
}

/** A problem as a rule reports it: a message code and its parameters; the runner adds the words, place, rule and severity. */
export interface Finding {
  from: number
  to: number
  code: CheckMessageCode
  params?: MessageParams
  fix?: FindingFix
}

export interface FindingFix {
  code: CheckFixCode
  params?: MessageParams
  changes: TextChange[]
  /** A fix that works on a bundle file instead of the text (no changes): processing this photo in place. */
  file?: string
}

/**
 * A check's diagnostic: the English message and fix label (what the CLI prints), with the code and parameters they
 * were made from (a code of src/shared/checks/messages.ts), so the window can say the same in the UI language.
 */
export interface CheckDiagnostic extends Diagnostic {
  fix?: { label: string; changes: TextChange[]; code?: CheckFixCode; params?: MessageParams; file?: string }
}

export interface CheckRule {
  id: string
  severity: Severity
  /** One sentence for the docs and the config file's comments. */
  description: string
  check(facts: EpisodeFacts, report: (finding: Finding) => void): void
}
