// The rule settings of the site at `root` (`.shownotes.yaml`), for the app's link check: a site may turn the link
// rules off or change their severity, as it does for every other check.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CHECK_CONFIG_FILE, parseCheckConfig, type RuleSetting } from '../../../shared/checks'

export async function siteRules(root: string): Promise<Record<string, RuleSetting>> {
  const text = await readFile(join(root, CHECK_CONFIG_FILE), 'utf8').catch(() => null)
  return text === null ? {} : parseCheckConfig(text).config.rules
}
