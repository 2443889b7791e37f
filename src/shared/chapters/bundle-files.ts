// The files of a bundle whose times follow the recording, by their usual names (kept free of imports: the API
// contract names them).
export const timedBundleFiles = ['chapters.json', 'transcript.vtt'] as const
export type TimedBundleFile = (typeof timedBundleFiles)[number]
