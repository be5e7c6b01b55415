// Expression parsing: operands, primary expressions, unary/binary operators, composite literals.
//
// Mirrors gc's parser (cmd/compile/internal/syntax/parser.go, Go 1.23) in decisions and error
// wording. Two points worth knowing:
// - Parentheses are always kept as ParenExpr (gc drops most of them); the places where gc looks
//   through them (composite literal types, `&(x)`) unwrap explicitly.
// - `T{` starts a composite literal only when T could be a type, and, for plain names, selectors
//   and index expressions, only outside control clause headers (p.xnest < 0 there): that is
//   why `if x == T{} {` is a syntax error in Go while `if x == (T{}) {` is fine.
import type { BinaryExpr, CallExpr, ChanType, CompositeLit, Expr, FuncLit, IndexExpr } from './ast.ts';
import type { Parser } from './parser-base.ts';
import { parseFuncBody } from './parse-stmt.ts';
import { parseFuncType } from './parse-signature.ts';
import { parseType, parseTypeList } from './parse-type.ts';
import { exprString } from './print-go.ts';
import { reportUnsupported } from './unsupported.ts';
import { precedence } from './token.ts';

export function unparen(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

export function parseExpr(p: Parser): Expr {
  return binaryExpr(p, null, 0);
}

export function parseExprList(p: Parser): Expr[] {
  const list = [parseExpr(p)];
  while (p.got('COMMA')) list.push(parseExpr(p));
  return list;
}

/** Expression = UnaryExpr | Expression binary_op Expression. `x` is an already parsed left operand. */
export function binaryExpr(p: Parser, x: Expr | null, prec: number): Expr {
  let left = x ?? unaryExpr(p);
  let entered = 0;
  while (precedence(p.tok()) > prec) {
    // Each left-nested level counts towards the nesting cap, so long chains stay printable.
    if (!p.enter()) break;
    entered++;
    const op = p.tok();
    const opPos = p.pos;
    const tprec = precedence(op);
    p.next();
    const y = binaryExpr(p, null, tprec);
    const b: BinaryExpr = { kind: 'BinaryExpr', pos: left.pos, end: y.end, x: left, op, opPos, y };
    left = b;
  }
  p.depth -= entered;
  return left;
}

export function unaryExpr(p: Parser): Expr {
  if (!p.enter()) return p.badExpr();
  try {
    return unaryExprInner(p);
  } finally {
    p.leave();
  }
}

function unaryExprInner(p: Parser): Expr {
  const pos = p.pos;
  switch (p.tok()) {
    case 'MUL': {
      p.next();
      const x = unaryExpr(p);
      return { kind: 'StarExpr', pos, end: x.end, x };
    }
    case 'ADD': case 'SUB': case 'NOT': case 'XOR': case 'TILDE': {
      const op = p.tok();
      p.next();
      const x = unaryExpr(p);
      return { kind: 'UnaryExpr', pos, end: x.end, op, opPos: pos, x };
    }
    case 'AND': {
      p.next();
      // &(T{}) is &T{}: look through the parentheses, as gc does.
      const x = unparen(unaryExpr(p));
      return { kind: 'UnaryExpr', pos, end: p.prevEnd, op: 'AND', opPos: pos, x };
    }
    case 'ARROW': {
      p.next();
      // `<-chan E` is a type, `<-x` a receive: only the parsed operand tells which.
      const x = unaryExpr(p);
      if (x.kind === 'ChanType') {
        reassociateRecvChan(p, x);
        x.pos = pos;
        return x;
      }
      return { kind: 'UnaryExpr', pos, end: x.end, op: 'ARROW', opPos: pos, x };
    }
  }
  return primaryExpr(p, null);
}

/** `<-(chan E)` becomes `<-chan E`, `<-(chan<- E)` becomes `<-chan (<-E)`; reports `<-<-chan` and `<-chan<- E`. */
function reassociateRecvChan(p: Parser, x: ChanType): void {
  let dir: ChanType['dir'] = 'send';
  let t: Expr = x;
  while (dir === 'send') {
    if (t.kind !== 'ChanType') break;
    dir = t.dir;
    if (dir === 'recv') p.syntaxError('unexpected <-, expected chan');
    t.dir = 'recv';
    t = t.value;
  }
  if (dir === 'send') p.syntaxError(`unexpected ${exprString(t)}, expected chan`);
}

function basicLit(p: Parser): Expr {
  const lit: Expr = { kind: 'BasicLit', pos: p.pos, end: p.end, litKind: p.tok() as 'INT', value: p.lit };
  p.next();
  return lit;
}

export function isLiteralToken(tok: string): boolean {
  return tok === 'INT' || tok === 'FLOAT' || tok === 'IMAG' || tok === 'CHAR' || tok === 'STRING';
}

function operand(p: Parser): Expr {
  const pos = p.pos;
  switch (p.tok()) {
    case 'IDENT':
      return p.name();
    case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING':
      return basicLit(p);
    case 'LPAREN': {
      p.next();
      p.xnest++;
      const x = parseExpr(p);
      p.xnest--;
      p.want('RPAREN');
      return { kind: 'ParenExpr', pos, end: p.prevEnd, x };
    }
    case 'FUNC': {
      p.next();
      const { type } = parseFuncType(p, 'function type', pos);
      if (p.tok() === 'LBRACE') {
        p.xnest++;
        const body = parseFuncBody(p);
        p.xnest--;
        const f: FuncLit = { kind: 'FuncLit', pos, end: body.end, type, body };
        return f;
      }
      return type;
    }
    case 'LBRACK': case 'CHAN': case 'MAP': case 'STRUCT': case 'INTERFACE':
      return parseType(p);
    default: {
      const x = p.badExpr();
      p.syntaxError('expected expression');
      p.advance('RPAREN', 'RBRACK', 'RBRACE');
      return x;
    }
  }
}

/** Whether x must be a value (not a type), so `x{` cannot be a composite literal. */
function isValue(x: Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
      return true;
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'StarExpr':
      return false; // *T may be a type
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    default:
      return false;
  }
}

/** PrimaryExpr: an operand followed by selectors, indices, slices, assertions, calls, literal values. */
export function primaryExpr(p: Parser, x: Expr | null): Expr {
  let left = x ?? operand(p);
  let entered = 0;
  try {
    for (;;) {
      const pos = p.pos;
      if (p.tok() !== 'PERIOD' && p.tok() !== 'LBRACK' && p.tok() !== 'LPAREN' && p.tok() !== 'LBRACE') return left;
      if (!p.enter()) return left;
      entered++;
      switch (p.tok()) {
        case 'PERIOD': {
          p.next();
          if (p.tok() === 'IDENT') {
            const sel = p.name();
            left = { kind: 'SelectorExpr', pos: left.pos, end: sel.end, x: left, sel };
          } else if (p.tok() === 'LPAREN') {
            p.next();
            const type = p.got('TYPE') ? null : parseType(p);
            p.want('RPAREN');
            left = { kind: 'TypeAssertExpr', pos: left.pos, end: Math.max(left.pos, p.prevEnd), x: left, type };
          } else {
            p.syntaxError('expected name or (');
            p.advance('SEMICOLON', 'RPAREN');
          }
          break;
        }
        case 'LBRACK':
          left = indexOrSlice(p, left, pos);
          break;
        case 'LPAREN': {
          p.next();
          left = callRest(p, left, pos);
          break;
        }
        case 'LBRACE': {
          // Does `{` open a composite literal or the block of an if/for/switch?
          const t = unparen(left);
          let complitOk = false;
          switch (t.kind) {
            case 'Ident': case 'SelectorExpr':
              complitOk = p.xnest >= 0;
              break;
            case 'IndexExpr':
              complitOk = p.xnest >= 0 && !isValue(t);
              break;
            case 'ArrayType': case 'StructType': case 'MapType':
              complitOk = true;
              break;
          }
          if (!complitOk) return left;
          if (t !== left) p.syntaxError('cannot parenthesize type in composite literal');
          left = compositeLit(p, left);
          break;
        }
      }
    }
  } finally {
    p.depth -= entered;
  }
}

function indexOrSlice(p: Parser, x: Expr, lbrack: number): Expr {
  p.next();
  let i: Expr | null = null;
  if (p.tok() !== 'COLON') {
    let comma = false;
    let rest: Expr[] = [];
    if (p.tok() === 'RBRACK') {
      p.syntaxError('expected operand');
      i = p.badExpr();
    } else {
      ({ first: i, rest, comma } = parseTypeList(p, false));
    }
    if (comma || p.tok() === 'RBRACK') {
      p.want('RBRACK');
      const ix: IndexExpr = { kind: 'IndexExpr', pos: x.pos, end: p.prevEnd, x, lbrack, index: i };
      if (rest.length > 0) ix.extraIndices = rest;
      // x[a, b] can only be a generic instantiation.
      if (rest.length > 0 || comma) reportUnsupported(p, 'instantiation', x.pos, ix.end);
      return ix;
    }
  }
  // x[i:...
  if (!p.got('COLON')) {
    p.syntaxError('expected comma, : or ]');
    p.advance('COMMA', 'COLON', 'RBRACK');
  }
  p.xnest++;
  let high: Expr | null = null;
  let max: Expr | null = null;
  let slice3 = false;
  if (p.tok() !== 'COLON' && p.tok() !== 'RBRACK') high = parseExpr(p);
  if (p.tok() === 'COLON') {
    slice3 = true;
    if (high === null) {
      p.error('middle index required in 3-index slice');
      high = p.badExpr();
    }
    p.next();
    if (p.tok() !== 'RBRACK') max = parseExpr(p);
    else {
      p.error('final index required in 3-index slice');
      max = p.badExpr();
    }
  }
  p.xnest--;
  p.want('RBRACK');
  return { kind: 'SliceExpr', pos: x.pos, end: p.prevEnd, x, lbrack, low: i, high, max, slice3 };
}

/** Arguments after `(`: `f(a, b...)`. */
function callRest(p: Parser, fun: Expr, lparen: number): CallExpr {
  const args: Expr[] = [];
  let ellipsis: number | null = null;
  p.xnest++;
  const rparen = p.list('argument list', 'COMMA', 'RPAREN', () => {
    args.push(parseExpr(p));
    if (p.tok() === 'ELLIPSIS') {
      ellipsis = p.pos;
      p.next();
      return true;
    }
    return false;
  });
  p.xnest--;
  return { kind: 'CallExpr', pos: fun.pos, end: Math.max(fun.pos, p.prevEnd), fun, lparen, args, ellipsis, rparen };
}

/** Element = Expression | LiteralValue. */
function bareComplitExpr(p: Parser): Expr {
  if (p.tok() === 'LBRACE') return compositeLit(p, null);
  return parseExpr(p);
}

/** LiteralValue = "{" [ ElementList [ "," ] ] "}", with `type` already parsed (or null when elided). */
export function compositeLit(p: Parser, type: Expr | null): CompositeLit {
  const lbrace = p.pos;
  const elts: Expr[] = [];
  const lit: CompositeLit = { kind: 'CompositeLit', pos: type ? type.pos : lbrace, end: lbrace, type, lbrace, elts, rbrace: lbrace };
  if (!p.enter()) return lit;
  p.xnest++;
  p.want('LBRACE');
  lit.rbrace = p.list('composite literal', 'COMMA', 'RBRACE', () => {
    let e = bareComplitExpr(p);
    if (p.tok() === 'COLON') {
      const colon = p.pos;
      p.next();
      const value = bareComplitExpr(p);
      e = { kind: 'KeyValueExpr', pos: e.pos, end: value.end, key: e, colon, value };
    }
    elts.push(e);
    return false;
  });
  p.xnest--;
  p.leave();
  lit.end = Math.max(lit.pos, p.prevEnd);
  return lit;
}

