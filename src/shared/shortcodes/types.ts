// What the shortcode parser finds in a document: shortcodes (with their inner content), escaped shortcodes
// (`{{</* … */>}}`) and broken tags. Offsets are into the whole document, so the editor can highlight them.

export type ShortcodeDelimiter = '<' | '%'

/** Parameters as Hugo gives them to a template: all positional or all named, values always strings. */
export type ShortcodeParams = { kind: 'positional'; values: string[] } | { kind: 'named'; values: Record<string, string> }

export interface ShortcodeNode {
  type: 'shortcode'
  name: string
  delimiter: ShortcodeDelimiter
  params: ShortcodeParams
  /** The whole shortcode, from `{{<` of the opening tag to `>}}` of the closing tag (or of the only tag). */
  from: number
  to: number
  /** The opening tag alone. */
  tagFrom: number
  tagTo: number
  /** `{{< name />}}`: closed with no inner content. */
  selfClosing: boolean
  /** Present when the shortcode is paired: the text between the tags and the shortcodes inside it. */
  inner?: { from: number; to: number; children: ShortcodeItem[] }
  /** The closing tag, when paired. */
  close?: { from: number; to: number }
}

// An escaped shortcode (written with /* and */ inside the delimiters): shown literally as `{{< name >}}`, as Hugo does.
export interface EscapedShortcode {
  type: 'escaped'
  from: number
  to: number
  literal: string
}

/** A tag Hugo would refuse (syntax error, stray or mismatched closing tag, unclosed paired shortcode), or nested too deep to pair. */
export interface BrokenShortcode {
  type: 'broken'
  from: number
  to: number
  rule: 'shortcode-unclosed' | 'shortcode-mismatched' | 'shortcode-syntax' | 'shortcode-too-deep'
  message: string
  /** The shortcode's name when it could be read. */
  name?: string
}

export type ShortcodeItem = ShortcodeNode | EscapedShortcode | BrokenShortcode
