// The key a recording's waveform peaks are cached under: its name, size and modification time, so a recording
// re-exported in place (new size or time) gets new peaks, and the same file chosen again finds its old ones.

export interface RecordingFileFacts {
  /** The file's name (a folder part is ignored: a moved recording keeps its peaks). */
  name: string
  size: number
  /** Modification time in milliseconds since 1970. */
  mtime: number
}

/** `v1 48000044 1733221234000 episode-34.wav`: whole milliseconds, the name's last part, lower case. */
export function peakCacheKey(file: RecordingFileFacts): string {
  const name = file.name.split(/[\\/]/).pop()!.normalize('NFC').toLowerCase()
  return `v1 ${Math.max(0, Math.floor(file.size))} ${Math.max(0, Math.floor(file.mtime))} ${name}`
}
