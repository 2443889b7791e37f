// The languages' own completions beside the episode's (shortcodes, front matter keys): in Markdown, HTML tags after
// `<` (a player pasted by hand). Not where `<` opens a shortcode (`{{<`): there the shortcodes are offered alone.
import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete'

export async function languageCompletionSource(context: CompletionContext): Promise<CompletionResult | null> {
  if (/\{\{<\S*$/.test(context.state.sliceDoc(Math.max(0, context.pos - 64), context.pos))) return null
  for (const source of context.state.languageDataAt<CompletionSource>('autocomplete', context.pos)) {
    const result = await source(context)
    if (result) return result
  }
  return null
}
