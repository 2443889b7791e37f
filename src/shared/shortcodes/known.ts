// Which shortcodes the theme (Academic 4.x / Wowchemy 5) and Hugo define, and whether each takes inner content.
// Hugo decides pairing from the template (does it use .Inner?); for shortcodes we do not know, a later closing tag decides.

/** Shortcodes whose template uses .Inner: an opening tag must be closed (or self-closed). */
export const pairedShortcodes = new Set(['alert', 'callout', 'spoiler', 'hl', 'staticref', 'diagram', 'highlight'])

/** Shortcodes without .Inner: a closing tag for them is an error in Hugo. */
export const singleShortcodes = new Set([
  'figure',
  'video',
  'audio',
  'gallery',
  'toc',
  'youtube',
  'vimeo',
  'tweet',
  'twitter',
  'gist',
  'instagram',
  'ref',
  'relref',
  'param'
])
