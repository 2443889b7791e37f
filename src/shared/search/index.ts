// Site search and replace, the pure parts: folding, the query, matching and replace planning.
export { foldText, originalSpan, type FoldedText } from './fold'
export { compileQuery, defaultQuery, type SearchQuery, type SearchScope, type SearchStatus } from './query'
export { fieldValueRanges, findMatches, matchesIn, matchLines, scopeRanges, type MatchLine, type TextMatch } from './match'
export { expandReplacement, planReplace, previewReplacement, type ReplacePlan } from './replace-plan'
