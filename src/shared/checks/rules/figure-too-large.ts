// A photo in the bundle larger than the figures' long-edge limit: slow pages, and a repository that keeps every byte
// for good. The fix shrinks the file in place (after asking); a limit of 0 turns the check off.
import { bundlePhotos } from '../figure-photos'
import type { CheckRule } from '../types'

export const figureTooLarge: CheckRule = {
  id: 'figure-too-large',
  severity: 'info',
  description: "A photo in the episode's folder is larger than the figures' long-edge limit (2560 pixels by default).",
  check(facts, report) {
    const limit = facts.imageMaxEdge
    if (limit <= 0) return
    for (const photo of bundlePhotos(facts)) {
      const { width, height } = photo.image
      if (Math.max(width, height) <= limit) continue
      const params = { file: photo.file, width, height, limit }
      report({ from: photo.from, to: photo.to, code: 'figure-too-large', params, fix: { code: 'figure-too-large.shrink', params, changes: [], file: photo.file } })
    }
  }
}
