// Type expressions: turning `[]int`, `map[string]*T`, `func(int) error`, `struct{…}` into types.
import type { Expr, FieldList, FuncType, InterfaceType, StructType } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import { exprString } from './expr-string.ts';
import { expr, rawExpr } from './expr.ts';
import { comparable, isInteger, isUntyped } from './predicates.ts';
import { representable } from './constants.ts';
import { typeString } from './type-string.ts';
import {
  invalidType, isInvalid, newArray, newChan, newField, newFunc, newInterface, newMap, newParam, newPointer,
  newSignature, newSlice, newStruct, under, type Func, type Signature, type Type, type Var,
} from './types.ts';
import { operandString } from './operand.ts';

/** Evaluates e as a type; reports "X is not a type" for anything else. Returns invalidType on error. */
export function typExpr(c: Checker, e: Expr): Type {
  const t = typInternal(c, e);
  c.recordType(e, t);
  return t;
}

function typInternal(c: Checker, e: Expr): Type {
  switch (e.kind) {
    case 'Ident': case 'SelectorExpr': {
      if (e.kind === 'Ident') {
        const obj = c.scope.lookup(e.name);
        if (obj && obj.kind === 'PkgName') {
          c.error('not_a_type', e, e.name);
          return invalidType;
        }
      }
      const base = e.kind === 'SelectorExpr' && e.x.kind === 'Ident' ? c.scope.lookup(e.x.name) : undefined;
      if (e.kind === 'SelectorExpr' && e.x.kind === 'Ident' && base && base.kind !== 'PkgName') {
        // `int.Int64` / `wg.WaitGroup` where a type is expected: only a package member can be a type.
        const x = rawExpr(c, e.x, null);
        if (x.mode !== 'invalid') c.error('not_a_type', e.sel, exprString(e));
        return invalidType;
      }
      const x = rawExpr(c, e, null);
      if (x.mode === 'invalid') return invalidType;
      if (x.mode !== 'typexpr') {
        c.error('not_a_type', e, exprString(e));
        return invalidType;
      }
      return x.type;
    }
    case 'ParenExpr':
      return typExpr(c, e.x);
    case 'StarExpr': {
      // A pointer to an invalid type is invalid (go/types: it only leads to follow-on errors); other
      // composite types keep invalid parts, and messages mentioning "invalid type" are suppressed.
      const base = typExpr(c, e.x);
      return isInvalid(base) ? invalidType : newPointer(base);
    }
    case 'ArrayType': {
      if (e.len === null) {
        return newSlice(typExpr(c, e.elt));
      }
      if (e.len.kind === 'Ellipsis') {
        c.error('invalid_array_length', e.len, '...');
        typExpr(c, e.elt);
        return invalidType;
      }
      // An array whose length is invalid is an invalid type (gc then reports its uses).
      const n = arrayLength(c, e.len);
      const elem = typExpr(c, e.elt);
      return n < 0 ? invalidType : newArray(elem, n);
    }
    case 'MapType': {
      const key = typExpr(c, e.key);
      const elem = typExpr(c, e.value);
      // The key must be comparable; a key type still being declared (type G map[G]int) is checked
      // once declarations are complete, as gc does. The map type stays valid either way.
      const checkKey = () => {
        if (!isInvalid(key) && !isInvalid(under(key)) && !comparable(key)) c.error('invalid_map_key', e.key, typeString(key));
      };
      if (key.kind === 'Named' && key.underlying === null) c.later.push(checkKey);
      else checkKey();
      return newMap(key, elem);
    }
    case 'ChanType': {
      return newChan(e.dir, typExpr(c, e.value));
    }
    case 'FuncType':
      return funcType(c, e, null).sig;
    case 'StructType':
      return structType(c, e);
    case 'InterfaceType':
      return interfaceType(c, e);
    case 'BadExpr':
      return invalidType;
    case 'IndexExpr':
      // A generic instantiation (reported by the parser as unsupported): quietly invalid, but its
      // names still count as used.
      c.quiet++;
      try {
        rawExpr(c, e, null);
      } finally {
        c.quiet--;
      }
      return invalidType;
    default: {
      const x = rawExpr(c, e, null);
      if (x.mode !== 'invalid') c.error('not_a_type', e, exprString(e));
      return invalidType;
    }
  }
}

/** The length of `[N]T`: a non-negative integer constant. Returns -1 after an error. */
export function arrayLength(c: Checker, e: Expr): number {
  // A lone name gets its own messages (it may be a generic type parameter with a missing constraint).
  if (e.kind === 'Ident') {
    const obj = c.scope.lookup(e.name);
    if (!obj) {
      c.error('undefined_array_length', e, e.name);
      return -1;
    }
    if (obj.kind !== 'Const') {
      c.error('invalid_array_length', e, e.name);
      return -1;
    }
  }
  const x = expr(c, e);
  if (x.mode !== 'constant') {
    if (x.mode !== 'invalid') c.error('array_length_not_const', e, operandString(x));
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const r = x.value ? representable(x.value, 'int') : null;
    if (r && r.ok && r.value.kind === 'int' && r.value.value >= 0n) return Number(r.value.value);
  }
  if (isInteger(x.type)) c.error('invalid_array_length', e, operandString(x));
  else c.error('array_length_not_int', e, operandString(x));
  return -1;
}

/** A function's signature; params and results are also declared in `scopeVars` for the body. */
export function funcType(c: Checker, e: FuncType, recv: Var | null): { sig: Signature; params: Var[]; results: Var[] } {
  const params = fieldVars(c, e.params, true);
  const results = e.results ? fieldVars(c, e.results, false) : { vars: [], variadic: false };
  const sig = newSignature(params.vars, results.vars, params.variadic, recv);
  return { sig, params: params.vars, results: results.vars };
}

function fieldVars(c: Checker, l: FieldList, allowVariadic: boolean): { vars: Var[]; variadic: boolean } {
  const vars: Var[] = [];
  let variadic = false;
  l.list.forEach((f, i) => {
    let t: Type;
    if (f.type.kind === 'Ellipsis') {
      const elem = f.type.elt ? typExpr(c, f.type.elt) : invalidType;
      if (!allowVariadic || i !== l.list.length - 1 || f.names.length > 1) c.error('variadic_not_last', f.type);
      else variadic = true;
      t = isInvalid(elem) ? invalidType : newSlice(elem);
    } else t = typExpr(c, f.type);
    if (f.names.length === 0) vars.push(newParam('', t, 'main', f.type.pos));
    for (const n of f.names) {
      const v = newParam(n.name, t, 'main', n.pos);
      c.info.defs.set(n, n.name === '_' ? null : v);
      vars.push(v);
    }
  });
  return { vars, variadic };
}

function structType(c: Checker, e: StructType): Type {
  const fields: Var[] = [];
  const tags: (string | null)[] = [];
  const seen = new Map<string, Var>();
  for (const f of e.fields.list) {
    const t = typExpr(c, f.type);
    const tag = f.tag ? f.tag.value.slice(1, -1) : null;
    const add = (name: string, pos: number, embedded: boolean, at: Expr) => {
      const v = newField(name, t, 'main', embedded, pos);
      if (name !== '_' && seen.has(name)) {
        // A duplicate field is reported and left out of the struct (as go/types does).
        const prev = seen.get(name)!;
        const p = c.file.position(prev.pos);
        c.error('field_redeclared', at, name, `${c.file.name}:${p.line}:${p.column}`, name);
        return v;
      }
      seen.set(name, v);
      fields.push(v);
      tags.push(tag);
      return v;
    };
    if (f.names.length === 0) {
      // Embedded field: its name is the type name (without package qualifier or pointer).
      let te: Expr = f.type;
      if (te.kind === 'StarExpr') te = te.x;
      const name = te.kind === 'Ident' ? te.name : te.kind === 'SelectorExpr' ? te.sel.name : '_';
      if (f.type.kind === 'StarExpr' && !isInvalid(t) && t.kind === 'Pointer' && under(t.elem).kind === 'Interface') {
        c.error('embedded_pointer_iface', f.type);
      }
      add(name, te.pos, true, te);
    } else {
      for (const n of f.names) {
        const v = add(n.name, n.pos, false, n);
        if (fields.includes(v)) c.info.defs.set(n, v);
      }
    }
  }
  return newStruct(fields, tags);
}

function interfaceType(c: Checker, e: InterfaceType): Type {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  for (const f of e.methods.list) {
    if (f.names.length > 0 && f.type.kind === 'FuncType') {
      const { sig } = funcType(c, f.type, null);
      for (const n of f.names) {
        const prev = methods.find((m) => m.name === n.name);
        if (prev && n.name !== '_') {
          const p = c.file.position(prev.pos);
          c.error('duplicate_method', n, n.name, `${c.file.name}:${p.line}:${p.column}`, n.name);
          continue;
        }
        const m = newFunc(n.name, sig, 'main', n.pos);
        c.info.defs.set(n, m);
        methods.push(m);
      }
    } else if ((f.type.kind === 'UnaryExpr' && f.type.op === 'TILDE') || (f.type.kind === 'BinaryExpr' && f.type.op === 'OR')) {
      // A type-set element (`~int | ~float64`): constraints only, reported by the parser.
      c.quiet++;
      try {
        rawExpr(c, f.type, null);
      } finally {
        c.quiet--;
      }
    } else {
      const t = typExpr(c, f.type);
      if (!isInvalid(t)) embeddeds.push(t);
    }
  }
  const iface = newInterface(methods, embeddeds);
  return iface;
}
