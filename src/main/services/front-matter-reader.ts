// Reads an episode's front matter and body for the episode index: fast, read-only, never runs anything.
// The document core splits the text; YAML values are read with js-yaml's YAML 1.2 core schema (about 10× faster
// than the full reader, which keeps positions for the editor); anything js-yaml refuses, and TOML or JSON, goes
// through the document core's reader, whose diagnostics give the problem count. Dates stay the strings written.
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml'
import { readFrontMatter, splitDocument } from '../../shared/front-matter/index'

export interface EpisodeText {
  format: 'yaml' | 'toml' | 'json' | null
  /** Front matter as data; dates are the strings written. Empty when absent or unreadable. */
  data: Record<string, unknown>
  body: string
  /** Number of problems found in the front matter. */
  problems: number
}

export function readEpisodeText(text: string): EpisodeText {
  const split = splitDocument(text)
  const block = split.frontMatter
  if (split.format === 'yaml' && block && !split.unclosed) {
    const data = fastYaml(block.text)
    if (data) return { format: 'yaml', data: hugoDraft(block.text, data), body: split.body, problems: 0 }
  }
  const full = readFrontMatter(text, split)
  const data = full.data ?? {}
  return { format: full.format, data: full.format === 'yaml' && block ? hugoDraft(block.text, data) : data, body: split.body, problems: full.diagnostics.length }
}

function fastYaml(block: string): Record<string, unknown> | null {
  try {
    const data = loadYaml(block, { schema: CORE_SCHEMA }) ?? {}
    return typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null
  } catch {
    return null
  }
}

// Hugo reads YAML 1.1, where an unquoted `draft: yes` (or on, y…) is true; YAML 1.2 keeps it a string.
function hugoDraft(block: string, data: Record<string, unknown>): Record<string, unknown> {
  if (typeof data.draft !== 'string') return data
  const m = /^draft[ \t]*:[ \t]*(y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)[ \t]*(?:#.*)?$/m.exec(block)
  return m ? { ...data, draft: /^(y|yes|on)$/i.test(m[1]) } : data
}
