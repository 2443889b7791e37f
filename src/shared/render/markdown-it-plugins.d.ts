// Type declarations for the markdown-it plugins that ship without types.
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it'
  const plugin: (md: MarkdownIt) => void
  export default plugin
}
declare module 'markdown-it-deflist' {
  import type { MarkdownIt } from 'markdown-it'
  const plugin: (md: MarkdownIt) => void
  export default plugin
}
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  const emojis: Record<string, string>
  export default emojis
}
