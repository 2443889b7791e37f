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

/** Why Hugo would refuse a tag it cannot read; the words are in src/shared/checks/messages.ts (and the window's ja table). */
export type ShortcodeSyntaxCode =
  | 'shortcode-syntax.escaped-unclosed'
  | 'shortcode-syntax.tag-unclosed'
  | 'shortcode-syntax.two-slashes'
  | 'shortcode-syntax.slash-place'
  | 'shortcode-syntax.name-start'
  | 'shortcode-syntax.closing-params'
  | 'shortcode-syntax.after-slash'
  | 'shortcode-syntax.quote-unclosed'
  | 'shortcode-syntax.backtick-unclosed'
  | 'shortcode-syntax.value-unclosed'
  | 'shortcode-syntax.quote-missing'
  | 'shortcode-syntax.mixed'
  | 'shortcode-syntax.unexpected'
  | 'shortcode-syntax.no-name'

/** Every problem the shortcode parser reports: a code and the parameters its words need. */
export type ShortcodeProblemCode =
  | 'shortcode-unclosed'
  | 'shortcode-mismatched.self-closed'
  | 'shortcode-mismatched.no-content'
  | 'shortcode-mismatched.no-opening'
  | 'shortcode-too-deep'
  | ShortcodeSyntaxCode

export interface ShortcodeProblem {
  code: ShortcodeProblemCode
  params: Record<string, string>
}

/** A tag Hugo would refuse (syntax error, stray or mismatched closing tag, unclosed paired shortcode), or nested too deep to pair. */
export interface BrokenShortcode {
  type: 'broken'
  from: number
  to: number
  rule: 'shortcode-unclosed' | 'shortcode-mismatched' | 'shortcode-syntax' | 'shortcode-too-deep'
  problem: ShortcodeProblem
  /** The problem in English (the CLI's and exports' words). */
  message: string
  /** The shortcode's name when it could be read. */
  name?: string
}

export type ShortcodeItem = ShortcodeNode | EscapedShortcode | BrokenShortcode
