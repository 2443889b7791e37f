// Exports of a finished episode, all pure: portable Markdown, clean HTML for podcast platforms, the page bundle
// as a zip, and chapters (Podcasting 2.0 JSON, YouTube list).
export { exportMarkdown, type MarkdownExport, type MarkdownExportOptions } from './markdown'
export { cleanRenderedHtml, exportHtml, platforms, renderForHtmlExport, type HtmlExport, type HtmlExportOptions, type Platform, type PlatformCount } from './html'
export { filesForBundle, zipBundle } from './bundle'
export { exportChapters, type ChaptersExport } from './chapters'
export { permalink, pagePath, absoluteUrl, type SiteUrls, type PagePlace } from './permalink'
