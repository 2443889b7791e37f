// A site's settings for the publishing checks, read from `.shownotes.yaml` at the site root: rules turned off or
// given another severity, the summary limit, extra player hosts, the site's own shortcodes and placeholder words.
import { parseDocument } from 'yaml'
import type { Diagnostic, Severity } from '../diagnostic'
import { locator } from '../front-matter/positions'
import { allShortcodeSets, type ShortcodeSet } from '../shortcodes/catalog'

export type RuleSetting = Severity | 'off'

export interface CheckConfig {
  /** Rule id → 'off' or the severity to report it with. */
  rules: Record<string, RuleSetting>
  /** Longest summary, in characters as a reader counts them. */
  summaryLimit: number
  /** Player hosts allowed besides the built-in ones (anchor.fm, Spotify, YouTube …). */
  iframeHosts: string[]
  /** Shortcode names the site defines itself (layouts/shortcodes/*.html), besides Hugo's and the theme's. */
  shortcodes: string[]
  /** The catalog's sets the site has: Hugo's always, the Academic theme's when the site uses it (not a `.shownotes.yaml` setting). */
  shortcodeSets: ShortcodeSet[]
  /** Words or phrases that mean "not written yet" when left in the notes. */
  placeholders: string[]
  /** True when plain `shownotes check` also checks the web links (it uses the network, so it is off by default). */
  links: boolean
  /** Write the notes' chapters as `chapters.json` (Podcasting 2.0) into the bundle on every save from the app. */
  chaptersJson: boolean
}

/** The site's own settings of `.shownotes.yaml` the window's checks need besides the shortcodes (sent with the workspace). */
export type SiteCheckSettings = Pick<CheckConfig, 'rules' | 'summaryLimit' | 'iframeHosts' | 'placeholders'>

export const CHECK_CONFIG_FILE = '.shownotes.yaml'

export const defaultCheckConfig: CheckConfig = {
  rules: {},
  summaryLimit: 160,
  iframeHosts: [],
  shortcodes: [],
  shortcodeSets: [...allShortcodeSets],
  placeholders: ['TODO', 'TBD', 'FIXME', 'Coming Soon'],
  links: false,
  chaptersJson: false
}

const SETTINGS = new Set<RuleSetting>(['off', 'error', 'warning', 'info'])

/**
 * Reads the text of `.shownotes.yaml`. Never throws: a bad value is a diagnostic (placed in the config file) and
 * the default is used instead, so one typo does not stop a site's CI from checking anything.
 * `knownRules` lets it warn about a rule id that does not exist (a misspelling would otherwise do nothing).
 */
export function parseCheckConfig(text: string, knownRules: readonly string[] = []): { config: CheckConfig; diagnostics: Diagnostic[] } {
  const locate = locator(text)
  const diagnostics: Diagnostic[] = []
  const problem = (at: [number, number] | undefined, message: string, severity: Severity = 'error') => {
    const [from, to] = at ?? [0, 0]
    diagnostics.push({ from, to, ...locate(from), severity, rule: 'check-config', message })
  }
  const config: CheckConfig = { ...defaultCheckConfig, rules: {}, placeholders: [...defaultCheckConfig.placeholders] }
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true })
  for (const e of doc.errors) problem([e.pos[0], e.pos[1]], `${CHECK_CONFIG_FILE} is not valid YAML: ${e.message.split('\n')[0]}`)
  if (doc.errors.length) return { config, diagnostics }
  const root: unknown = doc.toJS({ maxAliasCount: 20 })
  if (root === null || root === undefined) return { config, diagnostics }
  if (typeof root !== 'object' || Array.isArray(root)) {
    problem(undefined, `${CHECK_CONFIG_FILE} must be a map of settings (rules, summaryLimit, iframeHosts, shortcodes, placeholders, links, chaptersJson).`)
    return { config, diagnostics }
  }
  const rangeOf = (path: (string | number)[]): [number, number] | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
    const key = path.length === 1 ? (doc.contents as { items?: { key: { value?: unknown; range?: [number, number, number] } }[] }).items?.find((p) => p.key?.value === path[0])?.key : undefined
    const r = node?.range ?? key?.range
    return r ? [r[0], r[1]] : undefined
  }
  const known = new Set(knownRules)
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    switch (key) {
      case 'rules': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          problem(rangeOf(['rules']), 'rules must be a map of rule ids to off, error, warning or info.')
          break
        }
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          const s = setting === false ? 'off' : setting
          if (typeof s !== 'string' || !SETTINGS.has(s as RuleSetting)) {
            problem(rangeOf(['rules', id]), `The rule "${id}" is set to ${JSON.stringify(setting)}; use off, error, warning or info.`)
          } else {
            if (known.size && !known.has(id)) problem(rangeOf(['rules', id]), `There is no check named "${id}"; the setting does nothing.`, 'warning')
            config.rules[id] = s as RuleSetting
          }
        }
        break
      }
      case 'summaryLimit':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) config.summaryLimit = value
        else problem(rangeOf([key]), `summaryLimit must be a whole number of characters greater than 0 (it is ${JSON.stringify(value)}).`)
        break
      case 'iframeHosts':
      case 'shortcodes':
      case 'placeholders':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')) config[key] = value.map((v: string) => v.trim())
        else problem(rangeOf([key]), `${key} must be a list of names, e.g. ${key}: [${key === 'iframeHosts' ? 'player.example.com' : key === 'shortcodes' ? 'sponsor' : 'XXX'}].`)
        break
      case 'links':
        if (typeof value === 'boolean') config.links = value
        else problem(rangeOf([key]), `links must be true or false (it is ${JSON.stringify(value)}).`)
        break
      case 'chaptersJson':
        if (typeof value === 'boolean') config.chaptersJson = value
        else problem(rangeOf([key]), `chaptersJson must be true or false (it is ${JSON.stringify(value)}).`)
        break
      default:
        problem(rangeOf([key]), `${CHECK_CONFIG_FILE} has an unknown setting "${key}"; known settings are rules, summaryLimit, iframeHosts, shortcodes, placeholders, links and chaptersJson.`, 'warning')
    }
  }
  return { config, diagnostics }
}
