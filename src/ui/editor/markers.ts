// Diagnostics → Monaco marker data: Go positions (UTF-8 byte columns) to editor ranges (UTF-16 columns).
//
// gc counts columns in bytes, so `x := "héllo"; y` puts `y` one column further right than a
// JavaScript string index would. Monaco counts UTF-16 code units. Without this conversion
// every squiggle after a non-ASCII character on its line lands too far to the right.
import type { PositionedDiagnostic } from '../../worker/api.ts';

/** Monaco's MarkerSeverity values (kept here so this module stays free of the Monaco package). */
export const markerSeverity = { error: 8, warning: 4 } as const;

/** The subset of monaco.editor.IMarkerData we produce. */
export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Read access to the editor's text by 1-based line. */
export interface LineSource {
  lineCount: number;
  lineText(line: number): string;
}

/** Bytes UTF-8 needs for the code point starting at `i`, and how many UTF-16 units it occupies. */
function codePointAt(text: string, i: number): { bytes: number; units: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) return { bytes: 1, units: 1 };
  if (c < 0x800) return { bytes: 2, units: 1 };
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return { bytes: 4, units: 2 };
  }
  return { bytes: 3, units: 1 };
}

/**
 * The 1-based UTF-16 column for a 1-based UTF-8 byte column on `lineText`.
 * A byte column inside a multi-byte character maps to that character's start; past the end, to
 * one after the last character.
 * @example utf16Column('s := "é"; x', 12) // 11
 */
export function utf16Column(lineText: string, byteColumn: number): number {
  let bytes = 1;
  let i = 0;
  while (i < lineText.length) {
    const cp = codePointAt(lineText, i);
    if (bytes + cp.bytes > byteColumn) break;
    bytes += cp.bytes;
    i += cp.units;
  }
  return i + 1;
}

/** The inverse: the Go byte column for a 1-based UTF-16 column (for reporting the cursor). */
export function utf8Column(lineText: string, column: number): number {
  let bytes = 1;
  for (let i = 0; i < lineText.length && i < column - 1; ) {
    const cp = codePointAt(lineText, i);
    bytes += cp.bytes;
    i += cp.units;
  }
  return bytes;
}

const wordChar = /[\p{L}\p{N}_]/u;

/**
 * A zero-width diagnostic (gc reports a point) would draw no squiggle: widen it to the identifier
 * or number that starts there, else to one character, else (at end of line) back one character.
 */
function widen(lineText: string, column: number): { start: number; end: number } {
  let end = column - 1;
  while (end < lineText.length && wordChar.test(lineText[end])) end++;
  if (end > column - 1) return { start: column, end: end + 1 };
  if (column - 1 < lineText.length) return { start: column, end: column + 1 };
  return { start: Math.max(1, column - 1), end: column };
}

/**
 * Converts engine diagnostics to marker data for the model that holds `lines`.
 * @example diagnosticsToMarkers([undefinedWg], lines)[0] // { startLineNumber: 7, startColumn: 2, endColumn: 4, severity: 8, ... }
 */
export function diagnosticsToMarkers(diagnostics: readonly PositionedDiagnostic[], lines: LineSource): MarkerData[] {
  const clampLine = (line: number) => Math.min(Math.max(1, line), Math.max(1, lines.lineCount));
  return diagnostics.map((d) => {
    const startLine = clampLine(d.line);
    const endLine = clampLine(Math.max(d.endLine, d.line));
    const startText = lines.lineText(startLine);
    let startColumn = utf16Column(startText, d.column);
    let endColumn = utf16Column(lines.lineText(endLine), d.endColumn);
    if (endLine === startLine && endColumn <= startColumn) {
      const w = widen(startText, startColumn);
      startColumn = w.start;
      endColumn = w.end;
    }
    return {
      severity: d.severity === 'error' ? markerSeverity.error : markerSeverity.warning,
      message: d.message,
      code: d.code,
      source: d.severity === 'error' ? 'go' : 'go vet',
      startLineNumber: startLine,
      startColumn,
      endLineNumber: endLine,
      endColumn,
    };
  });
}

/** A LineSource over a plain string (tests, and the fallback editor). */
export function linesOf(text: string): LineSource {
  const lines = text.split('\n');
  return { lineCount: lines.length, lineText: (line) => lines[line - 1] ?? '' };
}
