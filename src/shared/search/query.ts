// What a site search asks for, and the one regular expression that answers it: text or a regular expression,
// case and whole-word toggles, width folding always and kana folding on request (see fold.ts).
import { UserError } from '../user-error'
import { foldPattern } from './fold'

export type SearchScope = 'all' | 'body' | 'frontMatter' | 'field'
export type SearchStatus = 'draft' | 'scheduled' | 'published' | 'expired'

export interface SearchQuery {
  pattern: string
  regex: boolean
  caseSensitive: boolean
  wholeWord: boolean
  /** Katakana and hiragana match each other. */
  kana: boolean
  scope: SearchScope
  /** The field for the `field` scope: `tags`, `image.caption`. */
  field?: string
  /** Only episodes with these statuses; empty or absent: all. */
  statuses?: SearchStatus[]
}

export const defaultQuery: SearchQuery = { pattern: '', regex: false, caseSensitive: false, wholeWord: false, kana: false, scope: 'all', statuses: [] }

const WORD = '[\\p{L}\\p{N}_]'

/**
 * The query as a global regular expression over folded text (`d`: group offsets, for `$1` in a replacement).
 * Throws a UserError (`bad-pattern`) for an empty pattern or a regular expression that does not compile.
 */
export function compileQuery(query: SearchQuery): RegExp {
  if (!query.pattern) throw new UserError('Type something to search for.', 'bad-pattern')
  const folded = foldPattern(query.pattern, { kana: query.kana })
  let source = query.regex ? folded : folded.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  if (query.wholeWord) source = `(?<!${WORD})(?:${source})(?!${WORD})`
  try {
    return new RegExp(source, `gmdu${query.caseSensitive ? '' : 'i'}`)
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err)
    throw new UserError(`The regular expression does not work: ${reason}.`, 'bad-pattern')
  }
}
