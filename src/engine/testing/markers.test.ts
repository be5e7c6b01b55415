import { describe, expect, it } from 'vitest';
import { parseMarkerBody, parseMarkers, scanComments } from './markers.ts';

const at = (text: string) => parseMarkers(text).markers.map((m) => [m.kind, m.pattern, m.line, m.column]);

describe('parseMarkers', () => {
  it('places a general-comment marker at the first token after it', () => {
    const src = 'package main\nfunc main() {\n\t/* ERROR "undefined: wg" */ wg.Wait()\n}\n';
    // wg follows a tab, the 27-byte comment and a space: column 30.
    expect(at(src)).toEqual([['ERROR', 'undefined: wg', 3, 30]]);
  });

  it('places a marker written mid-expression at the selector it precedes', () => {
    const src = 'fmt./* ERROR "x" */Foo()\n';
    expect(at(src)).toEqual([['ERROR', 'x', 1, 20]]);
  });

  it('makes a line comment line-exact', () => {
    expect(at('x := 1 // ERROR "declared and not used"\n')).toEqual([['ERROR', 'declared and not used', 1, null]]);
  });

  it('points a marker that ends its line at the newline', () => {
    expect(at('if x /* ERROR "unexpected newline" */\n{')).toEqual([['ERROR', 'unexpected newline', 1, 38]]);
  });

  it('points a marker at the end of a file without a final newline at EOF', () => {
    expect(at('}\n/* ERROR "EOF" */')).toEqual([['ERROR', 'EOF', 2, 18]]);
  });

  it('lets consecutive markers share the position of the token after the last one', () => {
    const src = 'a /* ERROR "one" */ /* WARNING "two" */ b\n';
    expect(at(src)).toEqual([
      ['ERROR', 'one', 1, 41],
      ['WARNING', 'two', 1, 41],
    ]);
  });

  it('reads several items from one comment', () => {
    expect(at('/* ERROR "a" UNSUPPORTED `b` */ x')).toEqual([
      ['ERROR', 'a', 1, 33],
      ['UNSUPPORTED', 'b', 1, 33],
    ]);
  });

  it('counts columns in UTF-8 bytes', () => {
    // "é" is 2 bytes and "🙂" 4 in UTF-8 (but 1 and 2 UTF-16 units): the column counts bytes.
    const src = 's := "é🙂" /* ERROR "x" */ y\n';
    const before = 's := "é🙂" /* ERROR "x" */ '; // the marked token follows this prefix
    const bytes = new TextEncoder().encode(before).length;
    expect(at(src)).toEqual([['ERROR', 'x', 1, bytes + 1]]);
  });

  it('keeps regexp escapes and turns \\" into a quote', () => {
    const [m] = parseMarkers('/* ERROR "cannot use \\"a\\" \\(untyped string constant\\)" */ x').markers;
    expect(m.pattern).toBe('cannot use "a" \\(untyped string constant\\)');
    expect(m.regexp.test('cannot use "a" (untyped string constant) as int value')).toBe(true);
    expect(m.regexp.test('cannot use "a" untyped string constant')).toBe(false);
  });

  it('matches multi-line messages through \\n and \\t in the pattern', () => {
    const [m] = parseMarkers('f(1, /* ERROR "too many arguments in call to f\\n\\thave \\(number, number\\)" */ 2)').markers;
    expect(m.regexp.test('too many arguments in call to f\n\thave (number, number)\n\twant (int)')).toBe(true);
  });

  it('ignores marker-like text inside strings, raw strings and runes', () => {
    const src = [
      'a := "/* ERROR \\"no\\" */"',
      'b := `',
      '// ERROR "no"',
      '`',
      "c := '\"' // ERROR \"yes\"",
    ].join('\n');
    expect(at(src)).toEqual([['ERROR', 'yes', 5, null]]);
  });

  it('ignores ordinary comments, including ones that mention errors in lower case', () => {
    expect(parseMarkers('// Rule: an error here\n/* error "x" */ x\n// ERRORS are fine\n')).toEqual({ markers: [], problems: [] });
  });

  it('reports malformed markers instead of ignoring them', () => {
    const { markers, problems } = parseMarkers('x /* ERROR undefined */ y\n// WARNING "unterminated\n/* ERROR "(" */ z\n/* ERROR "a"\n*/ w');
    expect(markers).toEqual([]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^1:3: ERROR must be followed by a quoted pattern/);
    expect(problems[1]).toMatch(/^2:1: unterminated pattern/);
    expect(problems[2]).toMatch(/^3:1: bad regexp/);
    expect(problems[3]).toMatch(/^4:1: a marker comment must stay on one line/);
  });

  it('never throws on arbitrary text', () => {
    for (const s of ['', '/*', '"', '`', "'", '/* ERROR', '// ERROR "', '\\', '/* ERROR "a" ERROR */']) {
      expect(() => parseMarkers(s)).not.toThrow();
    }
  });
});

describe('scanComments and parseMarkerBody', () => {
  it('finds line and general comments with their extents', () => {
    const cs = scanComments('a // one\n/* two */ b');
    expect(cs.map((c) => [c.body, c.general, c.start, c.end])).toEqual([
      [' one', false, 2, 8],
      [' two ', true, 9, 18],
    ]);
  });

  it('tells a non-marker (null) from a malformed marker (string)', () => {
    expect(parseMarkerBody(' just a comment')).toBeNull();
    expect(parseMarkerBody(' ERRORS are fine')).toBeNull();
    expect(typeof parseMarkerBody(' ERROR')).toBe('string');
    expect(parseMarkerBody(' WARNING `a\\b` ')).toEqual([{ kind: 'WARNING', pattern: 'a\\b' }]);
  });
});
