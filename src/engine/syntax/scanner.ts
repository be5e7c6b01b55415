// The Go scanner: source text → tokens, with automatic semicolon insertion and gc-worded errors.
//
// Follows the Go spec's lexical rules and reports problems the way gc's scanner
// (cmd/compile/internal/syntax/scanner.go, Go 1.23) words and positions them. A few points
// that shape the code:
// - Semicolon insertion: after an identifier, a literal, `break continue fallthrough return`,
//   `++ --` and `) ] }`, a newline (or EOF, or a block comment spanning lines) becomes a
//   SEMICOLON whose `lit` is "\n". Inserted semicolons are zero-width.
// - Comments are not tokens for the parser; they are collected in `comments` for the AST.
// - Offsets are UTF-16 indices into the JS string; SourceFile turns them into gc's byte columns.
//   A byte offset inside an ASCII-only token (numbers) equals its UTF-16 offset.
// - Errors never stop scanning: a bad literal still yields a token, an invalid character is
//   reported and skipped, so every call to next() makes progress until EOF.
import type { Comment } from './ast.ts';
import { keywords, type Token, type TokenKind } from './token.ts';

export type ScanErrorHandler = (pos: number, message: string) => void;

const isLetterAscii = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isDecimal = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDecimal(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const lower = (c: number) => c | 0x20;

const unicodeLetter = /^\p{L}$/u;
const unicodeDigit = /^\p{Nd}$/u;
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go's `%#U`: `U+0040 '@'`, or just `U+0007` when the rune is not printable. */
export function formatRuneU(cp: number): string {
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return hex;
  const ch = String.fromCodePoint(cp);
  return printable.test(ch) ? `${hex} '${ch}'` : hex;
}

/** Go's `%q` for a rune: `'x'`, `'\n'`, `'\x00'`. */
export function quoteRune(cp: number): string {
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 92: '\\\\', 39: "\\'" };
  if (named[cp] !== undefined) return `'${named[cp]}'`;
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return `'\ufffd'`;
  const ch = String.fromCodePoint(cp);
  if (printable.test(ch)) return `'${ch}'`;
  if (cp < 0x80) return `'\\x${cp.toString(16).padStart(2, '0')}'`;
  if (cp < 0x10000) return `'\\u${cp.toString(16).padStart(4, '0')}'`;
  return `'\\U${cp.toString(16).padStart(8, '0')}'`;
}

function baseName(base: number): string {
  return base === 2 ? 'binary' : base === 8 ? 'octal' : base === 16 ? 'hexadecimal' : 'decimal';
}

/** Index of the first misplaced `_` in a number literal, or -1 (spec: `_` only between digits). */
function invalidSep(x: string): number {
  let x1 = ' ';
  let d = '.';
  let i = 0;
  if (x.length >= 2 && x[0] === '0') {
    x1 = x[1].toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i];
    const c = x.charCodeAt(i);
    if (d === '_') {
      if (p !== '0') return i;
    } else if (isDecimal(c) || (x1 === 'x' && isHex(c))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? x.length - 1 : -1;
}

export class Scanner {
  // current token
  tok: TokenKind = 'EOF';
  pos = 0;
  end = 0;
  /** Identifier/literal text; for SEMICOLON ";" when written, "\n" when inserted. */
  lit = '';
  /** For literals: false when the literal is malformed (an error was reported). */
  ok = true;

  readonly comments: Comment[] = [];

  private offs = 0; // offset of the current character
  private ch = -1; // current code point, -1 at EOF
  private chw = 0; // its width in UTF-16 units
  private nlsemi = false;

  constructor(
    readonly text: string,
    private readonly onError: ScanErrorHandler,
  ) {
    this.advanceTo(0);
  }

  private read(at: number): void {
    this.offs = at;
    if (at >= this.text.length) {
      this.ch = -1;
      this.chw = 0;
      return;
    }
    const cp = this.text.codePointAt(at)!;
    this.ch = cp;
    this.chw = cp > 0xffff ? 2 : 1;
  }

  /** Advances one code point, reporting and skipping the characters gc's source reader rejects. */
  private nextch(): void {
    this.advanceTo(this.offs + this.chw);
  }

  private advanceTo(at: number): void {
    for (;;) {
      this.read(at);
      // gc's source reader checks for NUL only after its first buffer fill, so a NUL as the
      // very first character reaches the scanner as "invalid character U+0000".
      if (this.ch === 0 && at > 0) {
        this.onError(at, 'invalid NUL character');
      } else if (this.ch >= 0xd800 && this.ch <= 0xdfff) {
        // A lone surrogate cannot be encoded as UTF-8: gc would see invalid bytes.
        this.onError(at, 'invalid UTF-8 encoding');
      } else if (this.ch === 0xfeff) {
        // A byte order mark is allowed only as the very first character.
        if (at > 0) this.onError(at, 'invalid BOM in the middle of the file');
      } else return;
      at += this.chw;
    }
  }

  private errorHere(msg: string): void {
    this.onError(this.offs, msg);
  }

  /** Scans the next token into tok/pos/end/lit. */
  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    this.ok = true;
    this.lit = '';

    for (;;) {
      while (this.ch === 32 || this.ch === 9 || this.ch === 13 || (this.ch === 10 && !nlsemi)) this.nextch();
      const start = this.offs;
      this.pos = start;
      const c = this.ch;

      if (isLetterAscii(c) || (c >= 0x80 && this.identStart())) {
        this.nextch();
        this.ident(start);
        return;
      }

      if (c === -1) {
        this.end = start;
        if (nlsemi) this.setSemi('\n', start, start);
        else this.tok = 'EOF';
        return;
      }
      if (c === 10) {
        this.nextch();
        this.setSemi('\n', start, start);
        return;
      }
      if (isDecimal(c)) return this.number(start, false);
      if (c === 34) return this.stdString(start);
      if (c === 96) return this.rawString(start);
      if (c === 39) return this.rune(start);

      this.nextch();
      switch (c) {
        case 40: return this.op('LPAREN', start);
        case 91: return this.op('LBRACK', start);
        case 123: return this.op('LBRACE', start);
        case 44: return this.op('COMMA', start);
        case 59:
          this.setSemi(';', start, this.offs);
          return;
        case 41: this.nlsemi = true; return this.op('RPAREN', start);
        case 93: this.nlsemi = true; return this.op('RBRACK', start);
        case 125: this.nlsemi = true; return this.op('RBRACE', start);
        case 58:
          if (this.ch === 61) { this.nextch(); return this.op('DEFINE', start); }
          return this.op('COLON', start);
        case 46:
          if (isDecimal(this.ch)) return this.number(start, true);
          if (this.ch === 46 && this.text.charCodeAt(this.offs + 1) === 46) {
            this.nextch();
            this.nextch();
            return this.op('ELLIPSIS', start);
          }
          return this.op('PERIOD', start);
        case 43:
          if (this.ch === 43) { this.nextch(); this.nlsemi = true; return this.op('INC', start); }
          return this.assignOp('ADD', 'ADD_ASSIGN', start);
        case 45:
          if (this.ch === 45) { this.nextch(); this.nlsemi = true; return this.op('DEC', start); }
          return this.assignOp('SUB', 'SUB_ASSIGN', start);
        case 42: return this.assignOp('MUL', 'MUL_ASSIGN', start);
        case 47:
          if (this.ch === 47) {
            this.lineComment(start);
            continue;
          }
          if (this.ch === 42) {
            const multiLine = this.blockComment(start);
            if (multiLine && nlsemi) {
              // A block comment spanning lines acts like a newline.
              this.setSemi('\n', start, start);
              return;
            }
            continue;
          }
          return this.assignOp('QUO', 'QUO_ASSIGN', start);
        case 37: return this.assignOp('REM', 'REM_ASSIGN', start);
        case 38:
          if (this.ch === 38) { this.nextch(); return this.op('LAND', start); }
          if (this.ch === 94) { this.nextch(); return this.assignOp('AND_NOT', 'AND_NOT_ASSIGN', start); }
          return this.assignOp('AND', 'AND_ASSIGN', start);
        case 124:
          if (this.ch === 124) { this.nextch(); return this.op('LOR', start); }
          return this.assignOp('OR', 'OR_ASSIGN', start);
        case 94: return this.assignOp('XOR', 'XOR_ASSIGN', start);
        case 60:
          if (this.ch === 61) { this.nextch(); return this.op('LEQ', start); }
          if (this.ch === 60) { this.nextch(); return this.assignOp('SHL', 'SHL_ASSIGN', start); }
          if (this.ch === 45) { this.nextch(); return this.op('ARROW', start); }
          return this.op('LSS', start);
        case 62:
          if (this.ch === 61) { this.nextch(); return this.op('GEQ', start); }
          if (this.ch === 62) { this.nextch(); return this.assignOp('SHR', 'SHR_ASSIGN', start); }
          return this.op('GTR', start);
        case 61:
          if (this.ch === 61) { this.nextch(); return this.op('EQL', start); }
          return this.op('ASSIGN', start);
        case 33:
          if (this.ch === 61) { this.nextch(); return this.op('NEQ', start); }
          return this.op('NOT', start);
        case 126: return this.op('TILDE', start);
        default:
          this.onError(start, `invalid character ${formatRuneU(c)}`);
          continue;
      }
    }
  }

  private op(kind: TokenKind, start: number): void {
    this.tok = kind;
    this.pos = start;
    this.end = this.offs;
  }

  private assignOp(plain: TokenKind, withAssign: TokenKind, start: number): void {
    if (this.ch === 61) {
      this.nextch();
      return this.op(withAssign, start);
    }
    this.op(plain, start);
  }

  private setSemi(lit: string, pos: number, end: number): void {
    this.tok = 'SEMICOLON';
    this.lit = lit;
    this.pos = pos;
    this.end = end;
  }

  /**
   * A non-ASCII character always starts an identifier, as in gc: a Unicode letter silently,
   * a digit or any other character with an error (so `£x` is one bad identifier, not two tokens).
   */
  private identStart(): boolean {
    const s = String.fromCodePoint(this.ch);
    if (unicodeLetter.test(s)) return true;
    if (unicodeDigit.test(s)) this.errorHere(`identifier cannot begin with digit ${formatRuneU(this.ch)}`);
    else this.errorHere(`invalid character ${formatRuneU(this.ch)} in identifier`);
    return true;
  }

  private identPart(): boolean {
    const c = this.ch;
    if (isLetterAscii(c) || isDecimal(c)) return true;
    if (c < 0x80) return false;
    const s = String.fromCodePoint(c);
    if (unicodeLetter.test(s) || unicodeDigit.test(s)) return true;
    // gc keeps going through other non-ASCII characters, complaining about each.
    this.errorHere(`invalid character ${formatRuneU(c)} in identifier`);
    return true;
  }

  private ident(start: number): void {
    while (this.ch !== -1 && this.identPart()) this.nextch();
    const lit = this.text.slice(start, this.offs);
    this.end = this.offs;
    const kw = keywords.get(lit);
    if (kw) {
      this.tok = kw;
      this.nlsemi = kw === 'BREAK' || kw === 'CONTINUE' || kw === 'FALLTHROUGH' || kw === 'RETURN';
      this.lit = lit;
      return;
    }
    this.nlsemi = true;
    this.tok = 'IDENT';
    this.lit = lit;
  }

  private finishLit(kind: TokenKind, start: number, ok: boolean): void {
    this.tok = kind;
    this.pos = start;
    this.end = this.offs;
    this.lit = this.text.slice(start, this.offs);
    this.ok = ok;
    this.nlsemi = true;
  }

  /** digits accepts { digit | '_' }; returns bit 0 = saw a digit, bit 1 = saw '_'. */
  private digits(base: number, start: number, invalid: { at: number } | null): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 48 + base;
      while (isDecimal(this.ch) || this.ch === 95) {
        let ds = 1;
        if (this.ch === 95) ds = 2;
        else if (this.ch >= max && invalid && invalid.at < 0) invalid.at = this.offs - start;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === 95) {
        digsep |= this.ch === 95 ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(start: number, seenPoint: boolean): void {
    let ok = true;
    let kind: TokenKind = 'INT';
    let base = 10;
    let prefix = 0; // 0 decimal, '0' legacy octal, or 'x' 'o' 'b'
    let digsep = 0;
    const invalid = { at: -1 };

    if (!seenPoint) {
      if (this.ch === 48) {
        this.nextch();
        const l = lower(this.ch);
        if (l === 120) { this.nextch(); base = 16; prefix = 120; }
        else if (l === 111) { this.nextch(); base = 8; prefix = 111; }
        else if (l === 98) { this.nextch(); base = 2; prefix = 98; }
        else { base = 8; prefix = 48; digsep = 1; }
      }
      digsep |= this.digits(base, start, invalid);
      if (this.ch === 46) {
        if (prefix === 111 || prefix === 98) {
          this.errorHere(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = 'FLOAT';
      digsep |= this.digits(base, start, invalid);
    }
    if ((digsep & 1) === 0 && ok) {
      this.errorHere(`${baseName(base)} literal has no digits`);
      ok = false;
    }
    const e = lower(this.ch);
    if (e === 101 || e === 112) {
      if (ok) {
        if (e === 101 && prefix !== 0 && prefix !== 48) {
          this.errorHere(`${quoteRune(this.ch)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 112 && prefix !== 120) {
          this.errorHere(`${quoteRune(this.ch)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = 'FLOAT';
      if (this.ch === 43 || this.ch === 45) this.nextch();
      digsep = this.digits(10, start, null) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.errorHere('exponent has no digits');
        ok = false;
      }
    } else if (prefix === 120 && kind === 'FLOAT' && ok) {
      this.errorHere("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (this.ch === 105) {
      kind = 'IMAG';
      this.nextch();
    }
    this.finishLit(kind, start, ok);
    if (kind === 'INT' && invalid.at >= 0 && ok) {
      this.onError(start + invalid.at, `invalid digit ${quoteRune(this.lit.charCodeAt(invalid.at))} in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.onError(start + i, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.ok = ok;
  }

  private rune(start: number): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      if (this.ch === 39) {
        if (ok) {
          if (n === 0) {
            this.errorHere("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.onError(start, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (this.ch === 92) {
        this.nextch();
        if (!this.escape(39)) ok = false;
        continue;
      }
      if (this.ch === 10) {
        if (ok) {
          this.errorHere('newline in rune literal');
          ok = false;
        }
        break;
      }
      if (this.ch < 0) {
        if (ok) {
          this.onError(start, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.finishLit('CHAR', start, ok);
  }

  private stdString(start: number): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 34) {
        this.nextch();
        break;
      }
      if (this.ch === 92) {
        this.nextch();
        if (!this.escape(34)) ok = false;
        continue;
      }
      if (this.ch === 10) {
        this.errorHere('newline in string');
        ok = false;
        break;
      }
      if (this.ch < 0) {
        this.onError(start, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.finishLit('STRING', start, ok);
  }

  private rawString(start: number): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 96) {
        this.nextch();
        break;
      }
      if (this.ch < 0) {
        this.onError(start, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.finishLit('STRING', start, ok);
  }

  private lineComment(start: number): void {
    // The newline is left in place: it may still become a semicolon.
    while (this.ch >= 0 && this.ch !== 10) this.nextch();
    let end = this.offs;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    this.comments.push({ kind: 'Comment', pos: start, end, text: this.text.slice(start, end) });
  }

  /** Scans a `/* … *\/` comment (the `/` is consumed, `*` is current); returns whether it spans lines. */
  private blockComment(start: number): boolean {
    this.nextch();
    let newline = false;
    let closed = false;
    while (this.ch >= 0) {
      if (this.ch === 42) {
        this.nextch();
        if ((this.ch as number) === 47) {
          this.nextch();
          closed = true;
          break;
        }
        continue;
      }
      if (this.ch === 10) newline = true;
      this.nextch();
    }
    if (!closed) this.onError(start, 'comment not terminated');
    this.comments.push({ kind: 'Comment', pos: start, end: this.offs, text: this.text.slice(start, this.offs) });
    return newline;
  }

  /** Checks one escape after a backslash; returns false (after reporting) when it is invalid. */
  private escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    const c = this.ch;
    if (c === quote || c === 97 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116 || c === 118 || c === 92) {
      this.nextch();
      return true;
    }
    if (c >= 48 && c <= 55) {
      n = 3; base = 8; max = 255;
    } else if (c === 120) {
      this.nextch(); n = 2; base = 16; max = 255;
    } else if (c === 117) {
      this.nextch(); n = 4; base = 16; max = 0x10ffff;
    } else if (c === 85) {
      this.nextch(); n = 8; base = 16; max = 0x10ffff;
    } else {
      if (c < 0) return true; // the caller reports the unterminated literal
      this.errorHere('unknown escape');
      return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.ch < 0) return true;
      let d = base;
      if (isDecimal(this.ch)) d = this.ch - 48;
      else if (lower(this.ch) >= 97 && lower(this.ch) <= 102) d = lower(this.ch) - 97 + 10;
      if (d >= base) {
        this.errorHere(`invalid character ${quoteRune(this.ch)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }
    if (x > max && base === 8) {
      this.errorHere(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorHere(`escape is invalid Unicode code point ${formatRuneU(x)}`);
      return false;
    }
    return true;
  }
}

/** Scans a whole text (for tests and tools): the tokens up to and including EOF, the comments and the errors. */
export function scanAll(text: string): { tokens: Token[]; comments: Comment[]; errors: { pos: number; message: string }[] } {
  const errors: { pos: number; message: string }[] = [];
  const s = new Scanner(text, (pos, message) => errors.push({ pos, message }));
  const tokens: Token[] = [];
  for (;;) {
    s.next();
    tokens.push({ kind: s.tok, pos: s.pos, end: s.end, lit: s.lit });
    if (s.tok === 'EOF') break;
  }
  return { tokens, comments: s.comments, errors };
}
