// The shapes front matter is read into: its data, one entry per field for the form, and the problems found.
import type { Diagnostic } from '../diagnostic'
import type { FrontMatterFormat } from '../document'

/**
 * The front matter reader's problems. Each is a code whose English words are the reader's own sentence (it carries
 * the YAML/TOML/JSON parser's details, which no table can hold) as `{detail}`; the window leads with its own words.
 */
export type FrontMatterRule =
  | 'front-matter-syntax'
  | 'front-matter-duplicate-key'
  | 'front-matter-unclosed'
  | 'front-matter-unsupported-language'
  | 'front-matter-too-deep'
  | 'front-matter-aliases'
  | 'front-matter-not-a-map'
  | 'text-invalid-utf8'

export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'null' | 'list' | 'map'

/** One field of the front matter, nested map fields included (`address.city`), so the form can list it and jump to it. */
export interface FieldInfo {
  path: string[]
  key: string
  type: FieldType
  /** The value as read; dates are the exact text written (`2020-12-22T10:03:00+09:00`). */
  value: unknown
  /** 1-based line of the key in the whole document. */
  line: number
  /** Offsets in the whole document: from the key to the end of the value. */
  from: number
  to: number
}

export interface FrontMatter {
  /** Null when there is no front matter or it is in a language we do not read. */
  format: FrontMatterFormat | null
  /** The fields as plain data; `{}` when there is no front matter, null when it could not be read. */
  data: Record<string, unknown> | null
  fields: FieldInfo[]
  /** Problems with line and column in the whole document. */
  diagnostics: Diagnostic[]
}

/** A field path: `['image', 'caption']` or the dotted form `image.caption`; a number selects a list item. */
export type FieldPath = string[] | string

/** Limits that keep hostile front matter from hanging or crashing the editor. */
export const LIMITS = {
  /** Nested lists/maps; real front matter rarely goes past 4. */
  maxDepth: 64,
  /** Alias expansions while reading YAML (a "billion laughs" needs far more). */
  maxAliasCount: 100
} as const
