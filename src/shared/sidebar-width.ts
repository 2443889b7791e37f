// How narrow and how wide the sidebar may be dragged: read by the window's resizer and the settings' check. Its own
// module, so the window never loads the API's argument schemas (and their validation library) to know two numbers.

export const sidebarWidthRange = { min: 200, max: 640 } as const
