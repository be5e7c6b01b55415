// Index and slice expressions: `a[i]`, `m[k]`, `s[lo:hi:max]`, with constant bounds checks.
import type { Expr, IndexExpr, SliceExpr } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import { constString } from './constant-value.ts';
import { representable, sign } from './constants.ts';
import { exclude, expr, rawExpr, singleValue } from './expr.ts';
import { convertUntyped } from './untyped.ts';
import { assignment } from './assignability.ts';
import { invalidOperand, operandString, type Operand, isInvalidOperand } from './operand.ts';
import { isInteger, isString, isUntyped } from './predicates.ts';
import { newSlice, under, type Type } from './types.ts';
import { Typ } from './universe.ts';
import { intValue } from './constant-value.ts';

export function indexExpr(c: Checker, e: IndexExpr): Operand {
  // `List[int]` / `F[int]`: a generic instantiation, reported by the parser as unsupported.
  const raw = rawExpr(c, e.x, null);
  if (raw.mode === 'builtin') {
    c.error('cannot_index', { pos: e.lbrack, end: e.lbrack + 1 }, operandString(raw));
    rawExpr(c, e.index, null);
    return invalidOperand(e);
  }
  if (raw.mode === 'typexpr' || raw.mode === 'invalid') {
    // The index is still evaluated (its names count as used), as go/types does.
    if (raw.mode === 'typexpr') typeArgsQuietly(c, e.index);
    else rawExpr(c, e.index, null);
    return invalidOperand(e);
  }
  const x = raw;
  exclude(c, x, true);
  singleValue(c, x);
  if (x.mode === 'invalid') {
    expr(c, e.index);
    return invalidOperand(e);
  }
  const u = under(x.type);
  if (isString(x.type)) {
    const len = x.mode === 'constant' && x.value?.kind === 'string' ? utf8Length(x.value.value) : -1;
    const i = index(c, e.index, len);
    if (x.mode === 'constant' && i >= 0 && x.value?.kind === 'string') {
      return { mode: 'constant', type: Typ.byte, value: intValue(utf8Bytes(x.value.value)[i]), expr: e };
    }
    return { mode: 'value', type: Typ.byte, expr: e };
  }
  switch (u.kind) {
    case 'Array':
      index(c, e.index, u.len);
      return { mode: x.mode === 'variable' ? 'variable' : 'value', type: u.elem, expr: e };
    case 'Pointer': {
      const a = under(u.elem);
      if (a.kind === 'Array') {
        index(c, e.index, a.len);
        return { mode: 'variable', type: a.elem, expr: e };
      }
      break;
    }
    case 'Slice':
      index(c, e.index, -1);
      return { mode: 'variable', type: u.elem, expr: e };
    case 'Map': {
      const k = expr(c, e.index, u.key);
      assignment(c, k, u.key, 'map index');
      return { mode: 'mapindex', type: u.elem, expr: e };
    }
  }
  c.error('cannot_index', { pos: e.lbrack, end: e.lbrack + 1 }, operandString(x));
  expr(c, e.index);
  return invalidOperand(e);
}

/** Checks an index against length `max` (-1 when unknown); returns the constant index or -1. */
export function index(c: Checker, e: Expr, max: number): number {
  return indexValue(c, e, max).value;
}

/** Like index, also telling whether the index was valid (a valid non-constant index has value -1). */
export function indexValue(c: Checker, e: Expr, max: number): { valid: boolean; value: number } {
  const x = expr(c, e);
  if (!validIndex(c, x, 'index', false)) return { valid: false, value: -1 };
  if (x.mode !== 'constant' || x.value?.kind !== 'int') return { valid: true, value: -1 };
  const v = Number(x.value.value);
  if (max >= 0 && v >= max) {
    c.error('index_out_of_bounds', e, constString(x.value), String(max));
    return { valid: false, value: -1 };
  }
  return { valid: true, value: v };
}

export function validIndex(c: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === 'invalid') return false;
  if (isUntyped(x.type)) convertUntyped(c, x, Typ.int);
  if (isInvalidOperand(x)) return false;
  const at = x.expr ?? { pos: 0, end: 0 };
  if (!isInteger(x.type)) {
    c.error('index_not_integer', at, `${what === 'index' ? '' : what + ' '}${operandString(x)}`);
    return false;
  }
  if (x.mode === 'constant' && x.value) {
    if (!allowNegative && sign(x.value) < 0) {
      c.error('negative_index', at, operandString(x));
      return false;
    }
    if (!representable(x.value, 'int').ok) {
      c.error('overflows', at, `invalid argument: index ${operandString(x)}`, 'int');
      return false;
    }
  }
  return true;
}

export function sliceExpr(c: Checker, e: SliceExpr): Operand {
  const x = expr(c, e.x);
  const bounds = [e.low, e.high, e.max];
  if (x.mode === 'invalid') {
    for (const b of bounds) if (b) expr(c, b);
    return invalidOperand(e);
  }
  let result: Type | null = null;
  let max = -1;
  const u = under(x.type);
  if (isString(x.type)) {
    if (e.slice3) {
      // gc stops at this error without looking at the indices.
      c.error('slice3_string', e.max ?? e);
      return invalidOperand(e);
    }
    result = isUntyped(x.type) ? Typ.string : x.type;
    if (x.mode === 'constant' && x.value?.kind === 'string') max = utf8Length(x.value.value);
  } else if (u.kind === 'Array') {
    if (x.mode !== 'variable') {
      c.error('slice_unaddressable', e.x, operandString(x));
      return invalidOperand(e);
    }
    result = newSlice(u.elem);
    max = u.len;
  } else if (u.kind === 'Pointer' && under(u.elem).kind === 'Array') {
    const a = under(u.elem) as { elem: Type; len: number };
    result = newSlice(a.elem);
    max = a.len;
  } else if (u.kind === 'Slice') {
    result = x.type;
  }
  if (result === null) {
    c.error('cannot_slice', e.x, operandString(x));
    return invalidOperand(e);
  }
  for (const b of bounds) if (b) index(c, b, max >= 0 ? max + 1 : -1);
  return { mode: 'value', type: result, expr: e };
}

function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

export function utf8Length(s: string): number {
  return utf8Bytes(s).length;
}

/** Evaluates the type arguments of an unsupported instantiation only to mark the names they use. */
function typeArgsQuietly(c: Checker, e: Expr): void {
  c.quiet++;
  try {
    rawExpr(c, e, null);
  } finally {
    c.quiet--;
  }
}
