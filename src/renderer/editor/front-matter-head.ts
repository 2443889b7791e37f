// The front matter part of an episode in the editor: its text (line breaks as "\n", so every offset the core
// reports is an editor position) and where the body starts. Reads only the head of a long document.
import type { Text } from '@codemirror/state'
import { splitDocument, type SplitDocument } from '../../shared/document'

export interface FrontMatterHead {
  /** The document from its start to where the body begins, line breaks as "\n". */
  text: string
  /** The text that was split (the first 64 KB, or all of a longer document when needed); `split` describes it. */
  source: string
  /** Editor position where the body starts (0 when there is no front matter). */
  bodyFrom: number
  split: SplitDocument
}

const firstLook = 64 * 1024

/** Splits off the front matter, looking at the first 64 KB first and at everything only when that is not enough. */
export function frontMatterHead(doc: Text): FrontMatterHead {
  let text = doc.sliceString(0, Math.min(doc.length, firstLook), '\n')
  let split = splitDocument(text)
  if (!split.frontMatter && split.unclosed && doc.length > firstLook) {
    text = doc.sliceString(0, doc.length, '\n')
    split = splitDocument(text)
  }
  // When the front matter is unclosed, Hugo (and the core) read everything as body.
  const bodyFrom = split.frontMatter ? split.bodyFrom : 0
  return { text: text.slice(0, bodyFrom), source: text, bodyFrom, split }
}
