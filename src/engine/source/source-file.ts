// A Go source file: its text and the mapping from offsets to Go's line:column positions.

/** Offset into the source text, in UTF-16 code units (JavaScript string indices). */
export type Pos = number;

/** Sentinel for "no position" (synthesised nodes). */
export const NoPos: Pos = -1;

export interface LineCol {
  /** 1-based line. */
  line: number;
  /** 1-based column counted in UTF-8 bytes, as the Go compiler counts it. */
  column: number;
}

export class SourceFile {
  readonly lineStarts: number[] = [0];

  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Index of the line containing `offset` (0-based). */
  lineIndex(offset: Pos): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Go-style position: column counts UTF-8 bytes from the line start (gc reports byte columns). */
  position(offset: Pos): LineCol {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const li = this.lineIndex(clamped);
    let col = 1;
    for (let i = this.lineStarts[li]; i < clamped; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) col += 1;
      else if (c < 0x800) col += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        col += 4;
        i++;
      } else col += 3;
    }
    return { line: li + 1, column: col };
  }

  /** Offset of a 1-based line and UTF-8 byte column (inverse of position, for tests and markers). */
  offsetOf(line: number, column: number): Pos {
    let i = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
    let col = 1;
    while (col < column && i < this.text.length && this.text.charCodeAt(i) !== 10) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) col += 1;
      else if (c < 0x800) col += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        col += 4;
        i++;
      } else col += 3;
      i++;
    }
    return i;
  }
}
