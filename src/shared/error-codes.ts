// Every code a failed call can carry to the window (`UserError.code`, the API envelope's `error.code`). The English
// sentence travels with it; the window's Japanese lead for each code is in src/renderer/error-messages.ts.

export const errorCodes = [
  // Transport and dispatch
  'offline',
  'internal',
  'unknown-method',
  'invalid-arguments',
  'sender-refused',
  // A UserError that names no code of its own
  'user-error',
  // Workspace, paths and files
  'no-workspace',
  'not-found',
  'path-refused',
  'exists',
  'bad-name',
  'not-a-folder',
  'not-a-file',
  'not-a-bundle',
  'not-markdown',
  'not-media',
  'bad-media',
  'too-large',
  'image-unreadable',
  'svg-script',
  'read-failed',
  'read-only',
  'not-an-episode',
  'name-too-long',
  'not-utf8',
  'invalid-utf8',
  'url-refused',
  // The file system's refusals (src/main/services/fs-errors.ts)
  'permission-denied',
  'read-only-disk',
  'disk-full',
  'file-busy',
  'too-many-files',
  'disk-error',
  // Chapter and transcript files
  'chapters-unreadable',
  'transcript-unreadable',
  'timed-file-changed',
  // Front matter edits
  'front-matter-invalid',
  'front-matter-edit-unsafe',
  'bad-field-path',
  'bad-field-value',
  'bad-archetype',
  // Site search, replace and snippets
  'bad-pattern',
  'changed-on-disk',
  'field-unsafe',
  'no-match',
  'no-replace',
  'search-too-slow',
  'bad-snippet',
  // Export, CLI and hugo
  'export-folder',
  'export-into-sources',
  'export-link-broken',
  'desktop-only',
  'bad-arguments',
  'hugo-missing',
  'hugo-failed',
  'hugo-build-failed',
  'hugo-timeout',
  'hugo-not-running',
  'hugo-no-page',
  'hugo-no-layout',
  // Publishing with git
  'git-missing',
  'not-a-git-repo'
] as const

export type ErrorCode = (typeof errorCodes)[number]
