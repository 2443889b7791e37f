// Snippets, the pure parts: reading a snippet file and filling its placeholders.
export { mergeSnippets, parseSnippet, snippetFileText, SNIPPET_NAME, type Snippet } from './snippet'
export { localDay, snippetTemplate, type SnippetValues } from './fill'
