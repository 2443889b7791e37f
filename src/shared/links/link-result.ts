// What checking one web link found, as a value that crosses to the window and into the cache: fine, moved for good
// (with the new address), broken (with why), or not checked (the overall time ran out, or the site asked us to wait).

export type BrokenReason =
  | 'status'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'timeout'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'private-redirect'
  | 'bad-redirect'
  | 'network'

export type LinkResult =
  | { kind: 'ok' }
  | { kind: 'redirected'; to: string }
  | { kind: 'broken'; reason: BrokenReason; status?: number; detail?: string; to?: string }
  | { kind: 'unchecked' }

/** How many redirects a check or a title fetch follows. */
export const MAX_REDIRECTS = 5
