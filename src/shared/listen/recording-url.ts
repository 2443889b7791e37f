// The recording a site names in an episode's front matter: an enclosure or audio field holding an https URL
// (a string, or a map with `url`/`src`), as podcast themes write it.

const FIELDS = ['enclosure', 'audio', 'audio_url', 'audioUrl', 'audio_file', 'podcast_audio', 'mp3', 'episode_audio', 'media_url']

/** The first https URL of a known audio field, at the top level or under `podcast:`; null when there is none. */
export function recordingUrlOf(fields: Record<string, unknown> | null): string | null {
  if (!fields) return null
  const places = [fields, fields.podcast].filter((p): p is Record<string, unknown> => !!p && typeof p === 'object' && !Array.isArray(p))
  for (const place of places) {
    for (const key of FIELDS) {
      const url = urlIn(place[key])
      if (url) return url
    }
  }
  return null
}

function urlIn(value: unknown): string | null {
  if (typeof value === 'string') return /^https:\/\/[^\s]+$/i.test(value.trim()) ? value.trim() : null
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const map = value as Record<string, unknown>
    return urlIn(map.url) ?? urlIn(map.src)
  }
  return null
}

/** Audio files the window's `<audio>` may play, by name. */
export function isAudioName(name: string): boolean {
  return /\.(mp3|m4a|aac|wav|ogg|oga|opus|flac|webm)$/i.test(name)
}
