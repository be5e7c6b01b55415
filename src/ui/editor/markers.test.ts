import { describe, expect, it } from 'vitest';
import type { PositionedDiagnostic } from '../../worker/api.ts';
import { diagnosticsToMarkers, linesOf, markerSeverity, utf16Column, utf8Column } from './markers.ts';

function diag(line: number, column: number, endLine: number, endColumn: number, extra: Partial<PositionedDiagnostic> = {}): PositionedDiagnostic {
  return { pos: 0, end: 0, severity: 'error', code: 'undefined_name', message: 'undefined: wg', line, column, endLine, endColumn, ...extra };
}

describe('utf16Column', () => {
  it('is the identity on ASCII lines', () => {
    expect(utf16Column('\twg.Wait()', 2)).toBe(2);
    expect(utf16Column('abc', 4)).toBe(4);
  });

  it('counts a 2-byte character as one UTF-16 unit', () => {
    // `é` is 2 bytes: `x` is byte column 12 but UTF-16 column 11.
    const line = 's := "é"; x';
    expect(line.indexOf('x') + 1).toBe(11);
    expect(utf16Column(line, 12)).toBe(11);
  });

  it('counts a 3-byte character (CJK) as one unit and a 4-byte one (emoji) as two', () => {
    // Before y: quote, two 3-byte characters, quote, space, plus, space = 11 bytes, 7 units.
    expect(utf16Column('"世界" + y', 12)).toBe(8);
    // Before y: quote, a 4-byte emoji (a surrogate pair), quote, space, plus, space = 9 bytes, 7 units.
    const emoji = '"😀" + y';
    expect(emoji.indexOf('y') + 1).toBe(8);
    expect(utf16Column(emoji, 10)).toBe(8);
  });

  it('maps a byte column inside a character to that character and clamps past the end', () => {
    expect(utf16Column('é!', 2)).toBe(1);
    expect(utf16Column('ab', 99)).toBe(3);
  });

  it('round-trips with utf8Column at character boundaries', () => {
    const line = 'm["ключ"] = "😀" // ü';
    for (let col = 1; col <= line.length + 1; col++) {
      const isLowSurrogate = col > 1 && col <= line.length && /[\udc00-\udfff]/.test(line[col - 1]);
      if (isLowSurrogate) continue;
      expect(utf16Column(line, utf8Column(line, col))).toBe(col);
    }
  });
});

describe('diagnosticsToMarkers', () => {
  it('converts an error on a non-ASCII line to UTF-16 columns', () => {
    const text = 'package main\n\nfunc main() {\n\tm := map[string]int{"größe": 1}; wg.Wait()\n}\n';
    const line4 = text.split('\n')[3];
    const jsCol = line4.indexOf('wg') + 1;
    const byteCol = new TextEncoder().encode(line4.slice(0, jsCol - 1)).length + 1;
    expect(byteCol).toBe(jsCol + 2); // ö and ß are two bytes each
    const [m] = diagnosticsToMarkers([diag(4, byteCol, 4, byteCol + 2)], linesOf(text));
    expect(m).toMatchObject({ startLineNumber: 4, startColumn: jsCol, endLineNumber: 4, endColumn: jsCol + 2 });
    expect(line4.slice(m.startColumn - 1, m.endColumn - 1)).toBe('wg');
  });

  it('keeps Go\'s message and code and distinguishes errors from vet warnings', () => {
    const ms = diagnosticsToMarkers(
      [diag(1, 1, 1, 3), diag(1, 1, 1, 3, { severity: 'warning', code: 'copied_lock', message: 'call of f copies lock value: sync.Mutex' })],
      linesOf('abc'),
    );
    expect(ms.map((m) => [m.severity, m.source, m.code, m.message])).toEqual([
      [markerSeverity.error, 'go', 'undefined_name', 'undefined: wg'],
      [markerSeverity.warning, 'go vet', 'copied_lock', 'call of f copies lock value: sync.Mutex'],
    ]);
  });

  it('widens a point diagnostic to the identifier that starts there', () => {
    const [m] = diagnosticsToMarkers([diag(2, 2, 2, 2)], linesOf('x\n\tcounts[k]++'));
    expect([m.startColumn, m.endColumn]).toEqual([2, 8]);
  });

  it('widens a point on punctuation to one character, and at end of line backwards', () => {
    const lines = linesOf('f(a, )');
    expect(diagnosticsToMarkers([diag(1, 6, 1, 6)], lines).map((m) => [m.startColumn, m.endColumn])).toEqual([[6, 7]]);
    expect(diagnosticsToMarkers([diag(1, 7, 1, 7)], lines).map((m) => [m.startColumn, m.endColumn])).toEqual([[6, 7]]);
  });

  it('keeps multi-line ranges and clamps lines outside the text', () => {
    const [a, b] = diagnosticsToMarkers([diag(1, 3, 2, 2), diag(9, 1, 9, 1)], linesOf('ab\ncd'));
    expect(a).toMatchObject({ startLineNumber: 1, startColumn: 3, endLineNumber: 2, endColumn: 2 });
    expect(b.startLineNumber).toBe(2);
  });
});
