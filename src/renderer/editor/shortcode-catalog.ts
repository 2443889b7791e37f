// What the editor knows about the shortcodes hosts use (Academic / Wowchemy and Hugo's own): parameters to
// complete, which take a file of the bundle, and how to write a new one. Data only; the core parses and renders.

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
  /** `%` when the inner content is Markdown. */
  delimiter: '<' | '%'
  paired: boolean
  /** The first positional value, for shortcodes written `{{< youtube ID >}}`. */
  positional?: string
  params: ShortcodeParamInfo[]
}

const bool = ['true', 'false']

export const shortcodeCatalog: ShortcodeInfo[] = [
  {
    name: 'figure', info: 'An image with a caption', delimiter: '<', paired: false,
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
  },
  {
    name: 'video', info: 'A video file', delimiter: '<', paired: false,
    params: [
      { name: 'src', info: 'The video: a file of this episode', file: 'video' },
      { name: 'controls', info: 'Show the player controls', values: ['yes'] },
      { name: 'library', info: 'The video is under static/media/', values: bool }
    ]
  },
  {
    name: 'audio', info: 'An audio file with a player', delimiter: '<', paired: false,
    params: [{ name: 'src', info: 'The audio: a file of this episode', file: 'audio' }]
  },
  { name: 'alert', info: 'A highlighted note (Academic)', delimiter: '%', paired: true, positional: 'note', params: [] },
  { name: 'callout', info: 'A highlighted note (Wowchemy)', delimiter: '%', paired: true, positional: 'note', params: [] },
  { name: 'spoiler', info: 'Text hidden until clicked', delimiter: '<', paired: true, params: [{ name: 'text', info: 'What the reader clicks' }] },
  { name: 'hl', info: 'Highlighted text', delimiter: '<', paired: true, params: [] },
  { name: 'gallery', info: 'A grid of the images of a folder', delimiter: '<', paired: false, params: [{ name: 'album', info: 'The folder of the bundle' }] },
  { name: 'toc', info: 'The table of contents', delimiter: '%', paired: false, params: [] },
  { name: 'diagram', info: 'A Mermaid diagram', delimiter: '<', paired: true, params: [] },
  { name: 'staticref', info: 'A link to a file under static/', delimiter: '%', paired: true, positional: '"uploads/file.pdf" "newtab"', params: [] },
  {
    name: 'youtube', info: 'A YouTube video', delimiter: '<', paired: false, positional: 'VIDEO_ID',
    params: [{ name: 'id', info: 'The video id' }, { name: 'autoplay', info: 'Start playing at once', values: bool }, { name: 'title', info: 'The title for screen readers' }]
  },
  { name: 'vimeo', info: 'A Vimeo video', delimiter: '<', paired: false, positional: 'VIDEO_ID', params: [{ name: 'id', info: 'The video id' }] },
  { name: 'tweet', info: 'A post on X (Twitter)', delimiter: '<', paired: false, params: [{ name: 'user', info: 'The account' }, { name: 'id', info: 'The post id' }] },
  { name: 'gist', info: 'A GitHub gist', delimiter: '<', paired: false, positional: 'USER GIST_ID', params: [] },
  { name: 'instagram', info: 'An Instagram post', delimiter: '<', paired: false, positional: 'POST_ID', params: [] },
  { name: 'highlight', info: 'Code with highlighting', delimiter: '<', paired: true, positional: 'go', params: [] },
  { name: 'ref', info: 'A link to another page', delimiter: '<', paired: false, positional: '"page.md"', params: [] },
  { name: 'relref', info: 'A relative link to another page', delimiter: '<', paired: false, positional: '"page.md"', params: [] },
  { name: 'param', info: 'A value of this page\'s front matter', delimiter: '<', paired: false, positional: '"title"', params: [] }
]

export function shortcodeInfo(name: string): ShortcodeInfo | undefined {
  return shortcodeCatalog.find((s) => s.name === name)
}
