// What the preview adds to freshly rendered HTML: player iframes wait behind a click (no network until asked,
// and a re-render never reloads a playing episode), and the marks for images that fail to load.
import { mediaPath } from '../media-url'
const players = new WeakMap<HTMLElement, HTMLIFrameElement>()

export interface DecorateWords {
  loadPlayer: string
  playerFrom: (host: string) => string
  missing: (path: string) => string
}

/** Replaces each player iframe in `el` by a placeholder that loads it on click. */
export function deferPlayers(el: HTMLElement, words: DecorateWords): void {
  for (const iframe of el.querySelectorAll('iframe')) {
    let host: string
    try {
      host = new URL(iframe.getAttribute('src') ?? '').hostname
    } catch {
      host = ''
    }
    const box = document.createElement('div')
    box.className = 'player'
    const height = iframe.getAttribute('height')
    if (height && /^\d+(px)?$/.test(height)) box.style.minHeight = height.replace(/px$/, '') + 'px'
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'player-load'
    button.textContent = '▶ ' + words.loadPlayer
    const label = document.createElement('span')
    label.className = 'player-host'
    label.textContent = words.playerFrom(host || '?')
    box.append(button, label)
    players.set(box, iframe)
    iframe.replaceWith(box)
  }
}

/** Puts the player back in place of its placeholder (the click on "Load the player"). */
export function loadPlayer(box: HTMLElement): void {
  const iframe = players.get(box)
  if (!iframe) return
  // The sanitizer adds the sandbox; a player without one never loads.
  if (!iframe.hasAttribute('sandbox')) return
  box.replaceWith(iframe)
}

/** Marks an image that failed to load as missing, showing the path as written in the bundle. */
export function markMissing(img: HTMLImageElement, bundleDir: string, words: DecorateWords): void {
  if (img.classList.contains('missing')) return
  const src = img.getAttribute('src') ?? ''
  let path = mediaPath(src) ?? src
  if (bundleDir && path.startsWith(bundleDir + '/')) path = path.slice(bundleDir.length + 1)
  img.classList.add('missing')
  img.alt = ''
  const label = document.createElement('span')
  label.className = 'missing-label'
  label.textContent = words.missing(path)
  img.after(label)
}
