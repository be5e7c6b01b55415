// Scanner tests: token tables with exact positions, semicolon insertion, literal forms, comments,
// UTF-8 columns and gc-worded errors (messages and columns checked against go 1.23.5's compiler).
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import { scanAll } from './scanner.ts';

/** Tokens as `KIND` or `KIND(lit)` with `@offset`, EOF excluded. */
function tokens(src: string): string[] {
  return scanAll(src)
    .tokens.filter((t) => t.kind !== 'EOF')
    .map((t) => {
      const lit = t.kind === 'SEMICOLON' ? (t.lit === ';' ? '' : '(\\n)') : t.lit && !/^[a-z]+$/.test(t.lit) || t.kind === 'IDENT' ? `(${t.lit})` : '';
      return `${t.kind}${lit}@${t.pos}`;
    });
}

describe('scanner: tokens with exact positions', () => {
  const table: [string, string[]][] = [
    ['x := 1', ['IDENT(x)@0', 'DEFINE@2', 'INT(1)@5', 'SEMICOLON(\\n)@6']],
    ['a+=b<<=c&^=d', ['IDENT(a)@0', 'ADD_ASSIGN@1', 'IDENT(b)@3', 'SHL_ASSIGN@4', 'IDENT(c)@7', 'AND_NOT_ASSIGN@8', 'IDENT(d)@11', 'SEMICOLON(\\n)@12']],
    ['ch <- v', ['IDENT(ch)@0', 'ARROW@3', 'IDENT(v)@6', 'SEMICOLON(\\n)@7']],
    ['<-chan int', ['ARROW@0', 'CHAN@2', 'IDENT(int)@7', 'SEMICOLON(\\n)@10']],
    ['f(xs...)', ['IDENT(f)@0', 'LPAREN@1', 'IDENT(xs)@2', 'ELLIPSIS@4', 'RPAREN@7', 'SEMICOLON(\\n)@8']],
    ['a..b', ['IDENT(a)@0', 'PERIOD@1', 'PERIOD@2', 'IDENT(b)@3', 'SEMICOLON(\\n)@4']],
    ['x.y', ['IDENT(x)@0', 'PERIOD@1', 'IDENT(y)@2', 'SEMICOLON(\\n)@3']],
    ['&& || == != <= >= < > ! ~', ['LAND@0', 'LOR@3', 'EQL@6', 'NEQ@9', 'LEQ@12', 'GEQ@15', 'LSS@18', 'GTR@20', 'NOT@22', 'TILDE@24']],
    ['+ - * / % & | ^ << >> &^', ['ADD@0', 'SUB@2', 'MUL@4', 'QUO@6', 'REM@8', 'AND@10', 'OR@12', 'XOR@14', 'SHL@16', 'SHR@19', 'AND_NOT@22']],
    ['-= *= /= %= &= |= ^= >>=', ['SUB_ASSIGN@0', 'MUL_ASSIGN@3', 'QUO_ASSIGN@6', 'REM_ASSIGN@9', 'AND_ASSIGN@12', 'OR_ASSIGN@15', 'XOR_ASSIGN@18', 'SHR_ASSIGN@21']],
    ['i++ j--', ['IDENT(i)@0', 'INC@1', 'IDENT(j)@4', 'DEC@5', 'SEMICOLON(\\n)@7']],
    ['func main() {}', ['FUNC@0', 'IDENT(main)@5', 'LPAREN@9', 'RPAREN@10', 'LBRACE@12', 'RBRACE@13', 'SEMICOLON(\\n)@14']],
    ['break continue fallthrough return goto', ['BREAK@0', 'CONTINUE@6', 'FALLTHROUGH@15', 'RETURN@27', 'GOTO@34']],
    ['case chan const default defer else for go if import interface map package range select struct switch type var',
      ['CASE@0', 'CHAN@5', 'CONST@10', 'DEFAULT@16', 'DEFER@24', 'ELSE@30', 'FOR@35', 'GO@39', 'IF@42', 'IMPORT@45', 'INTERFACE@52', 'MAP@62', 'PACKAGE@66', 'RANGE@74', 'SELECT@80', 'STRUCT@87', 'SWITCH@94', 'TYPE@101', 'VAR@106']],
    ['[]map[string]int{}', ['LBRACK@0', 'RBRACK@1', 'MAP@2', 'LBRACK@5', 'IDENT(string)@6', 'RBRACK@12', 'IDENT(int)@13', 'LBRACE@16', 'RBRACE@17', 'SEMICOLON(\\n)@18']],
    ['a; b', ['IDENT(a)@0', 'SEMICOLON@1', 'IDENT(b)@3', 'SEMICOLON(\\n)@4']],
    ['héllo wörld', ['IDENT(héllo)@0', 'IDENT(wörld)@6', 'SEMICOLON(\\n)@11']],
    ['_x9 日本', ['IDENT(_x9)@0', 'IDENT(日本)@4', 'SEMICOLON(\\n)@6']],
  ];
  for (const [src, want] of table) {
    it(JSON.stringify(src), () => {
      expect(tokens(src)).toEqual(want);
      expect(scanAll(src).errors).toEqual([]);
    });
  }
});

describe('scanner: automatic semicolon insertion ($ marks an inserted semicolon)', () => {
  // Each case is one line; `$` is where a semicolon must be inserted (and is removed from the source).
  const cases = [
    'x$\n',
    'x$',
    '1$\n',
    '1.5$\n',
    '2i$\n',
    "'a'$\n",
    '"s"$\n',
    '`raw`$\n',
    'break$\n',
    'continue$\n',
    'fallthrough$\n',
    'return$\n',
    'x++$\n',
    'x--$\n',
    'f()$\n',
    'a[1]$\n',
    '{}$\n',
    'x // comment$\n',
    'x $/* multi\nline */ y$\n',
    'x /* one line */$\n',
    'x /* one line */ // and more$\n',
    '+\n',
    'x +\ny$\n',
    'func\n',
    'if x {\n',
    'a,\nb$\n',
    'x.\ny$\n',
    '(\n)$\n',
    'go\n',
    'x$\n\n\n',
    'x ;\n',
    'return // done$\n',
  ];
  for (const c of cases) {
    it(JSON.stringify(c), () => {
      const want: number[] = [];
      let src = '';
      for (const ch of c) {
        if (ch === '$') want.push(src.length);
        else src += ch;
      }
      const got = scanAll(src).tokens.filter((t) => t.kind === 'SEMICOLON' && t.lit === '\n').map((t) => t.pos);
      expect(got).toEqual(want);
    });
  }
});

describe('scanner: literal forms', () => {
  const table: [string, string][] = [
    ['0', 'INT'], ['42', 'INT'], ['1_000_000', 'INT'], ['0x_FF', 'INT'], ['0XabC', 'INT'], ['0o17', 'INT'], ['0O7', 'INT'],
    ['017', 'INT'], ['0b1010', 'INT'], ['0B_1', 'INT'],
    ['1.5', 'FLOAT'], ['1.', 'FLOAT'], ['.5', 'FLOAT'], ['1e10', 'FLOAT'], ['1E+3', 'FLOAT'], ['6.02e-23', 'FLOAT'], ['1_0.2_5', 'FLOAT'],
    ['0x1p-2', 'FLOAT'], ['0X1.8P+3', 'FLOAT'], ['0x.8p0', 'FLOAT'], ['0x_1p4', 'FLOAT'], ['09.5', 'FLOAT'], ['08e1', 'FLOAT'],
    ['2i', 'IMAG'], ['1.5i', 'IMAG'], ['0x1p2i', 'IMAG'], ['1e3i', 'IMAG'], ['0i', 'IMAG'], ['0123i', 'IMAG'],
    ["'a'", 'CHAR'], ["'\\n'", 'CHAR'], ["'\\''", 'CHAR'], ["'\\x41'", 'CHAR'], ["'\\101'", 'CHAR'], ["'\\u00e9'", 'CHAR'], ["'\\U0001F600'", 'CHAR'], ["'é'", 'CHAR'], ["'😀'", 'CHAR'],
    ['"hello"', 'STRING'], ['""', 'STRING'], ['"a\\tb\\"c\\\\"', 'STRING'], ['"\\a\\b\\f\\n\\r\\t\\v"', 'STRING'], ['"\\xff\\377\\u2318\\U0010FFFF"', 'STRING'],
    ['`raw \\n string`', 'STRING'], ['`multi\nline`', 'STRING'], ['``', 'STRING'],
  ];
  for (const [src, kind] of table) {
    it(`${JSON.stringify(src)} is one ${kind}`, () => {
      const r = scanAll(src);
      expect(r.errors).toEqual([]);
      expect(r.tokens[0]).toEqual({ kind, pos: 0, end: src.length, lit: src });
    });
  }
});

describe('scanner: comments are kept, not tokens', () => {
  it('collects line and general comments with their spans', () => {
    const src = 'a // one\n/* two */ b /* th\nree */';
    const r = scanAll(src);
    expect(r.comments.map((c) => [c.text, c.pos, c.end])).toEqual([
      ['// one', 2, 8],
      ['/* two */', 9, 18],
      ['/* th\nree */', 21, 33],
    ]);
    expect(r.tokens.map((t) => t.kind)).toEqual(['IDENT', 'SEMICOLON', 'IDENT', 'SEMICOLON', 'EOF']);
  });
  it('drops the \\r of a CRLF line ending from a line comment', () => {
    expect(scanAll('x // c\r\ny').comments[0].text).toBe('// c');
  });
});

describe('scanner: errors worded and placed like gc (verified with go 1.23.5)', () => {
  // Each source is compiled as `package main\n\nvar _ = <src>\n`; expectations are gc's
  // scanner messages (type errors such as "undefined: x" left out), lines counted from the
  // `var` line, columns in bytes (so `var _ = ` puts the source at column 9).
  const table: [string, string[]][] = [
    ['@', ["1:9: invalid character U+0040 '@'"]],
    ['x # y', ["1:11: invalid character U+0023 '#'"]],
    ['"abc', ['1:13: newline in string']],
    ['"abc\n"', ['1:13: newline in string', '2:2: newline in string']],
    ['`abc', ['1:9: string not terminated']],
    ["''", ["1:10: empty rune literal or unescaped '"]],
    ["'ab'", ['1:9: more than one character in rune literal']],
    ["'a", ['1:11: newline in rune literal']],
    ["'\n'", ['1:10: newline in rune literal', '2:2: newline in rune literal']],
    ['"\\q"', ['1:11: unknown escape']],
    ['"\\x4g"', ["1:13: invalid character 'g' in hexadecimal escape"]],
    ['"\\400"', ['1:14: octal escape value 256 > 255']],
    ['"\\uD800"', ['1:16: escape is invalid Unicode code point U+D800']],
    ['"\\U00110000"', ['1:20: escape is invalid Unicode code point U+110000']],
    ['0x', ['1:11: hexadecimal literal has no digits']],
    ['0b102', ["1:13: invalid digit '2' in binary literal"]],
    ['0o8', ["1:11: invalid digit '8' in octal literal"]],
    ['09', ["1:10: invalid digit '9' in octal literal"]],
    ['1__0', ["1:11: '_' must separate successive digits"]],
    ['1_', ["1:10: '_' must separate successive digits"]],
    ['1e', ['1:11: exponent has no digits']],
    ['0x1.0', ["1:14: hexadecimal mantissa requires a 'p' exponent"]],
    ['0b1.0', ['1:12: invalid radix point in binary literal']],
    ['0o1e2', ["1:12: 'e' exponent requires decimal mantissa"]],
    ['1p2', ["1:10: 'p' exponent requires hexadecimal mantissa"]],
    ['/* abc', ['1:9: comment not terminated']],
    ['£x', ["1:9: invalid character U+00A3 '£' in identifier"]],
    ['x\u0000y', ['1:10: invalid NUL character']],
    ['x\ufeff', ['1:10: invalid BOM in the middle of the file']],
    ['é @', ["1:12: invalid character U+0040 '@'"]],
  ];
  for (const [src, want] of table) {
    it(JSON.stringify(src), () => {
      const text = `package main\n\nvar _ = ${src}\n`;
      const f = new SourceFile('prog.go', text);
      const got = scanAll(text).errors.map((e) => {
        const p = f.position(e.pos);
        return `${p.line - 2}:${p.column}: ${e.message}`;
      });
      expect(got).toEqual(want);
    });
  }

  it('accepts a byte order mark at the very start', () => {
    expect(scanAll('\ufeffpackage main').errors).toEqual([]);
  });
});

describe('scanner: positions become gc byte columns', () => {
  it('counts UTF-8 bytes before a token', () => {
    const src = 'é😀x := "日本"; y';
    const f = new SourceFile('prog.go', src);
    const cols = scanAll(src).tokens.filter((t) => t.kind !== 'EOF').map((t) => f.position(t.pos).column);
    // é is 2 bytes, 😀 4: the identifier starts at column 1; := at column 9 (after "é😀x ").
    expect(cols).toEqual([1, 9, 12, 20, 22, 23]);
  });
});

describe('scanner: always terminates', () => {
  it('makes progress through every ASCII byte and stray surrogates', () => {
    let src = '';
    for (let c = 0; c < 128; c++) src += String.fromCharCode(c);
    src += '\ud800 \udfff x';
    const r = scanAll(src);
    expect(r.tokens[r.tokens.length - 1].kind).toBe('EOF');
    expect(r.tokens.length).toBeLessThan(src.length + 2);
  });
});
