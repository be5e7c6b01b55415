// Type parsing: named and qualified types, arrays, slices, maps, channels, pointers, structs and
// interfaces (function signatures and parameter lists are in parse-signature.ts).
//
// Follows gc's parser (cmd/compile/internal/syntax/parser.go, Go 1.23). Generic syntax (type
// parameters, instantiations, `~T | U` constraint terms) is parsed fully, so that it never causes
// follow-on syntax errors, and reported once through unsupported.ts.
import type { ArrayType, BasicLit, Expr, Field, FieldList, Ident, IndexExpr, InterfaceType, StructType } from './ast.ts';
import type { Parser } from './parser-base.ts';
import { parseExpr } from './parse-expr.ts';
import { paramList, parseFuncType } from './parse-signature.ts';
import { reportUnsupported } from './unsupported.ts';
import { NoPos } from '../source/source-file.ts';
import type { TokenKind } from './token.ts';

const operatorTokens: TokenKind[] = [
  'LOR', 'LAND', 'EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ', 'ADD', 'SUB', 'OR', 'XOR', 'QUO', 'REM', 'AND', 'AND_NOT', 'SHL', 'SHR', 'NOT', 'TILDE',
];

/** Type, or an error "expected type" and a BadExpr. */
export function parseType(p: Parser): Expr {
  const t = typeOrNil(p);
  if (t) return t;
  const bad = p.badExpr();
  p.syntaxError('expected type');
  p.advance('COMMA', 'COLON', 'SEMICOLON', 'RPAREN', 'RBRACK', 'RBRACE');
  return bad;
}

/** Type = TypeName | TypeLit | "(" Type ")"; null when the current token cannot start a type. */
export function typeOrNil(p: Parser): Expr | null {
  if (!p.enter()) return p.badExpr();
  try {
    return typeOrNilInner(p);
  } finally {
    p.leave();
  }
}

function typeOrNilInner(p: Parser): Expr | null {
  const pos = p.pos;
  switch (p.tok()) {
    case 'MUL': {
      p.next();
      const x = parseType(p);
      return { kind: 'StarExpr', pos, end: x.end, x };
    }
    case 'ARROW': {
      p.next();
      p.want('CHAN');
      const value = chanElem(p);
      return { kind: 'ChanType', pos, end: value.end, dir: 'recv', value };
    }
    case 'FUNC': {
      p.next();
      return parseFuncType(p, 'function type', pos).type;
    }
    case 'LBRACK': {
      p.next();
      if (p.got('RBRACK')) return sliceType(p, pos);
      return arrayType(p, pos, null);
    }
    case 'CHAN': {
      p.next();
      let dir: 'both' | 'send' = 'both';
      if (p.got('ARROW')) dir = 'send';
      const value = chanElem(p);
      return { kind: 'ChanType', pos, end: value.end, dir, value };
    }
    case 'MAP': {
      p.next();
      p.want('LBRACK');
      const key = parseType(p);
      p.want('RBRACK');
      const value = parseType(p);
      return { kind: 'MapType', pos, end: value.end, key, value };
    }
    case 'STRUCT':
      return p.nested<Expr>(() => structType(p), () => p.badExpr());
    case 'INTERFACE':
      return p.nested<Expr>(() => interfaceType(p), () => p.badExpr());
    case 'IDENT':
      return qualifiedName(p, null);
    case 'LPAREN': {
      p.next();
      const x = parseType(p);
      p.want('RPAREN');
      return { kind: 'ParenExpr', pos, end: p.prevEnd, x };
    }
  }
  return null;
}

export function sliceType(p: Parser, pos: number): ArrayType {
  const elt = parseType(p);
  return { kind: 'ArrayType', pos, end: elt.end, len: null, elt };
}

/** After `[`: `[N]E` or `[...]E`; `len` is an already parsed length. */
export function arrayType(p: Parser, pos: number, len: Expr | null): ArrayType {
  if (len === null) {
    if (p.tok() === 'ELLIPSIS') {
      len = { kind: 'Ellipsis', pos: p.pos, end: p.end, elt: null };
      p.next();
    } else {
      p.xnest++;
      len = parseExpr(p);
      p.xnest--;
    }
  }
  if (p.tok() === 'COMMA') {
    // Trailing commas belong to type parameter lists, not array lengths.
    p.syntaxError('unexpected comma; expected ]');
    p.next();
  }
  p.want('RBRACK');
  const elt = parseType(p);
  return { kind: 'ArrayType', pos, end: elt.end, len, elt };
}

function chanElem(p: Parser): Expr {
  const t = typeOrNil(p);
  if (t) return t;
  const bad = p.badExpr();
  p.syntaxError('missing channel element type');
  return bad;
}

/** TypeName, possibly qualified (`sync.Mutex`) and possibly instantiated (`List[int]`, unsupported). */
export function qualifiedName(p: Parser, name: Ident | null): Expr {
  let x: Expr;
  if (name) x = name;
  else if (p.tok() === 'IDENT') x = p.name();
  else {
    x = p.ident(p.pos, '_', p.pos);
    p.syntaxError('expected name');
    p.advance('PERIOD', 'SEMICOLON', 'RBRACE');
  }
  if (p.tok() === 'PERIOD') {
    p.next();
    const sel = p.name();
    x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
  }
  if (p.tok() === 'LBRACK') x = typeInstance(p, x);
  return x;
}

function typeInstance(p: Parser, typ: Expr): Expr {
  const lbrack = p.pos;
  p.want('LBRACK');
  let index: Expr;
  let rest: Expr[] = [];
  if (p.tok() === 'RBRACK') {
    p.syntaxError('expected type argument list');
    index = p.badExpr();
  } else {
    ({ first: index, rest } = parseTypeList(p, true));
  }
  p.want('RBRACK');
  const ix: IndexExpr = { kind: 'IndexExpr', pos: typ.pos, end: p.prevEnd, x: typ, lbrack, index };
  if (rest.length > 0) ix.extraIndices = rest;
  reportUnsupported(p, 'instantiation', typ.pos, ix.end);
  return ix;
}

/** A non-empty comma-separated list of types (the first may be any expression unless strict). */
export function parseTypeList(p: Parser, strict: boolean): { first: Expr; rest: Expr[]; comma: boolean } {
  p.xnest++;
  const first = strict ? parseType(p) : parseExpr(p);
  const rest: Expr[] = [];
  let comma = false;
  if (p.got('COMMA')) {
    comma = true;
    let t = typeOrNil(p);
    if (t) {
      rest.push(t);
      while (p.got('COMMA')) {
        t = typeOrNil(p);
        if (!t) break;
        rest.push(t);
      }
    }
  }
  p.xnest--;
  return { first, rest, comma };
}

/** After a name: `[n]E` (array or slice field type) or `[A, B]` (type arguments, returned as an IndexExpr without x). */
export function arrayOrTArgs(p: Parser): Expr {
  const pos = p.pos;
  p.want('LBRACK');
  if (p.got('RBRACK')) return sliceType(p, pos);
  const { first, rest, comma } = parseTypeList(p, false);
  p.want('RBRACK');
  if (!comma) {
    const elt = typeOrNil(p);
    if (elt) return { kind: 'ArrayType', pos, end: elt.end, len: first, elt };
  }
  // The caller fills in x.
  const ix: IndexExpr = { kind: 'IndexExpr', pos, end: p.prevEnd, x: first, lbrack: pos, index: first };
  if (rest.length > 0) ix.extraIndices = rest;
  return ix;
}

/** An optional field tag. Any literal is accepted here, as gc's parser does; the checker reports non-strings. */
function literalTag(p: Parser): BasicLit | null {
  if (p.tok() === 'INT' || p.tok() === 'FLOAT' || p.tok() === 'IMAG' || p.tok() === 'CHAR' || p.tok() === 'STRING') {
    const lit: BasicLit = { kind: 'BasicLit', pos: p.pos, end: p.end, litKind: p.tok() as BasicLit['litKind'], value: p.lit };
    p.next();
    return lit;
  }
  return null;
}

/** StructType = "struct" "{" { FieldDecl ";" } "}". */
function structType(p: Parser): StructType {
  const pos = p.pos;
  p.want('STRUCT');
  const open = p.pos;
  p.want('LBRACE');
  const fields: Field[] = [];
  const close = p.list('struct type', 'SEMICOLON', 'RBRACE', () => {
    const f = fieldDecl(p);
    if (f) fields.push(f);
    return false;
  });
  const list: FieldList = { kind: 'FieldList', pos: open, end: p.prevEnd, opening: open, list: fields, closing: close };
  return { kind: 'StructType', pos, end: p.prevEnd, fields: list };
}

function makeField(pos: number, names: Ident[], type: Expr, tag: BasicLit | null, end: number): Field {
  return { kind: 'Field', pos, end, names, type, tag };
}

/** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]. */
function fieldDecl(p: Parser): Field | null {
  const pos = p.pos;
  switch (p.tok()) {
    case 'IDENT': {
      const name = p.name();
      if (p.tok() === 'PERIOD' || p.tok() === 'SEMICOLON' || p.tok() === 'RBRACE' || p.tok() === 'STRING' || p.tok() === 'INT' || p.tok() === 'FLOAT' || p.tok() === 'IMAG' || p.tok() === 'CHAR') {
        // embedded type
        const typ = qualifiedName(p, name);
        const tag = literalTag(p);
        return makeField(pos, [], typ, tag, p.prevEnd);
      }
      const names = p.nameList(name);
      let typ: Expr;
      if (names.length === 1 && p.tok() === 'LBRACK') {
        // An embedded instantiated type T[P] or a field of array/slice type?
        typ = arrayOrTArgs(p);
        if (typ.kind === 'IndexExpr') {
          typ.x = name;
          typ.pos = name.pos;
          reportUnsupported(p, 'instantiation', typ.pos, typ.end);
          const tag = literalTag(p);
          return makeField(pos, [], typ, tag, p.prevEnd);
        }
      } else {
        typ = parseType(p);
      }
      const tag = literalTag(p);
      return makeField(pos, names, typ, tag, p.prevEnd);
    }
    case 'MUL': {
      p.next();
      let typ: Expr;
      if (p.tok() === 'LPAREN') {
        p.syntaxError('cannot parenthesize embedded type');
        p.next();
        typ = qualifiedName(p, null);
        p.got('RPAREN');
      } else {
        typ = qualifiedName(p, null);
      }
      const tag = literalTag(p);
      return makeField(pos, [], { kind: 'StarExpr', pos, end: typ.end, x: typ }, tag, p.prevEnd);
    }
    case 'LPAREN': {
      p.syntaxError('cannot parenthesize embedded type');
      p.next();
      let typ: Expr;
      if (p.tok() === 'MUL') {
        const spos = p.pos;
        p.next();
        const x = qualifiedName(p, null);
        typ = { kind: 'StarExpr', pos: spos, end: x.end, x };
      } else {
        typ = qualifiedName(p, null);
      }
      p.got('RPAREN');
      const tag = literalTag(p);
      return makeField(pos, [], typ, tag, p.prevEnd);
    }
    default:
      p.syntaxError('expected field name or embedded type');
      p.advance('SEMICOLON', 'RBRACE');
      return null;
  }
}

/** InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}". */
function interfaceType(p: Parser): InterfaceType {
  const pos = p.pos;
  p.want('INTERFACE');
  const open = p.pos;
  p.want('LBRACE');
  const fields: Field[] = [];
  const close = p.list('interface type', 'SEMICOLON', 'RBRACE', () => {
    let f: Field | null = null;
    if (p.tok() === 'IDENT') f = methodDecl(p);
    if (!f || f.names.length === 0) {
      const epos = f ? f.pos : p.pos;
      const type = embeddedElem(p, f ? f.type : null);
      f = { kind: 'Field', pos: epos, end: type.end, names: [], type, tag: null };
    }
    fields.push(f);
    return false;
  });
  const methods: FieldList = { kind: 'FieldList', pos: open, end: p.prevEnd, opening: open, list: fields, closing: close };
  return { kind: 'InterfaceType', pos, end: p.prevEnd, methods };
}

/** MethodSpec = MethodName Signature | InterfaceTypeName. */
function methodDecl(p: Parser): Field {
  const pos = p.pos;
  const name = p.name();
  const context = 'interface method';
  if (p.tok() === 'LPAREN') {
    const { type } = parseFuncType(p, context, NoPos);
    return { kind: 'Field', pos, end: type.end, names: [name], type, tag: null };
  }
  if (p.tok() === 'LBRACK') {
    // A generic method m[T C](x T) (not allowed) or an embedded instantiated type T[A, B].
    const lpos = p.pos;
    p.next();
    if (p.tok() === 'RBRACK') {
      const rpos = p.pos;
      p.next();
      if (p.tok() === 'LPAREN') {
        p.errorAt(rpos, 'empty type parameter list');
        const { type } = parseFuncType(p, context, NoPos);
        return { kind: 'Field', pos, end: type.end, names: [name], type, tag: null };
      }
      p.errorAt(rpos, 'empty type argument list');
      return { kind: 'Field', pos, end: name.end, names: [], type: name, tag: null };
    }
    const { fields } = paramList(p, null, null, 'RBRACK', false);
    if (fields.length === 0) {
      if (p.tok() === 'LPAREN') {
        const { type } = parseFuncType(p, context, NoPos);
        return { kind: 'Field', pos, end: type.end, names: [name], type, tag: null };
      }
      return { kind: 'Field', pos, end: name.end, names: [], type: name, tag: null };
    }
    if (fields[0].names.length > 0) {
      const { type } = parseFuncType(p, context, NoPos);
      p.errorAt(lpos, 'interface method must have no type parameters');
      return { kind: 'Field', pos, end: type.end, names: [name], type, tag: null };
    }
    const t: IndexExpr = { kind: 'IndexExpr', pos: name.pos, end: p.prevEnd, x: name, lbrack: lpos, index: fields[0].type };
    if (fields.length > 1) t.extraIndices = fields.slice(1).map((f) => f.type);
    reportUnsupported(p, 'instantiation', t.pos, t.end);
    return { kind: 'Field', pos, end: t.end, names: [], type: t, tag: null };
  }
  const type = qualifiedName(p, name);
  return { kind: 'Field', pos, end: type.end, names: [], type, tag: null };
}

/** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm }; unions are constraints (unsupported). */
export function embeddedElem(p: Parser, first: Expr | null): Expr {
  let x = first ?? embeddedTerm(p);
  let entered = 0;
  while (p.tok() === 'OR' && p.enter()) {
    entered++;
    const opPos = p.pos;
    p.next();
    const y = embeddedTerm(p);
    x = { kind: 'BinaryExpr', pos: x.pos, end: y.end, x, op: 'OR', opPos, y };
  }
  p.depth -= entered;
  if ((entered > 0 || (x.kind === 'UnaryExpr' && x.op === 'TILDE')) && !p.inTypeParams) reportUnsupported(p, 'typeSet', x.pos, x.end);
  return x;
}

/** EmbeddedTerm = [ "~" ] Type. */
function embeddedTerm(p: Parser): Expr {
  if (p.tok() === 'TILDE') {
    const pos = p.pos;
    p.next();
    const x = parseType(p);
    return { kind: 'UnaryExpr', pos, end: x.end, op: 'TILDE', opPos: pos, x };
  }
  const t = typeOrNil(p);
  if (t) return t;
  const bad = p.badExpr();
  p.syntaxError('expected ~ term or type');
  // gc resumes at any operator token (its _Operator class: not `*`, not `<-`).
  p.advance(...operatorTokens, 'SEMICOLON', 'RPAREN', 'RBRACK', 'RBRACE');
  return bad;
}

