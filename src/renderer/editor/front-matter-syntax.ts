// Front matter as its own block in the Markdown syntax tree, with its YAML (`---`), TOML (`+++`) or JSON (`{ … }`)
// content parsed by the matching language so it is highlighted as such, not as Markdown.
import { parseMixed, type Parser } from '@lezer/common'
import type { BlockContext, Element, Line, MarkdownConfig } from '@lezer/markdown'
import { StreamLanguage, foldInside, foldNodeProp } from '@codemirror/language'
import { jsonLanguage } from '@codemirror/lang-json'
import { yamlLanguage } from '@codemirror/lang-yaml'
import { toml } from '@codemirror/legacy-modes/mode/toml'
import { styleTags, tags } from '@lezer/highlight'
import { scanJsonObject, type FrontMatterFormat } from '../../shared/document'

const tomlLanguage = StreamLanguage.define(toml)

/**
 * Hugo's JSON front matter: the object from the `{` opening the document to the brace that balances it (braces in
 * strings do not count), scanned as src/shared/document.ts splits it. Unbalanced, all of the text is front matter.
 */
function parseJsonFrontMatter(cx: BlockContext, line: Line): boolean {
  let from = line.text.indexOf('{')
  const start = cx.lineStart + from
  const scan = { level: 0, inString: false }
  let end: number
  do {
    const close = scanJsonObject(line.text, from, scan)
    if (close !== -1) {
      const to = cx.lineStart + close + 1
      cx.nextLine()
      cx.addElement(cx.elt('FrontMatter', start, to, [cx.elt('FrontMatterJson', start, to)]))
      return true
    }
    end = cx.lineStart + line.text.length
    from = 0
  } while (cx.nextLine())
  cx.addElement(cx.elt('FrontMatter', start, end, [cx.elt('FrontMatterJson', start, end)]))
  return true
}

function parseFrontMatter(cx: BlockContext, line: Line): boolean {
  if (cx.lineStart !== 0 && !(cx.lineStart === 1 && cx.prevLineEnd() === 0)) return false
  // `{{<` opens a shortcode, not JSON (as src/shared/document.ts decides).
  if (/^\uFEFF?\{(?!\{)/.test(line.text)) return parseJsonFrontMatter(cx, line)
  const fence = line.text.replace(/^\uFEFF/, '').trimEnd()
  if (fence !== '---' && fence !== '+++') return false
  const start = cx.lineStart
  const children: Element[] = [cx.elt('FrontMatterMark', start, start + line.text.length)]
  const contentFrom = start + line.text.length + 1
  let end = start + line.text.length
  while (cx.nextLine()) {
    if (line.text.trimEnd() === fence) {
      children.push(cx.elt(fence === '---' ? 'FrontMatterYaml' : 'FrontMatterToml', contentFrom, Math.max(contentFrom, cx.lineStart - 1)))
      children.push(cx.elt('FrontMatterMark', cx.lineStart, cx.lineStart + line.text.length))
      end = cx.lineStart + line.text.length
      cx.nextLine()
      cx.addElement(cx.elt('FrontMatter', start, end, children))
      return true
    }
    end = cx.lineStart + line.text.length
  }
  // No closing fence: everything is front matter, as Hugo would read it; the core reports the error.
  children.push(cx.elt(fence === '---' ? 'FrontMatterYaml' : 'FrontMatterToml', Math.min(contentFrom, end), end))
  cx.addElement(cx.elt('FrontMatter', start, end, children))
  return true
}

/** The parser for front matter written in `format` (also used on its own for very long documents). */
export function frontMatterParser(format: FrontMatterFormat): Parser {
  return format === 'yaml' ? yamlLanguage.parser : format === 'toml' ? tomlLanguage.parser : jsonLanguage.parser
}

/** The Lezer Markdown extension: add it to `markdown({ extensions })`. */
export const frontMatterSyntax: MarkdownConfig = {
  defineNodes: [{ name: 'FrontMatter', block: true }, 'FrontMatterMark', 'FrontMatterYaml', 'FrontMatterToml', 'FrontMatterJson'],
  props: [
    styleTags({ FrontMatterMark: tags.processingInstruction }),
    foldNodeProp.add({ FrontMatter: foldInside })
  ],
  parseBlock: [{ name: 'FrontMatter', before: 'HorizontalRule', parse: parseFrontMatter }],
  wrap: parseMixed((node) => {
    if (node.name === 'FrontMatterYaml') return { parser: frontMatterParser('yaml') }
    if (node.name === 'FrontMatterToml') return { parser: frontMatterParser('toml') }
    if (node.name === 'FrontMatterJson') return { parser: frontMatterParser('json') }
    return null
  })
}
