// The limits of settings the window checks as the host types and the server checks again: how narrow and how wide
// the sidebar may be dragged, the largest figure size. Their own module, so the window never loads the API's
// argument schemas (and their validation library) to know a few numbers.

export const sidebarWidthRange = { min: 200, max: 640 } as const

/** The largest long-edge limit a host may set for figures. */
export const imageMaxEdgeLimit = 20000
