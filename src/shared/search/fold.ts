// Folds text the way Japanese readers expect a search to: full-width ASCII (ＡＢＣ１２３) and half-width katakana
// (ｶﾀｶﾅ) read as their usual forms, and optionally katakana as hiragana. Keeps where each folded character came from.

export interface FoldOptions {
  /** Katakana and hiragana match each other (カタカナ = かたかな). */
  kana: boolean
}

export interface FoldedText {
  text: string
  /** For each folded UTF-16 unit: the original offsets of the character it came from; null when nothing folded. */
  starts: Uint32Array | null
  ends: Uint32Array | null
}

const VOICED = 0xff9e
const SEMI_VOICED = 0xff9f

/** The folded form of one character (with the next one when it is a half-width voiced mark), or null to keep it. */
function foldChar(text: string, i: number, kana: boolean): { out: string; used: number } | null {
  const c = text.charCodeAt(i)
  if (c >= 0xff01 && c <= 0xff5e) return { out: String.fromCharCode(c - 0xfee0), used: 1 }
  if (c === 0x3000) return { out: ' ', used: 1 }
  if (c >= 0xff61 && c <= 0xff9f) {
    const next = text.charCodeAt(i + 1)
    const pair = next === VOICED || next === SEMI_VOICED
    const wide = text.slice(i, i + (pair ? 2 : 1)).normalize('NFKC')
    return { out: kana ? toHiragana(wide) : wide, used: pair ? 2 : 1 }
  }
  if (kana && c >= 0x30a1 && c <= 0x30f6) return { out: String.fromCharCode(c - 0x60), used: 1 }
  return null
}

function toHiragana(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : s[i]
  }
  return out
}

/** Folds `text`; `starts[i]..ends[i]` is the original span of folded unit `i`. */
export function foldText(text: string, options: FoldOptions): FoldedText {
  if (!needsFolding(text, options.kana)) return { text, starts: null, ends: null }
  const starts = new Uint32Array(text.length + 1)
  const ends = new Uint32Array(text.length + 1)
  let out = ''
  let n = 0
  let plainFrom = 0
  const flushPlain = (to: number) => {
    if (to <= plainFrom) return
    out += text.slice(plainFrom, to)
    for (let k = plainFrom; k < to; k++, n++) {
      starts[n] = k
      ends[n] = k + 1
    }
  }
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i)
    // Fast path: nothing below the kana block folds.
    if (c < 0x3000) {
      i++
      continue
    }
    const folded = foldChar(text, i, options.kana)
    if (!folded) {
      i++
      continue
    }
    flushPlain(i)
    out += folded.out
    for (let k = 0; k < folded.out.length; k++, n++) {
      starts[n] = i
      ends[n] = i + folded.used
    }
    i += folded.used
    plainFrom = i
  }
  flushPlain(text.length)
  return { text: out, starts: starts.subarray(0, n), ends: ends.subarray(0, n) }
}

const FOLDS = /[\u3000\uff01-\uff5e\uff61-\uff9f]/
const FOLDS_KANA = /[\u3000\u30a1-\u30f6\uff01-\uff5e\uff61-\uff9f]/

function needsFolding(text: string, kana: boolean): boolean {
  return (kana ? FOLDS_KANA : FOLDS).test(text)
}

/** The original span of folded `[from, to)`. */
export function originalSpan(folded: FoldedText, from: number, to: number, originalLength: number): { from: number; to: number } {
  const { starts, ends } = folded
  if (!starts || !ends) return { from, to }
  const start = from < starts.length ? starts[from] : originalLength
  const end = to > from ? ends[to - 1] : start
  return { from: start, to: end }
}

/** Folds a pattern the same way (a search for ｶﾀｶﾅ finds カタカナ). */
export function foldPattern(pattern: string, options: FoldOptions): string {
  return foldText(pattern, options).text
}
