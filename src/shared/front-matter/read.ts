// Reads an episode's front matter, whatever its language, into data, fields and diagnostics. Called on every
// keystroke in the front matter, so it does one parse and no work for the body.
import type { Diagnostic } from '../diagnostic'
import { splitDocument, type SplitDocument } from '../document'
import { readJson } from './json-read'
import { diagnostic, locator, type Locate } from './positions'
import { readToml } from './toml-read'
import type { FrontMatter } from './types'
import { readYaml, type ReadResult } from './yaml-read'

export function readFrontMatter(text: string, split: SplitDocument = splitDocument(text)): FrontMatter {
  const locate = locator(text)
  const diagnostics: Diagnostic[] = []
  const badDecode = text.indexOf('\uFFFD')
  if (badDecode !== -1) {
    diagnostics.push(diagnostic(locate, badDecode, badDecode + 1, 'warning', 'text-invalid-utf8',
      'This file has bytes that are not valid UTF-8 (shown as \uFFFD). Saving writes \uFFFD in their place; check the text here.'))
  }
  const block = split.frontMatter
  if (split.unclosed) {
    const { from, to, delimiter } = split.unclosed
    const closing = delimiter === '{' ? 'closing }' : `closing ${delimiter} line`
    diagnostics.push(diagnostic(locate, from, to, 'error', 'front-matter-unclosed',
      `The front matter starting here has no ${closing}, so Hugo cannot build this page. Shownotes treats the whole file as body.`))
  }
  if (!block) return { format: null, data: split.unclosed ? null : {}, fields: [], diagnostics }
  if (split.format === null) {
    diagnostics.push(diagnostic(locate, block.from, block.contentFrom, 'error', 'front-matter-unsupported-language',
      `Front matter written in "${split.language}" is not supported and is never run. Hugo reads YAML (---), TOML (+++) or JSON ({ }).`))
    return { format: null, data: null, fields: [], diagnostics }
  }
  const read = readers[split.format](block.text, block.contentFrom, locate)
  return { format: split.format, data: read.data, fields: read.fields, diagnostics: [...diagnostics, ...read.diagnostics] }
}

const readers: Record<NonNullable<SplitDocument['format']>, (content: string, base: number, locate: Locate) => ReadResult> = {
  yaml: readYaml,
  toml: readToml,
  json: readJson
}
