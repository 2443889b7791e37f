// Text left over from the episode template: Go template actions Hugo only fills in archetypes (`{{ .Name }}`),
// the archetype's "paste the player here" comment, words like TODO, and empty list items waiting for topics.
import { removeLinesFix } from '../text-change'
import type { CheckRule, EpisodeFacts, Finding } from '../types'

const ACTION = /\{\{(?![<%])-?\s*[^{}\n]*?\}\}/g
// The archetypes' comment where the player goes: `<!-- Player: … -->`, `<!-- Paste the player's embed code here -->`.
const PLAYER_COMMENT = /^<!--\s*(player\b|paste\b|embed\b)[\s\S]*-->$/i
const EMPTY_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]*\r?$/gm

export const templatePlaceholder: CheckRule = {
  id: 'template-placeholder',
  severity: 'warning',
  description: 'Text left from the template: {{ .Name }}-style actions, the "paste the player here" comment, TODO words, empty list items.',
  check(facts, report) {
    templateActions(facts, report)
    playerComments(facts, report)
    placeholderWords(facts, report)
    emptyListItems(facts, report)
  }
}

function templateActions(facts: EpisodeFacts, report: (f: Finding) => void): void {
  const block = facts.split.frontMatter
  const scan = (text: string, base: number, comments: boolean) => {
    for (const m of text.matchAll(ACTION)) {
      // An action inside a front matter comment line (`# date_end: {{ .Date }}`) is never published.
      if (comments && text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).trimStart().startsWith('#')) continue
      report({
        from: base + m.index,
        to: base + m.index + m[0].length,
        code: 'template-placeholder.action',
        params: { action: m[0] }
      })
    }
  }
  if (block) scan(block.text, block.contentFrom, facts.split.format !== 'json')
  scan(facts.refs.masked, facts.refs.base, false)
}

function playerComments(facts: EpisodeFacts, report: (f: Finding) => void): void {
  const hasPlayer = facts.refs.refs.some((r) => r.kind === 'html-iframe')
  for (const c of facts.refs.comments) {
    if (!PLAYER_COMMENT.test(c.text.trim())) continue
    report({
      from: c.from,
      to: c.to,
      code: hasPlayer ? 'template-placeholder.player-comment' : 'template-placeholder.player-missing',
      fix: removeLinesFix(facts.text, c.from, c.to, 'template-placeholder.remove-comment')
    })
  }
}

function placeholderWords(facts: EpisodeFacts, report: (f: Finding) => void): void {
  const words = facts.config.placeholders
  if (!words.length) return
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
  for (const m of facts.refs.masked.matchAll(re)) {
    report({ from: facts.refs.base + m.index, to: facts.refs.base + m.index + m[0].length, code: 'template-placeholder.word', params: { word: m[0] } })
  }
  for (const field of facts.frontMatter.fields) {
    if (typeof field.value !== 'string') continue
    const m = re.exec(field.value)
    re.lastIndex = 0
    if (m) report({ from: field.from, to: field.to, code: 'template-placeholder.field-word', params: { field: field.key, word: m[0] } })
  }
}

function emptyListItems(facts: EpisodeFacts, report: (f: Finding) => void): void {
  // Read the text as written: the masked body blanks inline code, comments and shortcode tags, so `- \`env\``
  // or `- {{< figure >}}` would look empty there. The masked body only says the marker is not inside code.
  const body = facts.text.slice(facts.refs.base)
  const masked = facts.refs.masked
  for (const m of body.matchAll(EMPTY_ITEM)) {
    if (masked.slice(m.index, m.index + m[0].length) !== m[0]) continue
    // `-` alone followed by an indented line is a list item whose content starts on the next line.
    const next = body.slice(m.index + m[0].length + 1).split('\n', 1)[0]
    if (next.trim() !== '' && /^[ \t]*/.exec(next)![0].length > m[1].length) continue
    // A lone `-` under a paragraph line would be a setext heading underline, not a list item.
    const before = body.slice(0, m.index).replace(/\r?\n$/, '')
    const prevLine = before.slice(before.lastIndexOf('\n') + 1)
    if (m[0].trim() === '-' && prevLine.trim() !== '' && !/^[ \t]*(?:[-*+]|\d{1,9}[.)])(\s|$)/.test(prevLine)) continue
    const from = facts.refs.base + m.index
    const fix = removeLinesFix(facts.text, from, from + m[0].length, 'template-placeholder.remove-item')
    report({ from, to: from + m[0].trimEnd().length, code: 'template-placeholder.empty-item', fix })
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
}
