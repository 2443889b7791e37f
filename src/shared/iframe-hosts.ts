// The player hosts whose iframes the preview and exports keep by default; a site's settings can add more.
export const defaultIframeHosts = [
  'anchor.fm',
  'podcasters.spotify.com',
  'open.spotify.com',
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'w.soundcloud.com',
  'embed.podcasts.apple.com',
  'player.vimeo.com'
]
