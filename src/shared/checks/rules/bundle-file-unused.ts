// Files in the episode's folder that nothing in the notes uses: leftovers from an earlier draft, or an image the
// host forgot to put in. Reported for the file as a whole (at the top of the document).
import { bundleUsageOf } from '../../bundle-usage'
import type { CheckRule, EpisodeFacts } from '../types'

// Page resources in Markdown and dot files are not media a host would link.
const SKIP = /(^|\/)(index|_index)\.(md|markdown|html)$|\.(md|markdown)$|(^|\/)\./i

/** The bundle files the episode uses (see `bundleUsage`: the media panel's "used" is the same answer). */
export function usedBundleFiles(facts: EpisodeFacts): Set<string> {
  return bundleUsageOf(facts).used
}

export const bundleFileUnused: CheckRule = {
  id: 'bundle-file-unused',
  severity: 'info',
  description: "A file in the episode's folder that the notes do not use.",
  check(facts, report) {
    if (!facts.bundleFiles) return
    const used = usedBundleFiles(facts)
    for (const f of facts.bundleFiles) {
      if (used.has(f) || SKIP.test(f)) continue
      report({ from: 0, to: 0, code: 'bundle-file-unused', params: { file: f } })
    }
  }
}
