// A photo in the bundle that records where it was taken: a phone's GPS position (often the host's home) is published
// with the image. The fix processes the file in place (after asking), which removes the EXIF block.
import { bundlePhotos } from '../figure-photos'
import type { CheckRule } from '../types'

export const figureHasLocation: CheckRule = {
  id: 'figure-has-location',
  severity: 'warning',
  description: "A photo in the episode's folder records where it was taken (EXIF GPS).",
  check(facts, report) {
    for (const photo of bundlePhotos(facts)) {
      if (!photo.image.location) continue
      const params = { file: photo.file }
      report({ from: photo.from, to: photo.to, code: 'figure-has-location', params, fix: { code: 'figure-has-location.strip', params, changes: [], file: photo.file } })
    }
  }
}
