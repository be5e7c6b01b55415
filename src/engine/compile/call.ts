// Calls: user functions and closures, methods (static and through interfaces), builtins, std
// functions and conversions. `go` and `defer` share prepareCall, which leaves a Closure and its
// arguments in consecutive registers; runtime functions get a small bytecode thunk for that.
import type { CallExpr, Expr } from '../syntax/ast.ts';
import type { Callee, Selection } from '../check/info.ts';
import { under, type Signature, type Type } from '../check/types.ts';
import { isInterface } from '../check/predicates.ts';
import { Op } from '../vm/opcodes.ts';
import { Closure } from '../vm/values.ts';
import { ProtoBuilder } from '../vm/proto-builder.ts';
import type { FuncCompiler } from './func-compiler.ts';
import { exprAs, exprTo, typeOf, Unsupported } from './expr.ts';
import { captureBuiltin, compileBuiltin } from './builtins.ts';
import { conversionNative } from './conversions.ts';
import { isAggregate } from './types-rt.ts';
import { stdCallNative, stdMethodNative } from '../runtime/std/index.ts';
import { SliceVal } from '../runtime/values/slice.ts';
import { Iface } from '../runtime/values/iface.ts';
import { nilDeref } from '../vm/runtime-errors.ts';

export interface PreparedCall {
  /** Register holding the Closure; arguments follow it in base+1 … base+argc. */
  base: number;
  argc: number;
}

/** Compiles a call; its first `nres` results end in dst, dst+1, … */
export function compileCall(fc: FuncCompiler, call: CallExpr, dst: number, nres: number): void {
  const callee = fc.pc.info.callees.get(call);
  if (callee?.kind === 'builtin') {
    compileBuiltin(fc, call, callee.id, dst, nres);
    return;
  }
  if (callee?.kind === 'conversion') {
    const from = typeOf(fc, call.args[0]);
    const r = fc.temps(2);
    exprTo(fc, call.args[0], r + 1);
    fc.b.emit(Op.NATIVE, r, fc.pc.native(`conv:${fc.pc.typeKey(from)}->${fc.pc.typeKey(callee.type)}`, () => conversionNative(from, callee.type)), 1);
    fc.b.emit(Op.MOVE, dst, r);
    return;
  }
  const mark = fc.mark();
  const direct = prepareNative(fc, call, callee);
  if (direct) {
    // Runtime functions are called directly, without a frame of their own.
    fc.setLine(call);
    fc.b.emit(Op.NATIVE, direct.base, direct.nat, direct.argc);
    for (let i = 0; i < nres; i++) if (dst + i !== direct.base + i) fc.b.emit(Op.MOVE, dst + i, direct.base + i);
    fc.release(Math.max(mark, dst + nres));
    return;
  }
  const p = prepareCall(fc, call, callee);
  fc.setLine(call);
  fc.b.emit(Op.CALL, p.base, p.base, p.argc);
  for (let i = 0; i < nres; i++) if (dst + i !== p.base + i) fc.b.emit(Op.MOVE, dst + i, p.base + i);
  fc.release(Math.max(mark, dst + nres));
}

function signatureOf(fc: FuncCompiler, call: CallExpr): Signature {
  const t = under(typeOf(fc, call.fun));
  if (t.kind !== 'Signature') throw new Unsupported(fc, call, 'call of a non-function');
  return t;
}

/** Evaluates the callee and arguments (Go's order: function value, then arguments left to right). */
export function prepareCall(fc: FuncCompiler, call: CallExpr, callee: Callee | undefined): PreparedCall {
  if (callee?.kind === 'builtin' || callee?.kind === 'conversion' || (callee?.kind === 'std')) {
    return nativeThunkCall(fc, call, callee);
  }
  if (callee?.kind === 'method') {
    const sel = callee.selection;
    // Std methods on concrete values are natives; through an interface (err.Error()) they dispatch dynamically.
    if (callee.func.pkg !== 'main' && !isInterface(sel.recv)) return nativeThunkCall(fc, call, callee);
    const sig = callee.func.type;
    const argc = 1 + sig.params.vars.length;
    const base = fc.temps(1 + argc);
    const selExpr = call.fun.kind === 'SelectorExpr' ? call.fun : null;
    if (!selExpr) throw new Unsupported(fc, call, 'method call');
    if (isInterface(sel.recv)) {
      // Dynamic dispatch: look the method up on the dynamic type; the receiver is the boxed value.
      exprTo(fc, selExpr.x, base + 1);
      const name = callee.func.name;
      fc.b.emit(Op.NATIVE, base, fc.pc.native(`imethod:${name}`, () => (_m, _g, regs, a) => {
        const v = regs[a + 1] as Iface | null;
        if (v === null) throw nilDeref();
        const found = fc.pc.methodFor(v.t, name);
        if (!found) throw new Error(`no method ${name} on dynamic type`);
        regs[a] = found.closure;
        regs[a + 1] = found.recvFromBoxed(v.v);
      }), 1);
    } else {
      receiver(fc, selExpr.x, sel, callee.func.ptrRecv === true, base + 1);
      const c = fc.pc.funcs.get(callee.func);
      if (!c) throw new Unsupported(fc, call, `method ${callee.func.name}`);
      fc.b.emit(Op.LOADK, base, fc.b.constant(c));
    }
    args(fc, call, sig, base + 2);
    return { base, argc };
  }
  // A declared function or a function value.
  const sig = signatureOf(fc, call);
  const argc = sig.params.vars.length;
  const base = fc.temps(1 + argc);
  if (callee?.kind === 'func' && fc.pc.funcs.has(callee.func)) fc.b.emit(Op.LOADK, base, fc.b.constant(fc.pc.funcs.get(callee.func)!));
  else exprTo(fc, call.fun, base);
  args(fc, call, sig, base + 1);
  return { base, argc };
}

/** The receiver of a static method call, adjusted as the selection says (&x or *x). */
export function receiver(fc: FuncCompiler, x: Expr, sel: Selection, ptrRecv: boolean, dst: number): void {
  exprTo(fc, x, dst);
  // A promoted method: walk the embedded fields down to the one that carries it.
  const path = sel.index;
  for (const i of path) fc.b.emit(Op.GETF, dst, dst, i);
  // Aggregates are their own address, so &x and *x need no work for them; value receivers are copied by the callee.
  const t = fc.pc.info.types.get(x)?.type;
  // *p for a value method: only pointers to non-aggregates hold a Cell to read through.
  const pointee = t ? under(t) : undefined;
  if (pointee?.kind === 'Pointer' && !ptrRecv && !isAggregate(pointee.elem) && sel.recvAdjust === 'deref' && path.length === 0) {
    fc.b.emit(Op.NATIVE, dst, fc.pc.native('deref', () => (_m, _g, regs, a) => {
      const p = regs[a] as { v: unknown } | null;
      if (p === null) throw nilDeref();
      regs[a] = p.v;
    }), 0);
  }
  if (ptrRecv && sel.recvAdjust === 'addr' && t && !isAggregate(t) && x.kind === 'Ident') {
    const obj = fc.pc.info.uses.get(x);
    if (obj && obj.kind === 'Var') {
      const s = fc.slot(obj);
      if (s.kind === 'cell') fc.b.emit(Op.MOVE, dst, s.r);
      else if (s.kind === 'up') fc.b.emit(Op.GETUPCELL, dst, s.i);
      else if (s.kind === 'global') fc.b.emit(Op.LOADK, dst, fc.b.constant(s.cell));
    }
  }
}

/** Arguments into consecutive registers from `first`, converted to parameter types; variadic ones packed into a slice. */
function args(fc: FuncCompiler, call: CallExpr, sig: Signature, first: number): void {
  const params = sig.params.vars;
  const fixed = sig.variadic ? params.length - 1 : params.length;
  const inner = call.args.length === 1 && call.args[0].kind === 'CallExpr' ? fc.pc.info.types.get(call.args[0])?.type : undefined;
  if (inner && inner.kind === 'Tuple' && inner.vars.length > 1) {
    // f(g()) where g returns several values: they become f's arguments, converted and packed as usual.
    const n = inner.vars.length;
    const vals = fc.temps(n);
    compileCall(fc, call.args[0] as CallExpr, vals, n);
    for (let i = 0; i < Math.min(fixed, n); i++) convertReg(fc, vals + i, inner.vars[i].type, params[i].type, first + i);
    if (!sig.variadic) return;
    const elem = (under(params[params.length - 1].type) as { elem: Type }).elem;
    const extra = n - fixed;
    const base = fc.temps(1 + extra);
    for (let i = 0; i < extra; i++) convertReg(fc, vals + fixed + i, inner.vars[fixed + i].type, elem, base + 1 + i);
    fc.b.emit(Op.NATIVE, base, fc.pc.native('pack', () => packNative), extra);
    fc.b.emit(Op.MOVE, first + fixed, base);
    return;
  }
  for (let i = 0; i < fixed; i++) exprAs(fc, call.args[i], params[i].type, first + i);
  if (!sig.variadic) return;
  const vt = params[params.length - 1].type;
  if (call.ellipsis !== null) {
    exprTo(fc, call.args[call.args.length - 1], first + fixed);
    return;
  }
  const elem = (under(vt) as { elem: Type }).elem;
  const extra = call.args.slice(fixed);
  const base = fc.temps(1 + extra.length);
  extra.forEach((a, i) => exprAs(fc, a, elem, base + 1 + i));
  fc.b.emit(Op.NATIVE, base, fc.pc.native('pack', () => packNative), extra.length);
  fc.b.emit(Op.MOVE, first + fixed, base);
}

/** Moves a value between registers, boxing it when the target type is an interface and the source is not. */
function convertReg(fc: FuncCompiler, src: number, from: Type, to: Type, dst: number): void {
  fc.b.emit(Op.MOVE, dst, src);
  if (isInterface(to) && !isInterface(from)) {
    fc.b.emit(Op.NATIVE, dst, fc.pc.native(`iface:${fc.pc.typeKey(from)}`, () => (_m, _g, regs, a) => {
      regs[a] = new Iface(from, regs[a]);
    }), 0);
  }
}

const packNative = (_m: unknown, _g: unknown, regs: unknown[], a: number, argc: number): void => {
  regs[a] = argc === 0 ? null : new SliceVal(regs.slice(a + 1, a + 1 + argc), 0, argc, argc);
};

interface NativeCall {
  /** Arguments are in base+1 … base+argc; results land in base, base+1, … */
  base: number;
  argc: number;
  nat: number;
  name: string;
  nres: number;
}

/** Evaluates the arguments of a std function or method call and resolves its native, or null for other calls. */
function prepareNative(fc: FuncCompiler, call: CallExpr, callee: Callee | undefined): NativeCall | null {
  if (callee?.kind === 'std') {
    const sig = callee.signature.kind === 'Signature' ? callee.signature : callee.func.type;
    const argc = sig.params.vars.length;
    const base = fc.temps(1 + Math.max(argc, sig.results.vars.length));
    args(fc, call, sig, base + 1);
    const name = `${callee.pkg}.${callee.func.name}`;
    const nat = fc.pc.native(`std:${name}`, () => stdCallNative(name, sig, fc.pc));
    return { base, argc, nat, name, nres: sig.results.vars.length };
  }
  if (callee?.kind === 'method' && callee.func.pkg !== 'main' && !isInterface(callee.selection.recv)) {
    const sig = callee.func.type;
    const argc = 1 + sig.params.vars.length;
    const base = fc.temps(1 + Math.max(argc, sig.results.vars.length));
    const selExpr = call.fun.kind === 'SelectorExpr' ? call.fun : null;
    if (!selExpr) throw new Unsupported(fc, call, 'method call');
    receiver(fc, selExpr.x, callee.selection, true, base + 1);
    args(fc, call, sig, base + 2);
    const name = `${methodOwner(callee.func.type.recv?.type ?? callee.selection.recv)}.${callee.func.name}`;
    const nat = fc.pc.native(`stdm:${name}`, () => stdMethodNative(name, sig, fc.pc));
    return { base, argc, nat, name, nres: sig.results.vars.length };
  }
  return null;
}

/** A runtime function called through `go` or `defer`: a thunk Closure whose body is the one NATIVE. */
function nativeThunkCall(fc: FuncCompiler, call: CallExpr, callee: Callee | undefined): PreparedCall {
  const n = callee?.kind === 'builtin' ? captureBuiltin(fc, call, callee.id) : prepareNative(fc, call, callee);
  if (!n) throw new Unsupported(fc, call, 'go/defer of a builtin or conversion is not supported yet');
  fc.b.emit(Op.LOADK, n.base, fc.b.constant(thunk(fc, n.name, n.nat, n.argc, (n as { nres?: number }).nres ?? 0)));
  return { base: n.base, argc: n.argc };
}

function methodOwner(t: Type): string {
  const n = t.kind === 'Pointer' ? t.elem : t;
  if (n.kind === 'Named') return `${n.obj.pkg}.${n.obj.name}`;
  return '?';
}

const thunks = new WeakMap<FuncCompiler['pc'], Map<string, Closure>>();

/** A function whose body calls native `nat` with its `argc` parameters and returns `nres` results. */
function thunk(fc: FuncCompiler, name: string, nat: number, argc: number, nres: number): Closure {
  let cache = thunks.get(fc.pc);
  if (!cache) thunks.set(fc.pc, (cache = new Map()));
  const key = `${name}/${nat}/${argc}/${nres}`;
  let c = cache.get(key);
  if (c) return c;
  const b = new ProtoBuilder(name, argc, 0);
  const base = b.nregs;
  b.nregs += 1 + argc + Math.max(0, nres - 1);
  for (let i = 0; i < argc; i++) b.emit(Op.MOVE, base + 1 + i, i);
  b.emit(Op.NATIVE, base, nat, argc);
  b.emit(Op.RET, base, 0, nres);
  const proto = b.build();
  proto.std = name;
  c = new Closure(proto, []);
  cache.set(key, c);
  return c;
}
