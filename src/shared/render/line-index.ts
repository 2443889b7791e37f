// Line numbers of offsets in a text, by binary search over the line starts (a render asks for many).

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** 0-based line of `offset`. */
  line(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Offset where 0-based `line` starts. */
  start(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)]
  }

  get count(): number {
    return this.starts.length
  }
}
