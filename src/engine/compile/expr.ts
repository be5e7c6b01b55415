// Expressions to bytecode: constants, variables, operators, selectors, indexing, literals, closures.
import { allocate } from '../vm/heap-budget.ts';
import type { BinaryExpr, CompositeLit, Expr, Ident, IndexExpr, SelectorExpr, UnaryExpr } from '../syntax/ast.ts';
import { under, type Type } from '../check/types.ts';
import { defaultType, isInterface } from '../check/predicates.ts';
import type { ConstValue } from '../check/constant-value.ts';
import { Op } from '../vm/opcodes.ts';
import { IntKind } from '../vm/opcodes.ts';
import { Iface } from '../runtime/values/iface.ts';
import { toByteString } from '../runtime/values/bytes.ts';
import { ElemRef } from '../runtime/values/elem-ref.ts';
import type { FuncCompiler } from './func-compiler.ts';
import { copyValue, isAggregate, zeroValue } from './types-rt.ts';
import { compileCall } from './call.ts';
import { compileClosure } from './body.ts';
import { indexNative, sliceExprNative, equalNative, sliceLitNative } from './value-natives.ts';
import { mapIndexNative, makeMapNative, mapAssignNative, mapStoreNative } from '../runtime/std/map-natives.ts';
import { chanRecv, type Chan } from '../runtime/std/chan.ts';
import { compileTypeAssert } from './type-assert.ts';

export function typeOf(fc: FuncCompiler, e: Expr): Type {
  const tv = fc.pc.info.types.get(e);
  if (!tv) throw new Error(`compiler: no type for expression at ${fc.pc.line(e.pos)}`);
  return fc.pc.info.conversions.get(e) ?? tv.type;
}

/** The Go type of e as written (before any implicit conversion to its context). */
function ownType(fc: FuncCompiler, e: Expr): Type {
  const tv = fc.pc.info.types.get(e)!;
  const t = tv.type;
  if (t.kind === 'Basic' && t.basic.startsWith('untyped')) return fc.pc.info.conversions.get(e) ?? defaultType(t);
  return t;
}

/** Expressions that produce a fresh aggregate (no copy needed when stored). */
function isFresh(e: Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'CompositeLit' || e.kind === 'CallExpr';
}

/** Compiles e into register dst, converted to `target` (an interface target boxes the dynamic type). */
export function exprAs(fc: FuncCompiler, e: Expr, target: Type | null, dst: number): void {
  exprTo(fc, e, dst);
  const t = ownType(fc, e);
  if (target !== null && isInterface(target) && !isInterface(t)) {
    if (isNilIdent(fc, e)) return;
    const id = fc.pc.native(`iface:${fc.pc.typeKey(t)}`, () => (_m, _g, regs, a) => {
      regs[a] = new Iface(t, regs[a]);
    });
    fc.b.emit(Op.NATIVE, dst, id, 0);
  } else if (isAggregate(t) && !isFresh(e)) {
    emitCopy(fc, t, dst);
  }
}

export function emitCopy(fc: FuncCompiler, t: Type, dst: number): void {
  const id = fc.pc.native(`copy:${fc.pc.typeKey(t)}`, () => {
    const words = aggregateWords(t);
    return (m, _g, regs, a) => {
      allocate(m, words);
      regs[a] = copyValue(t, regs[a]);
    };
  });
  fc.b.emit(Op.NATIVE, dst, id, 0);
}

export function emitZero(fc: FuncCompiler, t: Type, dst: number): void {
  const u = under(t);
  if (u.kind === 'Basic') {
    const z = zeroValue(t);
    if (z === 0) fc.b.emit(Op.LOADI, dst, 0);
    else if (z === false) fc.b.emit(Op.LOADBOOL, dst, 0);
    else fc.b.emit(Op.LOADK, dst, fc.b.constant(z));
    return;
  }
  if (!isAggregate(t)) {
    fc.b.emit(Op.LOADNIL, dst);
    return;
  }
  const id = fc.pc.native(`zero:${fc.pc.typeKey(t)}`, () => {
    const words = aggregateWords(t);
    return (m, _g, regs, a) => {
      allocate(m, words);
      regs[a] = zeroValue(t);
    };
  });
  fc.b.emit(Op.NATIVE, dst, id, 0);
}

/** A struct's or array's size for the memory budget: one word per field or element (arrays of structs multiply). */
function aggregateWords(t: Type): number {
  const u = under(t);
  if (u.kind === 'Struct') return Math.max(1, u.fields.reduce((n, f) => n + (isAggregate(f.type) ? aggregateWords(f.type) : 1), 0));
  if (u.kind === 'Array') return Math.max(1, u.len * (isAggregate(u.elem) ? aggregateWords(u.elem) : 1));
  return 1;
}

/** Sized integer kinds of 32 bits or fewer (WRAP kinds 1–3 and 5–7): their products wrap through Math.imul. */
export function isNarrowIntKind(k: number): boolean {
  return (k >= 1 && k <= 3) || (k >= 5 && k <= 7);
}

function isNilIdent(fc: FuncCompiler, e: Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'Ident' && fc.pc.info.uses.get(e)?.kind === 'Nil';
}

/** The JS value of a constant of type t. */
export function constValue(v: ConstValue, t: Type): unknown {
  switch (v.kind) {
    case 'bool':
      return v.value;
    case 'string':
      return toByteString(v.value);
    case 'int': {
      const u = under(t);
      if (u.kind === 'Basic' && u.basic === 'float32') return Math.fround(Number(v.value));
      return Number(v.value);
    }
    case 'float': {
      const u = under(t);
      return u.kind === 'Basic' && u.basic === 'float32' ? Math.fround(v.value) : v.value;
    }
    default:
      return 0;
  }
}

/** A register holding e's value: a plain local's own register when possible, else a new temporary. */
export function exprReg(fc: FuncCompiler, e: Expr): number {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'Ident') {
    const obj = fc.pc.info.uses.get(e);
    if (obj && obj.kind === 'Var') {
      const s = fc.slot(obj);
      if (s.kind === 'reg') return s.r;
    }
  }
  const r = fc.temp();
  exprTo(fc, e, r);
  return r;
}

export function exprTo(fc: FuncCompiler, e: Expr, dst: number): void {
  const info = fc.pc.info;
  const tv = info.types.get(e);
  if (tv && tv.mode === 'constant' && tv.value) {
    const t = typeOf(fc, e);
    const v = constValue(tv.value, t);
    if (typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31 && !Object.is(v, -0)) fc.b.emit(Op.LOADI, dst, v);
    else if (typeof v === 'boolean') fc.b.emit(Op.LOADBOOL, dst, v ? 1 : 0);
    else fc.b.emit(Op.LOADK, dst, fc.b.constant(v));
    return;
  }
  switch (e.kind) {
    case 'ParenExpr':
      return exprTo(fc, e.x, dst);
    case 'Ident':
      return ident(fc, e, dst);
    case 'FuncLit':
      return compileClosure(fc, e, dst);
    case 'BinaryExpr':
      return binary(fc, e, dst);
    case 'UnaryExpr':
      return unary(fc, e, dst);
    case 'CallExpr':
      return compileCall(fc, e, dst, 1);
    case 'SelectorExpr':
      return selector(fc, e, dst);
    case 'IndexExpr':
      return index(fc, e, dst, false);
    case 'StarExpr': {
      const p = exprReg(fc, e.x);
      const t = typeOf(fc, e);
      if (isAggregate(t)) {
        // A pointer to an aggregate is the aggregate: check for nil, the value is the same object.
        fc.b.emit(Op.MOVE, dst, p);
        const id = fc.pc.native('nilcheck', () => nilCheck);
        fc.b.emit(Op.NATIVE, dst, id, 0);
      } else {
        const id = fc.pc.native('deref', () => deref);
        fc.b.emit(Op.MOVE, dst + 0, p);
        fc.b.emit(Op.NATIVE, dst, id, 0);
      }
      return;
    }
    case 'CompositeLit':
      return composite(fc, e, dst);
    case 'TypeAssertExpr':
      return compileTypeAssert(fc, e, dst, false);
    case 'SliceExpr': {
      const base = fc.temps(5);
      exprTo(fc, e.x, base + 1);
      const opt = (x: Expr | null, r: number) => (x ? exprTo(fc, x, r) : fc.b.emit(Op.LOADNIL, r));
      opt(e.low, base + 2);
      opt(e.high, base + 3);
      opt(e.max, base + 4);
      // One native for every kind: it dispatches on the value (string, slice or array).
      const id = fc.pc.native('slice', sliceExprNative);
      fc.b.emit(Op.NATIVE, base, id, 4);
      fc.b.emit(Op.MOVE, dst, base);
      return;
    }
    default:
      throw new Unsupported(fc, e, `this kind of expression (${e.kind}) is not supported yet`);
  }
}

export class Unsupported extends Error {
  constructor(
    readonly fc: FuncCompiler,
    readonly node: { pos: number },
    message: string,
  ) {
    super(message);
  }
}

const nilCheck = (_m: unknown, _g: unknown, regs: unknown[], a: number): void => {
  if (regs[a] === null) throw nilDerefPanic();
};
const deref = (_m: unknown, _g: unknown, regs: unknown[], a: number): void => {
  const p = regs[a] as { v: unknown } | null;
  if (p === null) throw nilDerefPanic();
  regs[a] = p.v;
};
import { nilDeref as nilDerefPanic } from '../vm/runtime-errors.ts';
import { methodExpr, methodValue } from './method-value.ts';

function ident(fc: FuncCompiler, e: Ident, dst: number): void {
  const obj = fc.pc.info.uses.get(e);
  if (!obj) throw new Unsupported(fc, e, `unresolved name ${e.name}`);
  switch (obj.kind) {
    case 'Nil':
      fc.b.emit(Op.LOADNIL, dst);
      return;
    case 'Func': {
      const c = fc.pc.funcs.get(obj);
      if (!c) throw new Unsupported(fc, e, `function value ${e.name}`);
      fc.b.emit(Op.LOADK, dst, fc.b.constant(c));
      return;
    }
    case 'Var':
      loadVar(fc, obj, dst);
      return;
    default:
      throw new Unsupported(fc, e, `use of ${obj.kind} ${e.name} as a value`);
  }
}

export function loadVar(fc: FuncCompiler, v: import('../check/types.ts').Var, dst: number): void {
  const s = fc.slot(v);
  switch (s.kind) {
    case 'reg':
      if (s.r !== dst) fc.b.emit(Op.MOVE, dst, s.r);
      return;
    case 'cell':
      fc.b.emit(Op.LOADCELL, dst, s.r);
      return;
    case 'up':
      fc.b.emit(Op.GETUP, dst, s.i);
      return;
    case 'global': {
      fc.b.emit(Op.LOADK, dst, fc.b.constant(s.cell));
      fc.b.emit(Op.LOADCELL, dst, dst);
      return;
    }
  }
}

function intKind(t: Type): number {
  const u = under(t);
  if (u.kind !== 'Basic') return 0;
  switch (u.basic) {
    case 'int8': return IntKind.int8;
    case 'int16': return IntKind.int16;
    case 'int32': return IntKind.int32;
    case 'uint8': return IntKind.uint8;
    case 'uint16': return IntKind.uint16;
    case 'uint32': return IntKind.uint32;
    case 'uint': case 'uint64': case 'uintptr': return IntKind.uint64;
    default: return 0;
  }
}

function basicClass(t: Type): 'int' | 'float' | 'string' | 'bool' | 'other' {
  const u = under(t);
  if (u.kind !== 'Basic') return 'other';
  const b = u.basic;
  if (b === 'string' || b === 'untyped string') return 'string';
  if (b === 'bool' || b === 'untyped bool') return 'bool';
  if (b === 'float32' || b === 'float64' || b === 'untyped float') return 'float';
  if (b.startsWith('complex') || b === 'untyped complex') return 'other';
  return 'int';
}

function binary(fc: FuncCompiler, e: BinaryExpr, dst: number): void {
  const b = fc.b;
  if (e.op === 'LAND' || e.op === 'LOR') {
    exprTo(fc, e.x, dst);
    const end = b.label();
    b.emitJump(e.op === 'LAND' ? Op.JMPF : Op.JMPT, end, 2, dst);
    exprTo(fc, e.y, dst);
    b.place(end);
    return;
  }
  const mark = fc.mark();
  const xt = ownType(fc, e.x);
  const cls = basicClass(xt);
  const isCompare = ['EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ'].includes(e.op);
  if (isCompare && (e.op === 'EQL' || e.op === 'NEQ') && cls === 'other') {
    // Structs, arrays, interfaces, pointers: Go's == by type.
    const base = fc.temps(3);
    const yt = ownType(fc, e.y);
    const ct = isInterface(xt) || isInterface(yt) ? (isInterface(xt) ? xt : yt) : xt;
    exprAs(fc, e.x, ct, base + 1);
    exprAs(fc, e.y, ct, base + 2);
    const id = fc.pc.native(`eq:${fc.pc.typeKey(ct)}`, () => equalNative(ct));
    b.emit(Op.NATIVE, base, id, 2);
    if (e.op === 'NEQ') b.emit(Op.NOT, dst, base);
    else b.emit(Op.MOVE, dst, base);
    fc.release(mark);
    return;
  }
  const x = exprReg(fc, e.x);
  const y = exprReg(fc, e.y);
  if (isCompare) {
    const op = { EQL: Op.EQ, NEQ: Op.NE, LSS: Op.LT, LEQ: Op.LE, GTR: Op.GT, GEQ: Op.GE }[e.op as 'EQL'];
    b.emit(op, dst, x, y);
    fc.release(mark);
    return;
  }
  const t = typeOf(fc, e);
  if (cls === 'string' && e.op === 'ADD') b.emit(Op.CONCAT, dst, x, y);
  else if (cls === 'float') {
    const op = { ADD: Op.ADDF, SUB: Op.SUBF, MUL: Op.MULF, QUO: Op.DIVF }[e.op as 'ADD'];
    if (op === undefined) throw new Unsupported(fc, e, `operator ${e.op} on floats`);
    b.emit(op, dst, x, y);
    if (under(t).kind === 'Basic' && (under(t) as { basic: string }).basic === 'float32') {
      const id = fc.pc.native('fround', () => (_m, _g, regs, a) => {
        regs[a] = Math.fround(regs[a] as number);
      });
      b.emit(Op.NATIVE, dst, id, 0);
    }
  } else {
    const op = {
      ADD: Op.ADDI, SUB: Op.SUBI, MUL: Op.MULI, QUO: Op.DIVI, REM: Op.REMI,
      AND: Op.AND, OR: Op.OR, XOR: Op.XOR, AND_NOT: Op.ANDNOT, SHL: Op.SHL, SHR: Op.SHR,
    }[e.op as 'ADD'];
    if (op === undefined) throw new Unsupported(fc, e, `operator ${e.op}`);
    const k = intKind(t);
    b.emit((op as number) === Op.MULI && isNarrowIntKind(k) ? Op.MULI32 : op, dst, x, y);
    if (k !== 0) b.emit(Op.WRAP, dst, 0, k);
  }
  fc.release(mark);
}

function unary(fc: FuncCompiler, e: UnaryExpr, dst: number): void {
  const b = fc.b;
  const t = typeOf(fc, e);
  switch (e.op) {
    case 'ADD':
      exprTo(fc, e.x, dst);
      return;
    case 'SUB': {
      exprTo(fc, e.x, dst);
      b.emit(basicClass(t) === 'float' ? Op.NEGF : Op.NEGI, dst, dst);
      const k = intKind(t);
      if (k !== 0) b.emit(Op.WRAP, dst, 0, k);
      return;
    }
    case 'NOT':
      exprTo(fc, e.x, dst);
      b.emit(Op.NOT, dst, dst);
      return;
    case 'XOR': {
      exprTo(fc, e.x, dst);
      b.emit(Op.BITNOT, dst, dst);
      const k = intKind(t);
      if (k !== 0) b.emit(Op.WRAP, dst, 0, k);
      return;
    }
    case 'AND':
      return addressOf(fc, e.x, dst);
    case 'ARROW': {
      const r = fc.temps(2);
      exprTo(fc, e.x, r + 1);
      fc.setLine(e);
      fc.b.emit(Op.NATIVE, r, fc.pc.native('chanrecv1', () => (m, _g, regs, a) => chanRecv(m, regs[a + 1] as Chan | null, false)), 1);
      fc.b.emit(Op.MOVE, dst, r);
      return;
    }
    default:
      throw new Unsupported(fc, e, `unary operator ${e.op}`);
  }
}

/** &x: aggregates are their own address; a variable's address is its cell; fields and elements get an ElemRef. */
function addressOf(fc: FuncCompiler, x: Expr, dst: number): void {
  while (x.kind === 'ParenExpr') x = x.x;
  const t = typeOf(fc, x);
  if (x.kind === 'CompositeLit' || isAggregate(t)) {
    exprTo(fc, x, dst);
    return;
  }
  if (x.kind === 'Ident') {
    const obj = fc.pc.info.uses.get(x);
    if (obj && obj.kind === 'Var') {
      const s = fc.slot(obj);
      if (s.kind === 'cell') fc.b.emit(Op.MOVE, dst, s.r);
      else if (s.kind === 'up') fc.b.emit(Op.GETUPCELL, dst, s.i);
      else if (s.kind === 'global') fc.b.emit(Op.LOADK, dst, fc.b.constant(s.cell));
      else throw new Unsupported(fc, x, 'address of a register variable');
      return;
    }
  }
  if (x.kind === 'SelectorExpr') {
    const sel = fc.pc.info.selections.get(x);
    if (sel && sel.kind === 'field') {
      const base = fc.temp();
      fieldBase(fc, x, sel.index, base);
      const id = fc.pc.native(`elemref:${sel.index[sel.index.length - 1]}`, () => {
        const i = sel.index[sel.index.length - 1];
        return (_m, _g, regs, a) => {
          const o = regs[a] as unknown[] | null;
          if (o === null) throw nilDerefPanic();
          regs[a] = new ElemRef(o, i);
        };
      });
      fc.b.emit(Op.NATIVE, base, id, 0);
      fc.b.emit(Op.MOVE, dst, base);
      return;
    }
  }
  if (x.kind === 'IndexExpr') {
    index(fc, x, dst, true);
    return;
  }
  throw new Unsupported(fc, x, 'taking the address of this expression');
}

/** Loads into dst the struct that directly holds the field at the end of `path` (all but the last step). */
function fieldBase(fc: FuncCompiler, x: SelectorExpr, path: number[], dst: number): void {
  exprTo(fc, x.x, dst);
  for (let i = 0; i < path.length - 1; i++) fc.b.emit(Op.GETF, dst, dst, path[i]);
}

function selector(fc: FuncCompiler, e: SelectorExpr, dst: number): void {
  const sel = fc.pc.info.selections.get(e);
  if (!sel) throw new Unsupported(fc, e, 'selector');
  if (sel.kind === 'field') {
    fieldBase(fc, e, sel.index, dst);
    fc.b.emit(Op.GETF, dst, dst, sel.index[sel.index.length - 1]);
    return;
  }
  if (sel.kind === 'pkgMember') {
    const obj = sel.obj;
    const id = fc.pc.stdValue(obj, e);
    fc.b.emit(Op.NATIVE, dst, id, 0);
    return;
  }
  if (sel.kind === 'method') return methodValue(fc, e, sel, dst);
  if (sel.kind === 'methodExpr') return methodExpr(fc, e, sel, dst);
  throw new Unsupported(fc, e, 'selector');
}

/** x[i]: slices, arrays, strings, maps, pointers to arrays. `addr` yields a pointer to the element instead. */
export function index(fc: FuncCompiler, e: IndexExpr, dst: number, addr: boolean): void {
  const xt = under(typeOf(fc, e.x));
  const base = fc.temps(3);
  exprTo(fc, e.x, base + 1);
  if (xt.kind === 'Map') {
    exprAs(fc, e.index, xt.key, base + 2);
    const id = fc.pc.native(`mapindex:${fc.pc.typeKey(xt)}`, () => mapIndexNative(xt, false));
    fc.b.emit(Op.NATIVE, base, id, 2);
    fc.b.emit(Op.MOVE, dst, base);
    return;
  }
  exprTo(fc, e.index, base + 2);
  const id = fc.pc.native(`index:${xt.kind}:${addr}`, () => indexNative(xt, addr));
  fc.b.emit(Op.NATIVE, base, id, 2);
  fc.b.emit(Op.MOVE, dst, base);
}

/** m[k] = v in two calls, as compiled Go does: mapassign (flagged window) then the store. */
export function mapStore(fc: FuncCompiler, mapReg: number, keyReg: number, valReg: number, mt: Type): void {
  const u = under(mt);
  if (u.kind !== 'Map') throw new Error('mapStore on a non-map');
  const base = fc.temps(4);
  fc.b.emit(Op.MOVE, base + 1, mapReg);
  fc.b.emit(Op.MOVE, base + 2, keyReg);
  fc.b.emit(Op.NATIVE, base, fc.pc.native('mapassign', mapAssignNative), 2);
  fc.b.emit(Op.MOVE, base + 2, base);
  fc.b.emit(Op.MOVE, base + 3, valReg);
  fc.b.emit(Op.NATIVE, base, fc.pc.native(`mapstore:${fc.pc.typeKey(u.elem)}`, () => mapStoreNative(u.elem)), 3);
}

function composite(fc: FuncCompiler, e: CompositeLit, dst: number): void {
  const t = typeOf(fc, e);
  const u = under(t.kind === 'Pointer' ? t.elem : t);
  const b = fc.b;
  if (u.kind === 'Struct') {
    emitZero(fc, t.kind === 'Pointer' ? t.elem : t, dst);
    const v = fc.temp();
    e.elts.forEach((el, i) => {
      let fieldIndex = i;
      let valueExpr = el;
      if (el.kind === 'KeyValueExpr' && el.key.kind === 'Ident') {
        const name = el.key.name;
        fieldIndex = u.fields.findIndex((f) => f.name === name);
        valueExpr = el.value;
      }
      exprAs(fc, valueExpr, u.fields[fieldIndex].type, v);
      b.emit(Op.SETF, dst, fieldIndex, v);
    });
    return;
  }
  if (u.kind === 'Map') {
    const base = fc.temps(1);
    b.emit(Op.NATIVE, base, fc.pc.native(`makemap:${fc.pc.typeKey(u)}`, () => makeMapNative(u)), 0);
    b.emit(Op.MOVE, dst, base);
    const k = fc.temp(), v = fc.temp();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') continue;
      exprAs(fc, el.key, u.key, k);
      exprAs(fc, el.value, u.elem, v);
      mapStore(fc, dst, k, v, u);
    }
    return;
  }
  if (u.kind === 'Slice' || u.kind === 'Array') {
    // Elements with optional constant keys: compute the length, fill a JS array.
    const tv = fc.pc.info;
    let next = 0;
    let max = 0;
    const slots: { i: number; e: Expr }[] = [];
    for (const el of e.elts) {
      let valueExpr = el;
      if (el.kind === 'KeyValueExpr') {
        const kv = tv.types.get(el.key)?.value;
        next = kv && kv.kind === 'int' ? Number(kv.value) : next;
        valueExpr = el.value;
      }
      slots.push({ i: next, e: valueExpr });
      next++;
      max = Math.max(max, next);
    }
    const len = u.kind === 'Array' ? u.len : max;
    const elem = u.elem;
    const base = fc.temps(2);
    b.emit(Op.LOADK, base + 1, b.constant(len));
    b.emit(Op.NATIVE, base, fc.pc.native(`slicelit:${fc.pc.typeKey(u)}`, () => sliceLitNative(u)), 1);
    const arr = fc.temp(), v = fc.temp();
    // arr = the backing array of the new slice (or the array itself)
    b.emit(Op.MOVE, arr, base);
    b.emit(Op.NATIVE, arr, fc.pc.native('backing', () => (_m, _g, regs, a) => {
      const s = regs[a];
      regs[a] = Array.isArray(s) ? s : (s as { arr: unknown[] }).arr;
    }), 0);
    for (const s of slots) {
      exprAs(fc, s.e, elem, v);
      if (s.i < 2 ** 20) b.emit(Op.SETF, arr, s.i, v);
    }
    b.emit(Op.MOVE, dst, base);
    return;
  }
  throw new Unsupported(fc, e, 'this composite literal type');
}

