// Offsets → 1-based line and column. Columns count UTF-16 code units, as editors,
// yaml-language-server and GitHub annotations do. Pure.

export interface Position {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  #lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** Built on first use: a clean file never needs it. */
  get #starts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const { text } = this;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    // A lone CR ends a line too (old Mac files); rare enough to handle separately.
    if (text.includes('\r')) {
      for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      starts.sort((a, b) => a - b);
    }
    return (this.#lineStarts = starts);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  position(offset: number): Position {
    const starts = this.#starts;
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.#starts[line - 1];
    if (start === undefined) return '';
    const next = this.#starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next).replace(/\r?\n$|\r$/, '');
  }

  /** Offset of the end of the line that holds `offset` (before its line break). */
  lineEnd(offset: number): number {
    const { line } = this.position(offset);
    const next = this.#starts[line];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10) end--;
    return end;
  }
}
