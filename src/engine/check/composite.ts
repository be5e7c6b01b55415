// Composite literals: struct (positional or keyed), array, slice and map literals, with elided types.
import type { CompositeLit, Expr } from '../syntax/ast.ts';
import { assignment } from './assignability.ts';
import type { Checker } from './context.ts';
import { constString } from './constant-value.ts';
import { exprString } from './expr-string.ts';
import { expr } from './expr.ts';
import { indexValue } from './index-expr.ts';
import { invalidOperand, type Operand } from './operand.ts';
import { typeString } from './type-string.ts';
import { typExpr } from './typexpr.ts';
import { invalidType, isInvalid, newArray, under, type Struct, type Type } from './types.ts';

export function compositeLit(c: Checker, e: CompositeLit, hint: Type | null): Operand {
  let typ: Type;
  let base: Type;
  if (e.type && e.type.kind === 'ArrayType' && e.type.len?.kind === 'Ellipsis') {
    // [...]T{…}: the length is the number of elements (or the largest index + 1).
    const elem = typExpr(c, e.type.elt);
    const n = indexedElts(c, e.elts, elem, -1);
    typ = isInvalid(elem) ? invalidType : newArray(elem, n);
    c.recordType(e.type, typ);
    return isInvalid(typ) ? invalidOperand(e) : { mode: 'value', type: typ, expr: e };
  } else if (e.type) {
    typ = typExpr(c, e.type);
    base = typ;
  } else if (hint) {
    typ = hint;
    base = hint;
    const u = under(base);
    if (u.kind === 'Pointer') base = u.elem; // `[]*T{{…}}` means `&T{…}`
  } else {
    c.error('missing_type_in_literal', e);
    for (const el of e.elts) if (el.kind !== 'KeyValueExpr') expr(c, el);
    return invalidOperand(e);
  }
  if (isInvalid(typ)) {
    for (const el of e.elts) expr(c, el.kind === 'KeyValueExpr' ? el.value : el);
    return invalidOperand(e);
  }
  const u = under(base);
  switch (u.kind) {
    case 'Struct':
      structElts(c, e, u, base);
      break;
    case 'Array':
      indexedElts(c, e.elts, u.elem, u.len);
      break;
    case 'Slice':
      indexedElts(c, e.elts, u.elem, -1);
      break;
    case 'Map': {
      const seen = new Map<string, Expr>();
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') {
          c.error('missing_map_key', el);
          expr(c, el, u.elem);
          continue;
        }
        const k = expr(c, el.key, u.key);
        assignment(c, k, u.key, 'map literal');
        if (k.mode === 'constant' && k.value) {
          const key = `${k.value.kind}:${constString(k.value)}`;
          // gc names the key by its constant value (`unknown` after an error in its declaration).
          if (seen.has(key)) c.error('duplicate_map_key', el.key, constString(k.value));
          else seen.set(key, el.key);
        }
        const v = expr(c, el.value, u.elem);
        // gc reports nothing about the value of an element whose key was wrong.
        if (k.mode !== 'invalid') assignment(c, v, u.elem, 'map literal');
      }
      break;
    }
    default:
      for (const el of e.elts) expr(c, el.kind === 'KeyValueExpr' ? el.value : el);
      if (!isInvalid(u)) {
        c.error('invalid_composite_type', e.type ?? e, typeString(typ));
        return invalidOperand(e);
      }
      // A type whose declaration failed (e.g. an invalid recursive type): the literal still has it.
      return { mode: 'value', type: typ, expr: e };
  }
  return { mode: 'value', type: typ, expr: e };
}

function structElts(c: Checker, e: CompositeLit, s: Struct, base: Type): void {
  if (e.elts.length === 0) return;
  if (e.elts[0].kind === 'KeyValueExpr') {
    const seen = new Set<string>();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        c.error('mixed_struct_literal', el);
        expr(c, el);
        continue;
      }
      if (el.key.kind !== 'Ident') {
        c.error('invalid_field_name', el.key, exprString(el.key));
        expr(c, el.value);
        continue;
      }
      const i = s.fields.findIndex((f) => f.name === (el.key as { name: string }).name);
      if (i < 0) {
        // gc's hint: a field whose name differs only in case.
        const key = el.key.name;
        const alt = s.fields.find((f) => f.name.toLowerCase() === key.toLowerCase());
        if (alt) c.error('unknown_field_alt', el.key, key, typeString(base), alt.name);
        else c.error('unknown_field', el.key, key, typeString(base));
        expr(c, el.value);
        continue;
      }
      const f = s.fields[i];
      c.info.uses.set(el.key, f);
      c.recordType(el.key, f.type);
      const x = expr(c, el.value, f.type);
      assignment(c, x, f.type, 'struct literal');
      if (seen.has(f.name)) {
        c.error('duplicate_field', el.key, f.name);
        continue;
      }
      seen.add(f.name);
    }
    return;
  }
  let reported = false;
  e.elts.forEach((el, i) => {
    if (el.kind === 'KeyValueExpr') {
      c.error('mixed_struct_literal', el);
      expr(c, el.value);
      return;
    }
    const x = expr(c, el, i < s.fields.length ? s.fields[i].type : null);
    if (i >= s.fields.length) {
      if (!reported) c.error('too_many_struct_values', el, typeString(base));
      reported = true;
      return;
    }
    assignment(c, x, s.fields[i].type, 'struct literal');
  });
  if (e.elts.length < s.fields.length && !e.elts.some((el) => el.kind === 'KeyValueExpr')) {
    c.error('too_few_struct_values', { pos: e.rbrace, end: e.rbrace + 1 }, typeString(base));
  }
}

/** Elements of an array or slice literal; returns the literal's length (go/types indexedElts). */
function indexedElts(c: Checker, elts: Expr[], elem: Type, length: number): number {
  let index = 0;
  let max = 0;
  const visited = new Set<number>();
  for (const el of elts) {
    let validIndex = false;
    let value = el;
    if (el.kind === 'KeyValueExpr') {
      const r = indexValue(c, el.key, length);
      if (r.valid) {
        if (r.value >= 0) {
          index = r.value;
          validIndex = true;
        } else c.error('index_must_be_constant', el, exprString(el.key));
      }
      value = el.value;
    } else if (length >= 0 && index >= length) {
      c.error('array_index_out_of_bounds', el, String(index), String(length));
    } else validIndex = true;
    if (validIndex) {
      if (visited.has(index)) c.error('duplicate_index', el, String(index));
      visited.add(index);
    }
    index++;
    if (index > max) max = index;
    const x = expr(c, value, elem);
    assignment(c, x, elem, 'array or slice literal');
  }
  return max;
}
