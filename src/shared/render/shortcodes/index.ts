// Every shortcode family the preview knows, as markdown-it plugins (the theme's and Hugo's own).
import type { MarkdownIt } from 'markdown-it'
import { figurePlugin } from './figure'
import { mediaPlugin } from './media'
import { alertPlugin } from './alert'
import { spoilerPlugin } from './spoiler'
import { galleryPlugin } from './gallery'
import { inlineMarksPlugin } from './inline-marks'
import { tocPlugin } from './toc'
import { hugoPlayersPlugin } from './hugo-players'
import { networkEmbedsPlugin } from './network-embeds'
import { hugoContentPlugin } from './hugo-content'

export const shortcodePlugins: ((md: MarkdownIt) => void)[] = [
  figurePlugin,
  mediaPlugin,
  alertPlugin,
  spoilerPlugin,
  galleryPlugin,
  inlineMarksPlugin,
  tocPlugin,
  hugoPlayersPlugin,
  networkEmbedsPlugin,
  hugoContentPlugin
]
