// The one list of shortcodes Shownotes knows: Hugo's built-ins and the Academic / Wowchemy theme's, each with its
// delimiter, whether it takes inner content, its parameters and which set it belongs to. The parser (pairing), the
// unknown-shortcode check, the preview's renderers and the editor's completion all read this table.

/** Where a shortcode comes from: Hugo itself, or the Academic / Wowchemy theme (known only on sites that use it). */
export type ShortcodeSet = 'hugo' | 'academic'

export interface ShortcodeParamInfo {
  name: string
  info: string
  /** Values to offer, e.g. "true"/"false". */
  values?: string[]
  /** The value is a file of the episode's bundle. */
  file?: 'image' | 'audio' | 'video' | 'any'
}

export interface ShortcodeInfo {
  name: string
  info: string
  /** The delimiter hosts write it with: `%` when the inner content is Markdown. */
  delimiter: '<' | '%'
  /**
   * true: the template uses .Inner, so an opening tag must be closed (or self-closed); false: no .Inner, so a closing
   * tag is an error in Hugo; undefined: either (a later closing tag decides), as for shortcodes we do not know.
   */
  paired?: boolean
  set: ShortcodeSet
  /** The first positional value, for shortcodes written `{{< youtube ID >}}`. */
  positional?: string
  params: ShortcodeParamInfo[]
}

const bool = ['true', 'false']

const hugo = (name: string, info: string, rest: Partial<ShortcodeInfo> = {}): ShortcodeInfo => ({ name, info, delimiter: '<', set: 'hugo', params: [], ...rest })
const academic = (name: string, info: string, rest: Partial<ShortcodeInfo> = {}): ShortcodeInfo => ({ name, info, delimiter: '<', set: 'academic', params: [], ...rest })

export const shortcodeCatalog: readonly ShortcodeInfo[] = [
  hugo('figure', 'An image with a caption', {
    paired: false,
    params: [
      { name: 'src', info: 'The image: a file of this episode or a URL', file: 'image' },
      { name: 'title', info: 'The caption (Markdown)' },
      { name: 'caption', info: 'The caption when there is no title' },
      { name: 'alt', info: 'Text for screen readers' },
      { name: 'numbered', info: 'Number it: "Figure 1:"', values: bool },
      { name: 'lightbox', info: 'Open the image large on click', values: bool },
      { name: 'lightbox-group', info: 'Browse figures of one group together' },
      { name: 'link', info: 'Where the image links to (with lightbox="false")' },
      { name: 'target', info: 'Link target, e.g. _blank', values: ['_blank', '_self'] },
      { name: 'rel', info: 'Link rel, e.g. noopener' },
      { name: 'width', info: 'Width in pixels' },
      { name: 'height', info: 'Height in pixels' },
      { name: 'class', info: 'CSS class of the figure' },
      { name: 'library', info: 'The image is under static/img/', values: bool }
    ]
  }),
  academic('video', 'A video file', {
    paired: false,
    params: [
      { name: 'src', info: 'The video: a file of this episode', file: 'video' },
      { name: 'controls', info: 'Show the player controls', values: ['yes'] },
      { name: 'library', info: 'The video is under static/media/', values: bool }
    ]
  }),
  academic('audio', 'An audio file with a player', { paired: false, params: [{ name: 'src', info: 'The audio: a file of this episode', file: 'audio' }] }),
  academic('alert', 'A highlighted note (Academic)', { delimiter: '%', paired: true, positional: 'note' }),
  academic('callout', 'A highlighted note (Wowchemy)', { delimiter: '%', paired: true, positional: 'note' }),
  academic('spoiler', 'Text hidden until clicked', { paired: true, params: [{ name: 'text', info: 'What the reader clicks' }] }),
  academic('hl', 'Highlighted text', { paired: true }),
  academic('gallery', 'A grid of the images of a folder', { paired: false, params: [{ name: 'album', info: 'The folder of the bundle' }] }),
  academic('toc', 'The table of contents', { delimiter: '%', paired: false }),
  academic('diagram', 'A Mermaid diagram', { paired: true }),
  academic('staticref', 'A link to a file under static/', { delimiter: '%', paired: true, positional: '"uploads/file.pdf" "newtab"' }),
  hugo('youtube', 'A YouTube video', {
    paired: false,
    positional: 'VIDEO_ID',
    params: [{ name: 'id', info: 'The video id' }, { name: 'autoplay', info: 'Start playing at once', values: bool }, { name: 'title', info: 'The title for screen readers' }]
  }),
  hugo('vimeo', 'A Vimeo video', { paired: false, positional: 'VIDEO_ID', params: [{ name: 'id', info: 'The video id' }] }),
  hugo('tweet', 'A post on X (Twitter)', { paired: false, params: [{ name: 'user', info: 'The account' }, { name: 'id', info: 'The post id' }] }),
  hugo('twitter', 'A post on X (Twitter), the older name of tweet', { paired: false, params: [{ name: 'user', info: 'The account' }, { name: 'id', info: 'The post id' }] }),
  hugo('gist', 'A GitHub gist', { paired: false, positional: 'USER GIST_ID' }),
  hugo('instagram', 'An Instagram post', { paired: false, positional: 'POST_ID' }),
  hugo('highlight', 'Code with highlighting', { paired: true, positional: 'go' }),
  hugo('ref', 'A link to another page', { paired: false, positional: '"page.md"' }),
  hugo('relref', 'A relative link to another page', { paired: false, positional: '"page.md"' }),
  hugo('param', "A value of this page's front matter", { paired: false, positional: '"title"' }),
  // Known to Hugo or the theme, so never reported as unknown; the preview shows them as labelled blocks.
  hugo('details', 'A block the reader can open and close', { params: [{ name: 'summary', info: 'What the reader clicks' }] }),
  hugo('qr', 'A QR code', { params: [{ name: 'text', info: 'The text or address to encode' }] }),
  hugo('x', 'A post on X', { params: [{ name: 'user', info: 'The account' }, { name: 'id', info: 'The post id' }] }),
  hugo('comment', 'A comment left out of the page'),
  hugo('twitter_simple', 'A post on X without its script', { params: [{ name: 'user', info: 'The account' }, { name: 'id', info: 'The post id' }] }),
  hugo('vimeo_simple', 'A Vimeo video as a thumbnail link', { positional: 'VIDEO_ID' }),
  hugo('instagram_simple', 'An Instagram post without its script', { positional: 'POST_ID' }),
  academic('cite', 'A citation of a publication', { params: [{ name: 'page', info: 'The publication page' }] }),
  academic('icon', 'An icon', { params: [{ name: 'name', info: 'The icon name' }, { name: 'pack', info: 'The icon pack, e.g. fas' }] }),
  academic('list_children', 'A list of the sub-pages of this page'),
  academic('mention', 'A link to a person of the site', { positional: '"username"' }),
  academic('table', 'A table from a CSV file', { params: [{ name: 'path', info: 'The CSV file', file: 'any' }] }),
  academic('embed', 'An embedded document', { params: [{ name: 'src', info: 'The document', file: 'any' }] }),
  academic('chart', 'A Plotly chart from a JSON file', { params: [{ name: 'data', info: 'The JSON file' }] }),
  academic('math', 'A block of LaTeX math', { delimiter: '%' }),
  academic('slide', 'A new slide (slides only)'),
  academic('speaker_note', 'Notes for the presenter (slides only)', { delimiter: '%' }),
  academic('fragment', 'A step of a slide (slides only)', { delimiter: '%' })
]

const byName = new Map(shortcodeCatalog.map((s) => [s.name, s]))

/** The catalog entry of `name`, if it is a shortcode of Hugo or the theme. */
export function shortcodeInfo(name: string): ShortcodeInfo | undefined {
  return byName.get(name)
}

/** The catalog entries of the given sets (Hugo's, the theme's), in catalog order. */
export function shortcodesOf(sets: readonly ShortcodeSet[]): ShortcodeInfo[] {
  return shortcodeCatalog.filter((s) => sets.includes(s.set))
}

/** Every shortcode set: what a site is assumed to have when nothing is known about its theme. */
export const allShortcodeSets: readonly ShortcodeSet[] = ['hugo', 'academic']

/** Names whose template uses .Inner: an opening tag always starts a pair (the preview's chunking needs them). */
export const pairedShortcodeNames: ReadonlySet<string> = new Set(shortcodeCatalog.filter((s) => s.paired === true).map((s) => s.name))
