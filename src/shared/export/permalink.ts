// The URL Hugo gives an episode's page, so an export can turn bundle-relative images into absolute URLs:
// front matter `url`, else the site's `permalinks` pattern for the section, else the content path; lowercased
// as Hugo does unless `disablePathToLower`.
import { decodePercents } from '../percent-decoding'

export interface SiteUrls {
  /** The site's `baseURL`, e.g. `https://radio.example.org/` (a path such as `/blog/` is kept). */
  baseURL: string
  /** `permalinks` config: section → pattern (`/:year/:month/:slug/`). */
  permalinks?: Record<string, string>
  uglyURLs?: boolean
  disablePathToLower?: boolean
}

export interface PagePlace {
  /** Content-relative path of the episode file: `talk/0034/index.md` or `posts/hello.md`. */
  contentPath: string
  /** Front matter (keys as written). */
  fields: Record<string, unknown>
  /** The episode's date (publishDate/date as Hugo resolves it), for `:year` and friends. */
  date?: Date | null
}

/** The page's absolute URL, ending in `/` (or `.html` with uglyURLs). */
export function permalink(site: SiteUrls, page: PagePlace): string {
  return new URL(pagePath(site, page).replace(/^\//, ''), withSlash(site.baseURL)).href
}

/** The page's path below the site's base URL, starting with `/`. */
export function pagePath(site: SiteUrls, page: PagePlace): string {
  const get = (k: string) => {
    const hit = Object.entries(page.fields).find(([key]) => key.toLowerCase() === k)
    return hit && typeof hit[1] === 'string' && hit[1].trim() ? hit[1].trim() : undefined
  }
  const explicit = get('url')
  if (explicit) return explicit.startsWith('/') ? explicit : '/' + explicit

  const parts = page.contentPath.split('/').filter(Boolean)
  const file = parts.pop() ?? ''
  const bundle = /^index\.(md|markdown|html)$/i.test(file)
  const name = bundle ? (parts[parts.length - 1] ?? '') : file.replace(/\.[^.]+$/, '')
  const dirs = bundle ? parts.slice(0, -1) : parts
  const section = parts.length > (bundle ? 1 : 0) ? parts[0] : ''
  const slug = get('slug')
  const pattern = section && site.permalinks ? Object.entries(site.permalinks).find(([k]) => k.toLowerCase() === section.toLowerCase())?.[1] : undefined

  let path: string
  if (pattern) {
    const d = page.date ?? null
    const pad = (n: number) => String(n).padStart(2, '0')
    const title = get('title') ?? name
    const tokens: Record<string, string> = {
      year: d ? String(d.getUTCFullYear()) : '0001',
      month: d ? pad(d.getUTCMonth() + 1) : '01',
      day: d ? pad(d.getUTCDate()) : '01',
      section,
      sections: dirs.join('/'),
      title: urlize(title),
      slug: urlize(slug ?? title),
      slugorfilename: slug ? urlize(slug) : name,
      filename: name,
      contentbasename: name
    }
    path = pattern.replace(/:([a-z]+)/g, (all, t: string) => tokens[t] ?? all)
  } else {
    path = '/' + [...dirs, slug ? urlize(slug) : name].filter(Boolean).join('/') + '/'
  }
  if (!path.startsWith('/')) path = '/' + path
  if (site.uglyURLs && path.endsWith('/') && path !== '/') path = path.slice(0, -1) + '.html'
  return path.split('/').map((p) => encodeURIComponent(site.disablePathToLower ? decodePercents(p) : decodePercents(p).toLowerCase())).join('/')
}

/** Hugo's `urlize` for permalink tokens: lowercase, spaces to hyphens, unsafe characters dropped. */
function urlize(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}\-_.~]/gu, '')
}

function withSlash(base: string): string {
  const b = base && /^[a-z]+:\/\//i.test(base) ? base : 'https://example.org/'
  return b.endsWith('/') ? b : b + '/'
}


/** Makes `url` (as written in the episode) absolute against the page's URL; URLs with a scheme stay. */
export function absoluteUrl(url: string, pageUrl: string, baseURL: string): string {
  if (staysAsWritten(url)) return url
  try {
    // A site path (`/img/a.png`) is under the base URL, which may itself have a path.
    if (url.startsWith('/')) return new URL(url.slice(1), withSlash(baseURL)).href
    return new URL(url, pageUrl).href
  } catch {
    return url
  }
}

/** Whether `url` is kept as written by `absoluteUrl` (empty, a fragment, a scheme or a protocol-relative URL). */
export function staysAsWritten(url: string): boolean {
  return url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')
}
