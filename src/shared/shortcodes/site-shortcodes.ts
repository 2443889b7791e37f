// Which shortcodes a site can use: Hugo's built-ins, the Academic / Wowchemy set only when the site uses that theme
// (named in its `theme` or its module imports), and the site's own (its and its theme's layouts/shortcodes, plus
// `.shownotes.yaml`'s `shortcodes:`). The checks, the editor's lint and completion all ask this.
import { allShortcodeSets, type ShortcodeSet } from './catalog'

export interface SiteShortcodes {
  sets: ShortcodeSet[]
  /** Names the site defines itself. */
  own: string[]
}

/** What a folder outside any known site is assumed to have: every set (no false warnings where we know nothing). */
export const unknownSiteShortcodes: SiteShortcodes = { sets: [...allShortcodeSets], own: [] }

// Academic, its Wowchemy successor and Hugo Blox: by theme folder name or module path.
const ACADEMIC = /academic|wowchemy|hugo-?blox/i

/** The sets of a Hugo site whose config names `themes` (the `theme` setting) and `moduleImports` (module paths). */
export function shortcodeSetsOf(themes: readonly string[], moduleImports: readonly string[]): ShortcodeSet[] {
  return [...themes, ...moduleImports].some((name) => ACADEMIC.test(name)) ? ['hugo', 'academic'] : ['hugo']
}
