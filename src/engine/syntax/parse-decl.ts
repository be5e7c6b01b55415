// Declaration parsing: import, const, var and type specs (single or grouped) and func/method declarations.
//
// Follows gc's parser (cmd/compile/internal/syntax/parser.go, Go 1.23). Const specs keep what was
// written: an implicitly repeated spec (`B` after `A = iota`) has no type and no values, and its
// `iota` field tells the checker which value of iota it stands for.
import type { Expr, FieldList, FuncDecl, FuncType, GenDecl, Ident, ImportSpec, Spec, TypeSpec, ValueSpec } from './ast.ts';
import type { Parser } from './parser-base.ts';
import { binaryExpr, isLiteralToken, parseExprList, primaryExpr } from './parse-expr.ts';
import { parseFuncBody } from './parse-stmt.ts';
import { paramList, parseFuncType } from './parse-signature.ts';
import { arrayType, parseType, sliceType, typeOrNil } from './parse-type.ts';
import { reportUnsupported } from './unsupported.ts';
import { NoPos } from '../source/source-file.ts';

export type SpecParser = (p: Parser, index: number) => Spec | null;

/** Decl = keyword ( Spec | "(" { Spec ";" } ")" ); the keyword is already consumed. */
export function parseGroup(p: Parser, tok: GenDecl['tok'], pos: number, spec: SpecParser): GenDecl {
  const decl: GenDecl = { kind: 'GenDecl', pos, end: pos, tok, lparen: null, specs: [] };
  if (p.tok() === 'LPAREN') {
    decl.lparen = p.pos;
    p.next();
    let index = 0;
    p.list('grouped declaration', 'SEMICOLON', 'RPAREN', () => {
      const s = spec(p, index++);
      if (s) decl.specs.push(s);
      return false;
    });
  } else {
    const s = spec(p, 0);
    if (s) decl.specs.push(s);
  }
  decl.end = Math.max(pos, p.prevEnd);
  return decl;
}

/** ImportSpec = [ "." | PackageName ] ImportPath. */
export function parseImportSpec(p: Parser): ImportSpec | null {
  const pos = p.pos;
  let name: Ident | null = null;
  if (p.tok() === 'IDENT') name = p.name();
  else if (p.tok() === 'PERIOD') {
    name = p.ident(p.pos, '.', p.end);
    p.next();
  }
  if (!isLiteralToken(p.tok())) {
    p.syntaxError('missing import path');
    p.advance('SEMICOLON', 'RPAREN');
    return null;
  }
  const path = { kind: 'BasicLit' as const, pos: p.pos, end: p.end, litKind: p.tok() as 'STRING', value: p.lit };
  const ok = p.litOk;
  p.next();
  if (ok && path.litKind !== 'STRING') p.syntaxErrorAt(path.pos, 'import path must be a string');
  return { kind: 'ImportSpec', pos, end: path.end, name, path };
}

/** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ]. */
export function parseConstSpec(p: Parser, index: number): ValueSpec {
  const pos = p.pos;
  const names = p.nameList(p.name());
  let type: Expr | null = null;
  let values: Expr[] = [];
  if (p.tok() !== 'EOF' && p.tok() !== 'SEMICOLON' && p.tok() !== 'RPAREN') {
    type = typeOrNil(p);
    if (p.gotAssign()) values = parseExprList(p);
  }
  return { kind: 'ValueSpec', pos, end: Math.max(pos, p.prevEnd), names, type, values, iota: index };
}

/** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ). */
export function parseVarSpec(p: Parser, index: number): ValueSpec {
  const pos = p.pos;
  const names = p.nameList(p.name());
  let type: Expr | null = null;
  let values: Expr[] = [];
  if (p.gotAssign()) values = parseExprList(p);
  else {
    type = parseType(p);
    if (p.gotAssign()) values = parseExprList(p);
  }
  return { kind: 'ValueSpec', pos, end: Math.max(pos, p.prevEnd), names, type, values, iota: index };
}

/** TypeSpec = identifier [ TypeParams ] [ "=" ] Type. */
export function parseTypeSpec(p: Parser): TypeSpec {
  const pos = p.pos;
  const name = p.name();
  const spec: TypeSpec = { kind: 'TypeSpec', pos, end: pos, name, typeParams: null, assign: null, type: name };
  let type: Expr | null = null;
  if (p.tok() === 'LBRACK') {
    // `type T [N]E`, `type T []E`, or type parameters `type T[P any] …`: decide as gc does.
    const lbrack = p.pos;
    p.next();
    if (p.tok() === 'IDENT') {
      let x: Expr = p.name();
      if (p.tok() !== 'LBRACK') {
        p.xnest++;
        x = binaryExpr(p, primaryExpr(p, x), 0);
        p.xnest--;
      }
      const split = extractName(x, p.tok() === 'COMMA');
      if (split.name && (split.type || p.tok() !== 'RBRACK')) {
        const { fields, close } = paramList(p, split.name, split.type, 'RBRACK', true);
        spec.typeParams = { kind: 'FieldList', pos: lbrack, end: p.prevEnd, opening: lbrack, list: fields, closing: close };
        reportUnsupported(p, 'typeParams', lbrack, p.prevEnd);
        if (p.tok() === 'ASSIGN' || p.tok() === 'DEFINE') spec.assign = p.pos;
        p.gotAssign();
        type = typeOrNil(p);
      } else {
        type = arrayType(p, lbrack, x);
      }
    } else if (p.tok() === 'RBRACK') {
      p.next();
      type = sliceType(p, lbrack);
    } else {
      type = arrayType(p, lbrack, null);
    }
  } else {
    if (p.tok() === 'ASSIGN' || p.tok() === 'DEFINE') spec.assign = p.pos;
    p.gotAssign();
    type = typeOrNil(p);
  }
  if (!type) {
    type = p.badExpr();
    p.syntaxError('in type declaration');
    p.advance('SEMICOLON', 'RPAREN');
  }
  spec.type = type;
  spec.end = Math.max(pos, p.prevEnd);
  return spec;
}

/**
 * Splits `x` into a type parameter name and its constraint when `x` can be read as `name type`
 * (`P *C`, `P []E`, `P ~int | string`); with `force`, whenever it syntactically can.
 */
function extractName(x: Expr, force: boolean): { name: Ident | null; type: Expr | null } {
  switch (x.kind) {
    case 'Ident':
      return { name: x, type: null };
    case 'BinaryExpr':
      if (x.op === 'MUL' && x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
        return { name: x.x, type: { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y } };
      }
      if (x.op === 'OR') {
        const inner = extractName(x.x, force || isTypeElem(x.y));
        if (inner.name && inner.type) {
          return { name: inner.name, type: { ...x, pos: inner.type.pos, x: inner.type } };
        }
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis === null && (force || isTypeElem(x.args[0]))) {
        return { name: x.fun, type: x.args[0] };
      }
      break;
  }
  return { name: null, type: x };
}

/** Whether x is certainly a type element (not possibly an ordinary value expression). */
function isTypeElem(x: Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === 'TILDE' || isTypeElem(x.x);
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

/** FunctionDecl / MethodDecl; the `func` keyword (at `pos`) is already consumed. */
export function parseFuncDecl(p: Parser, pos: number): FuncDecl {
  let recv: FieldList | null = null;
  let context = '';
  if (p.tok() === 'LPAREN') {
    context = 'method';
    const open = p.pos;
    p.next();
    const { fields, close } = paramList(p, null, null, 'RPAREN', false);
    recv = { kind: 'FieldList', pos: open, end: p.prevEnd, opening: open, list: fields, closing: close };
    const count = fields.reduce((n, f) => n + Math.max(1, f.names.length), 0);
    if (count === 0) p.error('method has no receiver');
    else if (count > 1) p.error('method has multiple receivers');
  }
  let name: Ident;
  let type: FuncType;
  if (p.tok() === 'IDENT') {
    name = p.name();
    type = parseFuncType(p, context, pos).type;
  } else {
    name = p.ident(p.pos, '_', p.pos);
    type = {
      kind: 'FuncType', pos, end: p.pos, typeParams: null, results: null,
      params: { kind: 'FieldList', pos: p.pos, end: p.pos, opening: NoPos, list: [], closing: NoPos },
    };
    p.syntaxError(context !== '' ? 'expected name' : 'expected name or (');
    p.advance('LBRACE', 'SEMICOLON');
  }
  let body = null;
  if (p.tok() === 'LBRACE') body = parseFuncBody(p);
  return { kind: 'FuncDecl', pos, end: Math.max(pos, p.prevEnd), recv, name, type, body };
}
