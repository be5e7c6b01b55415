// The parser's token cursor, error reporting and recovery, shared by the parse-*.ts files.
//
// The grammar functions live in parse-decl.ts, parse-stmt.ts, parse-expr.ts and parse-type.ts as
// plain functions taking this Parser. Error wording, positions and recovery follow gc's parser
// (cmd/compile/internal/syntax/parser.go, Go 1.23) so that messages match `go build`:
// - `syntaxErrorAt` builds "syntax error: unexpected <token><context>" the way gc does;
// - `advance` skips to a follow token (or a statement keyword inside a function body);
// - like gc's driver, only the first syntax error on a line is kept.
// Termination: every loop in the grammar either consumes a token or stops at EOF; `advance`
// with an empty follow list consumes exactly one token. Nesting deeper than `maxDepth` stops the
// parse with one diagnostic instead of overflowing the JS stack.
import type { Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/source-file.ts';
import type { BadExpr, Ident } from './ast.ts';
import { Scanner } from './scanner.ts';
import { tokenText, type TokenKind } from './token.ts';

/** Nesting (expressions, types, statements combined) beyond which the parser gives up on the file. */
export const maxDepth = 1000;

/** Statement keywords: good places to resume after an error inside a function body. */
const stopset: ReadonlySet<TokenKind> = new Set<TokenKind>([
  'BREAK', 'CONST', 'CONTINUE', 'DEFER', 'FALLTHROUGH', 'FOR', 'GO', 'GOTO', 'IF', 'RETURN', 'SELECT', 'SWITCH', 'TYPE', 'VAR',
]);

/** gc's English name for a token in "expected X" messages. */
export function tokstring(kind: TokenKind): string {
  if (kind === 'COMMA') return 'comma';
  if (kind === 'SEMICOLON') return 'semicolon or newline';
  return tokenText(kind);
}

export class Parser {
  readonly scanner: Scanner;
  readonly diagnostics: Diagnostic[] = [];

  /** The current token; read through tok() so TypeScript does not narrow it across next(). */
  private current: TokenKind = 'EOF';
  pos = 0;
  end = 0;
  lit = '';
  /** For literals: false when malformed. */
  litOk = true;
  /** End offset of the last consumed real (non-inserted) token: the end of the node just parsed. */
  prevEnd = 0;

  /** Function nesting: inside a body, statement keywords stop error recovery. */
  fnest = 0;
  /** Expression nesting; -1 in control clause headers, where `T{` does not start a composite literal. */
  xnest = 0;
  depth = 0;
  /** Inside a type parameter list: constraint syntax there is covered by the type-parameter report. */
  inTypeParams = false;
  /** Set once nesting exceeded maxDepth: the rest of the file is skipped. */
  tooDeep = false;

  private errorCount = 0;
  private lastSyntaxLine = -1;
  private lastOtherLine = -1;
  private lastOtherMessage = '';

  constructor(readonly file: SourceFile) {
    this.scanner = new Scanner(file.text, (pos, msg) => this.report(pos, pos, msg, 'invalid_token'));
    this.next();
  }

  tok(): TokenKind {
    return this.current;
  }

  next(): void {
    if (this.current !== 'SEMICOLON' || this.lit !== '\n') {
      if (this.current !== 'EOF') this.prevEnd = this.end;
    }
    const s = this.scanner;
    s.next();
    this.current = s.tok;
    this.pos = s.pos;
    this.end = s.end;
    this.lit = s.lit;
    this.litOk = s.ok;
  }

  got(tok: TokenKind): boolean {
    if (this.current === tok) {
      this.next();
      return true;
    }
    return false;
  }

  want(tok: TokenKind): void {
    if (!this.got(tok)) {
      this.syntaxError('expected ' + tokstring(tok));
      this.advance();
    }
  }

  /** Like got('ASSIGN') but also accepts `:=` (with an error), for better recovery. */
  gotAssign(): boolean {
    if (this.current === 'DEFINE') this.syntaxError('expected =');
    if (this.current === 'DEFINE' || this.current === 'ASSIGN') {
      this.next();
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- errors

  report(pos: number, end: number, message: string, code: string): void {
    const len = this.file.text.length;
    pos = Math.max(0, Math.min(pos, len));
    end = Math.max(pos, Math.min(end, len));
    // gc's error filter (cmd/compile/internal/base/print.go): only the first syntax error on a
    // line is kept, and another error is dropped when it repeats the previous one on the same line.
    const line = this.file.lineIndex(pos);
    if (message.startsWith('syntax error')) {
      if (line === this.lastSyntaxLine) return;
      this.lastSyntaxLine = line;
    } else {
      if (line === this.lastOtherLine && message === this.lastOtherMessage) return;
      this.lastOtherLine = line;
      this.lastOtherMessage = message;
    }
    this.errorCount++;
    this.diagnostics.push({ pos, end, severity: 'error', code, message });
  }

  /**
   * Errors gc finds only while type-checking but our tree cannot represent (`go 1`); gc never
   * reaches them when the file has syntax errors, so parseFile adds them only when it has none.
   */
  readonly checkPhase: Diagnostic[] = [];

  reportCheckPhase(pos: number, end: number, message: string, code: string): void {
    this.checkPhase.push({ pos, end: Math.max(pos, end), severity: 'error', code, message });
  }

  get errors(): number {
    return this.errorCount;
  }

  errorAt(pos: number, message: string, code = 'syntax_error'): void {
    this.report(pos, pos === this.pos ? this.end : pos, message, code);
  }

  error(message: string): void {
    this.errorAt(this.pos, message);
  }

  /** The current token as gc names it in "unexpected X". */
  describeToken(): string {
    switch (this.current) {
      case 'IDENT': return 'name ' + this.lit;
      case 'SEMICOLON':
        if (this.lit === ';') return 'semicolon';
        return this.pos >= this.file.text.length ? 'EOF' : 'newline';
      case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING': return 'literal ' + this.lit;
      default: return tokstring(this.current);
    }
  }

  syntaxErrorAt(pos: number, msg: string): void {
    if (this.current === 'EOF' && this.errorCount > 0) return; // avoid meaningless follow-up errors
    if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) msg = ' ' + msg;
    else if (msg.startsWith('expected ')) msg = ', ' + msg;
    else if (msg !== '') {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    this.errorAt(pos, 'syntax error: unexpected ' + this.describeToken() + msg);
  }

  syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos, msg);
  }

  /**
   * Skips tokens until one in `follow` (or, inside a function, a statement keyword) or EOF.
   * With no follow list, skips exactly one token so that the caller makes progress.
   */
  advance(...follow: TokenKind[]): void {
    if (follow.length === 0) {
      if (this.current !== 'EOF') this.next();
      return;
    }
    while (this.current !== 'EOF' && !follow.includes(this.current) && !(this.fnest > 0 && stopset.has(this.current))) this.next();
  }

  // ---------------------------------------------------------------- nesting guard

  /** Enters one nesting level; returns false (once reporting, then silently) when too deep. */
  enter(): boolean {
    if (this.tooDeep) return false;
    if (++this.depth > maxDepth) {
      this.tooDeep = true;
      this.report(this.pos, this.end, `syntax error: nesting deeper than ${maxDepth} levels is not supported in Go Map Lab`, 'nesting_too_deep');
      // Give up on the rest of the file: every loop stops at EOF.
      while (this.current !== 'EOF') this.next();
      return false;
    }
    return true;
  }

  leave(): void {
    this.depth--;
  }

  /**
   * Runs `f` one nesting level deeper, or returns `fallback()` once nesting is too deep. Used by
   * constructs whose recursion costs many JS frames per level (structs, signatures, clauses).
   */
  nested<T>(f: () => T, fallback: () => T): T {
    if (!this.enter()) return fallback();
    try {
      return f();
    } finally {
      this.leave();
    }
  }

  // ---------------------------------------------------------------- common productions

  badExpr(pos = this.pos): BadExpr {
    return { kind: 'BadExpr', pos, end: Math.max(pos, this.prevEnd) };
  }

  ident(pos: number, name: string, end: number): Ident {
    return { kind: 'Ident', pos, end, name };
  }

  name(): Ident {
    if (this.current === 'IDENT') {
      const n = this.ident(this.pos, this.lit, this.end);
      this.next();
      return n;
    }
    const n = this.ident(this.pos, '_', this.pos);
    this.syntaxError('expected name');
    this.advance();
    return n;
  }

  nameList(first: Ident): Ident[] {
    const l = [first];
    while (this.got('COMMA')) l.push(this.name());
    return l;
  }

  /**
   * A possibly empty `sep`-separated list closed by `close`; `f` parses one element and returns
   * true to stop early. Returns the offset of the closing token.
   */
  list(context: string, sep: 'COMMA' | 'SEMICOLON', close: 'RPAREN' | 'RBRACE' | 'RBRACK', f: () => boolean): number {
    let done = false;
    while (this.current !== 'EOF' && this.current !== close && !done) {
      const before = this.pos;
      const beforeTok = this.current;
      done = f();
      if (!this.got(sep) && this.current !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance('RPAREN', 'RBRACK', 'RBRACE');
        if (this.current !== close) return this.pos;
      }
      // Safety net: an element that consumed nothing must not spin.
      if (this.pos === before && this.tok() === beforeTok && this.tok() !== 'EOF' && this.tok() !== close) this.next();
    }
    const pos = this.pos;
    this.want(close);
    return pos;
  }
}
