// Runs work once the browser has painted the current frame: an opened episode shows (and takes keys) first,
// and its preview and form fill in right after. Returns a cancel function.
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
