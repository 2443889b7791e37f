// Captions nobody wrote: a figure's title made from its file name when it was dropped or pasted ("Image 20261203
// 101307", "IMG 1234", "Screenshot 2026-01-02 at 10.11.12", "Untitled 1"). The checks flag them and the platform
// descriptions leave them out.

// A camera's, phone's or screenshot tool's word, then numbers (dates, times, counters) and nothing else.
const MADE = /^(?:image|img|pxl|dsc[fn]?|dcim|mvimg|photo|pic|screenshot|screen ?shot|スクリーンショット|画像|写真|untitled|名称未設定|無題)(?:[\s_.:-]*(?:at|の)?[\s_.:-]*\d+)*(?:[\s_.:-]*(?:am|pm|午前|午後))?(?:[\s_.:-]*\(\d+\))?(?:\.(?:png|jpe?g|gif|webp|svg|avif|heic))?$/i

/** True when `caption` looks made from a file name rather than written; an empty caption is not one. */
export function isPlaceholderCaption(caption: string): boolean {
  const text = caption.trim()
  return text !== '' && /\d/.test(text) && MADE.test(text.replace(/\s+/g, ' '))
}
