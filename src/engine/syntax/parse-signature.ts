// Function signatures and parameter lists: `(a, b int, s ...string) (n int, err error)`, type
// parameter lists, receivers.
//
// Follows gc's parser (cmd/compile/internal/syntax/parser.go, Go 1.23): parameters are parsed one
// by one, then names and types are distributed right to left (`a, b int`), with gc's
// "mixed named and unnamed parameters" / "missing type constraint" errors. Consecutive names
// sharing a type become one Field, as in go/ast.
import type { Expr, Field, FieldList, FuncType, Ident } from './ast.ts';
import type { Parser } from './parser-base.ts';
import { tokstring } from './parser-base.ts';
import { arrayOrTArgs, embeddedElem, qualifiedName, typeOrNil } from './parse-type.ts';
import { reportUnsupported } from './unsupported.ts';
import { NoPos } from '../source/source-file.ts';

/**
 * Signature after `func` (and the name, for declarations): optional type parameters, then
 * parameters and results. `context` non-empty means type parameters are not allowed there.
 */
export function parseFuncType(p: Parser, context: string, funcPos: number): { typeParams: FieldList | null; type: FuncType } {
  return p.nested(() => funcTypeInner(p, context, funcPos), () => {
    const pos = p.pos;
    const params: FieldList = { kind: 'FieldList', pos, end: pos, opening: NoPos, list: [], closing: NoPos };
    return { typeParams: null, type: { kind: 'FuncType', pos, end: pos, typeParams: null, params, results: null } };
  });
}

function funcTypeInner(p: Parser, context: string, funcPos: number): { typeParams: FieldList | null; type: FuncType } {
  const pos = funcPos === NoPos ? p.pos : funcPos;
  let typeParams: FieldList | null = null;
  if (p.tok() === 'LBRACK') {
    const open = p.pos;
    p.next();
    if (context !== '') p.syntaxErrorAt(open, context + ' must have no type parameters');
    if (p.tok() === 'RBRACK') {
      p.syntaxError('empty type parameter list');
      p.next();
    } else {
      const { fields, close } = paramList(p, null, null, 'RBRACK', true);
      typeParams = { kind: 'FieldList', pos: open, end: p.prevEnd, opening: open, list: fields, closing: close };
      if (context === '') reportUnsupported(p, 'typeParams', open, p.prevEnd);
    }
  }
  const open = p.pos;
  p.want('LPAREN');
  const { fields, close } = paramList(p, null, null, 'RPAREN', false);
  const params: FieldList = { kind: 'FieldList', pos: open, end: p.prevEnd, opening: open, list: fields, closing: close };
  const results = funcResult(p);
  const type: FuncType = { kind: 'FuncType', pos, end: results ? results.end : params.end, typeParams: null, params, results };
  type.typeParams = typeParams;
  return { typeParams, type };
}

/** Result = Parameters | Type. */
function funcResult(p: Parser): FieldList | null {
  if (p.tok() === 'LPAREN') {
    const open = p.pos;
    p.next();
    const { fields, close } = paramList(p, null, null, 'RPAREN', false);
    return { kind: 'FieldList', pos: open, end: p.prevEnd, opening: open, list: fields, closing: close };
  }
  const pos = p.pos;
  const t = typeOrNil(p);
  if (!t) return null;
  const f: Field = { kind: 'Field', pos, end: t.end, names: [], type: t, tag: null };
  return { kind: 'FieldList', pos, end: t.end, opening: NoPos, list: [f], closing: NoPos };
}

/** One parameter as parsed, before names and types are distributed. */
interface Param {
  pos: number;
  name: Ident | null;
  type: Expr | null;
}

/** ParameterDecl = [ IdentifierList ] [ "..." ] Type; null after an error. */
function paramDeclOrNil(p: Parser, name: Ident | null, follow: 'RPAREN' | 'RBRACK'): Param | null {
  const typeSetsOk = follow === 'RBRACK';
  let pos = p.pos;
  if (name) pos = name.pos;
  else if (typeSetsOk && p.tok() === 'TILDE') return { pos, name: null, type: embeddedElem(p, null) };

  const f: Param = { pos, name: null, type: null };
  if (p.tok() === 'IDENT' || name) {
    if (!name) name = p.name();
    if (p.tok() === 'LBRACK') {
      const t = arrayOrTArgs(p);
      if (t.kind === 'IndexExpr') {
        t.x = name;
        t.pos = name.pos;
        reportUnsupported(p, 'instantiation', t.pos, t.end);
        f.type = t;
      } else {
        f.name = name;
        f.type = t;
      }
      if (typeSetsOk && p.tok() === 'OR') f.type = embeddedElem(p, f.type);
      return f;
    }
    if (p.tok() === 'PERIOD') {
      f.type = qualifiedName(p, name);
      if (typeSetsOk && p.tok() === 'OR') f.type = embeddedElem(p, f.type);
      return f;
    }
    if (typeSetsOk && p.tok() === 'OR') {
      f.type = embeddedElem(p, name);
      return f;
    }
    f.name = name;
  }
  if (p.tok() === 'ELLIPSIS') {
    const epos = p.pos;
    p.next();
    let elt = typeOrNil(p);
    if (!elt) {
      elt = p.badExpr();
      p.syntaxError('... is missing type');
    }
    f.type = { kind: 'Ellipsis', pos: epos, end: elt.end, elt };
    return f;
  }
  if (typeSetsOk && p.tok() === 'TILDE') {
    f.type = embeddedElem(p, null);
    return f;
  }
  f.type = typeOrNil(p);
  if (typeSetsOk && p.tok() === 'OR' && f.type) f.type = embeddedElem(p, f.type);
  if (f.name || f.type) return f;
  p.syntaxError('expected ' + tokstring(follow));
  p.advance('COMMA', follow);
  return null;
}

/**
 * Parameters after `(` or `[` up to `close`, grouped into Fields like go/ast (`a, b int` is one
 * Field). `name`/`type` are an already parsed first parameter (type declarations).
 */
export function paramList(p: Parser, name: Ident | null, typ: Expr | null, close: 'RPAREN' | 'RBRACK', requireNames: boolean): { fields: Field[]; close: number } {
  if (name && typ && p.tok() === close) {
    const closePos = p.pos;
    p.next();
    return { fields: [{ kind: 'Field', pos: name.pos, end: typ.end, names: [name], type: typ, tag: null }], close: closePos };
  }
  const savedInTypeParams = p.inTypeParams;
  if (requireNames) p.inTypeParams = true;
  try {
    return paramListInner(p, name, typ, close, requireNames);
  } finally {
    p.inTypeParams = savedInTypeParams;
  }
}

function paramListInner(p: Parser, name: Ident | null, typ: Expr | null, close: 'RPAREN' | 'RBRACK', requireNames: boolean): { fields: Field[]; close: number } {
  const list: Param[] = [];
  let named = 0;
  let typed = 0;
  const end = p.list('parameter list', 'COMMA', close, () => {
    let par: Param | null;
    if (typ && name) par = { pos: name.pos, name, type: typ };
    else par = paramDeclOrNil(p, name, close);
    name = null;
    typ = null;
    if (par) {
      if (par.name && par.type) named++;
      if (par.type) typed++;
      list.push(par);
    }
    return false;
  });
  if (list.length === 0) return { fields: [], close: end };

  if (named === 0 && !requireNames) {
    // All unnamed: lone names are type names.
    for (const par of list) {
      if (par.name) {
        par.type = par.name;
        par.name = null;
      }
    }
  } else if (named !== list.length) {
    // Some named: every parameter must be, and types distribute right to left (`a, b int`).
    let errPos = -1;
    let t: Expr | null = null;
    for (let i = list.length - 1; i >= 0; i--) {
      const par = list[i];
      if (par.type) {
        t = par.type;
        if (!par.name) {
          errPos = t.pos;
          par.name = p.ident(errPos, '_', errPos);
        }
      } else if (t) {
        par.type = t;
      } else {
        errPos = par.name!.pos;
        par.type = { kind: 'BadExpr', pos: errPos, end: errPos };
      }
    }
    if (errPos >= 0) {
      let msg: string;
      if (requireNames) {
        if (named === typed) {
          errPos = end;
          msg = 'missing type constraint';
        } else {
          msg = 'missing type parameter name';
          if (list.length === 1) msg += ' or invalid array length';
        }
      } else {
        msg = 'mixed named and unnamed parameters';
      }
      p.syntaxErrorAt(errPos, msg);
    }
  }
  return { fields: groupParams(list), close: end };
}

/** Consecutive named parameters sharing one type node form one Field (`a, b int`). */
function groupParams(list: Param[]): Field[] {
  const fields: Field[] = [];
  for (const par of list) {
    const type = par.type!;
    const last = fields[fields.length - 1];
    if (par.name && last && last.names.length > 0 && last.type === type) {
      last.names.push(par.name);
      continue;
    }
    fields.push({ kind: 'Field', pos: par.name ? par.name.pos : type.pos, end: type.end, names: par.name ? [par.name] : [], type, tag: null });
  }
  return fields;
}
