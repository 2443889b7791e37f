// What the preview shows where part of an episode could not be rendered: a note in the window's language in place
// of that part, so one failing block never blanks the pane, and the next edit or episode renders as usual.

/** A note saying why this part of the preview is missing. */
export function renderFailure(message: string): HTMLElement {
  const note = document.createElement('div')
  note.className = 'preview-failed'
  note.setAttribute('role', 'alert')
  note.textContent = message
  return note
}

/** The reason of a thrown value, short enough for one line. */
export function failureReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.length > 200 ? text.slice(0, 199) + '…' : text
}
