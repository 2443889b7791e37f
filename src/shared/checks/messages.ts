// The publishing checks' words: every message and quick-fix label as an English template with `{name}` parameters,
// under a stable code (`rule` or `rule.variant`). Rules, the shortcode parser and the front matter reader report a
// code and parameters; the CLI prints the English; the window shows its own translation of the same code.
import type { FrontMatterRule } from '../front-matter/types'
import type { ShortcodeProblemCode } from '../shortcodes/types'

export type MessageParams = Record<string, string | number>

export const checkMessages = {
  'title-missing.empty': 'The title is empty: episode lists and podcast apps would show this episode without a name.',
  'title-missing.absent': 'This episode has no title: add a title field to its front matter.',
  'date-missing': 'This episode has no date: Hugo sorts it after every dated episode and the site shows no date for it.',
  'date-invalid': '{field} is not a date Hugo can read ({value}); write it like 2025-01-10T20:00:00+09:00 or 2025-01-10.',
  'publish-date-before-date': "publishDate ({publishDate}) is before date ({date}): the page appears on the site before the episode's date.",
  'publish-date-future': 'This episode is scheduled: it will appear on {when} (Hugo leaves it out of the site until then).',
  'summary-empty': 'The summary is empty: episode lists and link previews will show the first words of the notes instead. Write a sentence or two.',
  'summary-too-long': 'The summary is {length} characters long, over the limit of {limit}: lists and link previews will cut it off. Shorten it by {over}.',
  'figure-missing-image.figure': 'The figure "{src}" is not in this episode\'s folder, so the page will show a broken image.',
  'figure-missing-image.figure-guess': 'The figure "{src}" is not in this episode\'s folder, so the page will show a broken image. Did you mean "{guess}"?',
  'figure-missing-image.image': 'The image "{src}" is not in this episode\'s folder, so the page will show a broken image.',
  'figure-missing-image.image-guess': 'The image "{src}" is not in this episode\'s folder, so the page will show a broken image. Did you mean "{guess}"?',
  'figure-missing-image.video': 'The video "{src}" is not in this episode\'s folder, so the page will show a broken player.',
  'figure-missing-image.video-guess': 'The video "{src}" is not in this episode\'s folder, so the page will show a broken player. Did you mean "{guess}"?',
  'figure-missing-image.audio': 'The audio "{src}" is not in this episode\'s folder, so the page will show a broken player.',
  'figure-missing-image.audio-guess': 'The audio "{src}" is not in this episode\'s folder, so the page will show a broken player. Did you mean "{guess}"?',
  'figure-caption-placeholder': 'The caption "{caption}" was made from the image\'s file name: readers see it under the image and in the episode\'s description. Write a caption, or leave it empty.',
  'shortcode-unknown': 'The shortcode "{name}" is not defined by Hugo, the theme or this site, so Hugo will refuse to build the page. If your site defines it, add it to shortcodes in .shownotes.yaml.',
  'shortcode-unknown.guess': 'The shortcode "{name}" is not defined by Hugo, the theme or this site, so Hugo will refuse to build the page. Did you mean "{guess}"?',
  'shortcode-param.missing': 'The front matter has no "{key}" for {{< param >}}.',
  'shortcode-param.no-name': '{{< param >}} needs the name of a front matter field.',
  // The shortcode parser's own words (src/shared/shortcodes), passed on by the shortcode-* rules.
  'shortcode-unclosed': 'The shortcode "{name}" is never closed: add {closing} after its content.',
  'shortcode-mismatched.self-closed': '"{name}" takes no inner content, so Hugo refuses the closing "/": write {tag}.',
  'shortcode-mismatched.no-content': '"{name}" takes no inner content, so Hugo refuses this closing tag.',
  'shortcode-mismatched.no-opening': 'This closing tag {closing} has no opening {opening} before it.',
  'shortcode-syntax.escaped-unclosed': 'The escaped shortcode "{open}" is never closed with "{close}".',
  'shortcode-syntax.tag-unclosed': 'The shortcode tag is never closed with "{close}".',
  'shortcode-syntax.two-slashes': 'A closing shortcode tag has two slashes.',
  'shortcode-syntax.slash-place': '"/" in a shortcode tag must come right before "{close}".',
  'shortcode-syntax.name-start': 'A shortcode name must start with a letter or digit, not "{char}".',
  'shortcode-syntax.closing-params': 'A closing shortcode tag takes no parameters: write {tag}.',
  'shortcode-syntax.after-slash': 'Nothing may follow "/" in a shortcode tag.',
  'shortcode-syntax.quote-unclosed': 'A quoted parameter of "{name}" is never closed.',
  'shortcode-syntax.backtick-unclosed': 'A backtick parameter of "{name}" is never closed.',
  'shortcode-syntax.value-unclosed': 'The value of "{param}" in "{name}" is never closed.',
  'shortcode-syntax.quote-missing': 'The value of "{param}" in "{name}" seems to be missing its closing quote.',
  'shortcode-syntax.mixed': '"{name}" mixes named and positional parameters; Hugo accepts only one kind.',
  'shortcode-syntax.unexpected': 'Unexpected "{char}" in shortcode "{name}": parameters with characters other than letters, digits, "-" and "." must be quoted.',
  'shortcode-syntax.no-name': 'This shortcode tag has no name.',
  'shortcode-too-deep': 'Shortcodes are nested more than {limit} levels deep here, so Shownotes leaves this "{name}" unpaired and shows its tags as written.',
  // The front matter reader's own sentences: they hold the YAML/TOML/JSON parser's details (in English).
  'front-matter-syntax': '{detail}',
  'front-matter-duplicate-key': '{detail}',
  'front-matter-unclosed': '{detail}',
  'front-matter-unsupported-language': '{detail}',
  'front-matter-too-deep': '{detail}',
  'front-matter-aliases': '{detail}',
  'front-matter-not-a-map': '{detail}',
  'text-invalid-utf8': '{detail}',
  'link-anchor-missing': 'No heading on this page has the id "{id}", so the link "{url}" goes nowhere.',
  'link-anchor-missing.guess': 'No heading on this page has the id "{id}", so the link "{url}" goes nowhere. Did you mean "#{guess}"?',
  'link-empty.link': 'The link "{text}" has no address: readers click and nothing happens. Add the URL between the parentheses, or remove the link.',
  'link-empty.image': 'The image "{text}" has no address: add the file name between the parentheses.',
  'link-broken.status': 'The link "{url}" answers HTTP {status}: readers get an error page instead.',
  'link-broken.dns': 'The link "{url}" goes nowhere: its host "{host}" does not exist (the DNS lookup failed).',
  'link-broken.refused': 'The server of "{url}" refused the connection: nothing answers there.',
  'link-broken.tls': 'The link "{url}" fails its secure connection (TLS: {detail}): browsers show a warning instead of the page.',
  'link-broken.timeout': 'The link "{url}" did not answer within {seconds} seconds.',
  'link-broken.too-many-redirects': 'The link "{url}" redirects more than {limit} times: browsers give up.',
  'link-broken.redirect-loop': 'The link "{url}" redirects in a loop and never reaches a page.',
  'link-broken.private-redirect': 'The link "{url}" redirects from a public site into a private network address ({to}); Shownotes does not follow it, and readers would not reach it either.',
  'link-broken.bad-redirect': 'The link "{url}" redirects to "{to}", which is not a web address.',
  'link-broken.network': 'The link "{url}" could not be reached ({detail}).',
  'link-redirected': 'The link "{url}" has moved permanently to "{to}": link the new address.',
  'iframe-unknown-host': 'The player from "{host}" is not on the list of allowed player hosts, so the preview and exports leave it out. If you trust it, add it to iframeHosts in .shownotes.yaml.',
  'bundle-file-unused': 'The file "{file}" in this episode\'s folder is not used by the notes: link it, or remove it before publishing.',
  'figure-has-location': 'The photo "{file}" records where it was taken (GPS): every listener who opens it can read the place. Remove the location before publishing.',
  'figure-too-large': 'The photo "{file}" is {width}×{height} pixels, over the limit of {limit} on its long edge: it makes the page slow and the site\'s repository larger for good.',
  'template-placeholder.action': '"{action}" is a template action Hugo fills only when it creates a page from an archetype; here it would be published as written. Replace it with the real value.',
  'template-placeholder.player-comment': 'The template\'s "paste the player here" comment is still in the notes; the player is already there, so it can go.',
  'template-placeholder.player-missing': 'The template\'s "paste the player here" comment is still in the notes and there is no player: paste the episode\'s embed code.',
  'template-placeholder.word': '"{word}" is still in the notes: the episode looks unfinished. Write the text or remove it.',
  'template-placeholder.field-word': '{field}: "{word}" is still in the notes: the episode looks unfinished. Write the text or remove it.',
  'template-placeholder.empty-item': 'An empty list item is left from the template: write the topic or remove the line.',
  'chapters-first-not-zero': 'The first chapter starts at {stamp}, not 0:00: YouTube and Spotify ignore a chapter list that does not start at 0:00.',
  'chapters-too-few': 'The notes have {count} chapter lines: YouTube shows chapters only from three on.',
  'chapters-too-close': 'This chapter starts {seconds} seconds after "{title}": chapters under 10 seconds make YouTube ignore the list, and listeners cannot hit them.',
  'chapters-out-of-order': 'This chapter ({stamp}) starts before the one above it ({previous}): players would jump backwards.',
  'chapters-beyond-end': 'This chapter ({stamp}) starts after the recording ends ({length}): players cannot reach it.'
} as const

export const checkFixes = {
  'title-missing.heading': 'Use the first heading as title: "{heading}"',
  'date-missing.now': 'Set the date to now ({date})',
  'publish-date-before-date.date': 'Set publishDate to the date ({date})',
  'figure-missing-image.use': 'Use "{file}"',
  'figure-has-location.strip': 'Remove the location from "{file}"',
  'figure-too-large.shrink': 'Shrink "{file}" to {limit} pixels',
  'shortcode-unknown.rename': 'Change to "{guess}"',
  'link-anchor-missing.guess': 'Link to #{guess}',
  'link-empty.keep-text': 'Keep "{text}" as plain text',
  'link-empty.remove': 'Remove the empty link',
  'link-redirected.replace': 'Use "{to}"',
  'template-placeholder.remove-comment': 'Remove the comment',
  'template-placeholder.remove-item': 'Remove the empty list item',
  'chapters-first-not-zero.intro': 'Add "0:00 Intro" as the first chapter',
  'chapters-out-of-order.sort': 'Sort the chapters by time'
} as const

export type CheckMessageCode = keyof typeof checkMessages

// The parser's and the reader's codes must all have words: a code added there without a message fails to compile.
const coversProblems: Record<ShortcodeProblemCode | FrontMatterRule, string> = checkMessages
void coversProblems

/** True when `code` is a message code of this table (a diagnostic's code as it came over the wire). */
export function isCheckMessageCode(code: unknown): code is CheckMessageCode {
  return typeof code === 'string' && Object.hasOwn(checkMessages, code)
}
export type CheckFixCode = keyof typeof checkFixes

/** A template with its `{name}` parameters filled; an unknown name stays as written. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** The English message of a code. */
export function checkMessage(code: CheckMessageCode, params?: MessageParams): string {
  return fillTemplate(checkMessages[code], params)
}

/** The English label of a quick fix. */
export function checkFixLabel(code: CheckFixCode, params?: MessageParams): string {
  return fillTemplate(checkFixes[code], params)
}

/** The codes that belong to a rule (`rule` itself and `rule.variant`). */
export function codesOf<T extends string>(table: Record<T, string>, rule: string): T[] {
  return (Object.keys(table) as T[]).filter((c) => c === rule || c.startsWith(rule + '.'))
}
