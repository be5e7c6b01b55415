// Method values (`f := c.Add`) and method expressions (`(*Counter).Add`, `Counter.Value`).
//
// A method value evaluates its receiver once, when the value is made (a value receiver is copied
// then, as in Go), and is a closure over that receiver: calling it calls the method with the bound
// receiver first. Through an interface, the method is chosen by the dynamic type at that moment.
import type { SelectorExpr } from '../syntax/ast.ts';
import type { Func, Signature, Type } from '../check/types.ts';
import type { Selection } from '../check/info.ts';
import { isInterface } from '../check/predicates.ts';
import { Op } from '../vm/opcodes.ts';
import { ProtoBuilder } from '../vm/proto-builder.ts';
import { Cell, Closure } from '../vm/values.ts';
import type { FuncProto } from '../vm/proto.ts';
import { nilDeref } from '../vm/runtime-errors.ts';
import { Iface } from '../runtime/values/iface.ts';
import type { FuncCompiler } from './func-compiler.ts';
import { exprTo, Unsupported } from './expr.ts';
import { receiver } from './call.ts';
import { copyValue, isAggregate } from './types-rt.ts';

/** A function of `argc` parameters calling the closure in upvalue 0 with the receiver in upvalue 1 first. */
function boundProto(name: string, argc: number, nres: number): FuncProto {
  const b = new ProtoBuilder(name, argc, 0);
  const base = b.nregs;
  b.nregs += 2 + argc + Math.max(0, nres - 1);
  b.emit(Op.GETUP, base, 0);
  b.emit(Op.GETUP, base + 1, 1);
  for (let i = 0; i < argc; i++) b.emit(Op.MOVE, base + 2 + i, i);
  b.emit(Op.CALL, base, base, argc + 1);
  b.emit(Op.RET, base, 0, nres);
  return b.build();
}

/** Compiles `x.M` used as a value into dst. */
export function methodValue(fc: FuncCompiler, e: SelectorExpr, sel: Selection, dst: number): void {
  const f = sel.obj as Func;
  const sig = f.type as Signature;
  const proto = boundProto(`${f.name}-fm`, sig.params.vars.length, sig.results.vars.length);
  const base = fc.temps(2);
  if (isInterface(sel.recv)) {
    exprTo(fc, e.x, base + 1);
    const name = f.name;
    fc.b.emit(Op.NATIVE, base, fc.pc.native(`ifacemv:${name}/${sig.params.vars.length}/${sig.results.vars.length}`, () => (_m, _g, regs, a) => {
      const v = regs[a + 1] as Iface | null;
      if (v === null) throw nilDeref();
      const found = fc.pc.methodFor(v.t, name);
      if (!found) throw nilDeref();
      regs[a] = new Closure(proto, [new Cell(found.closure), new Cell(found.recvFromBoxed(v.v))]);
    }), 1);
  } else {
    const method = fc.pc.funcs.get(f);
    if (!method) throw new Unsupported(fc, e, `method value of ${f.name}`);
    receiver(fc, e.x, sel, f.ptrRecv === true, base + 1);
    // A value receiver is copied now: later changes to the original are not seen by the method value.
    const recvType = sig.recv?.type;
    const copy = !f.ptrRecv && recvType !== undefined && isAggregate(recvType);
    fc.b.emit(Op.NATIVE, base, fc.pc.native(`mv:${f.name}@${f.pos}:${fc.pc.typeKey(sel.recv)}`, () => (_m, _g, regs, a) => {
      const r = regs[a + 1];
      if (copy && r === null) throw nilDeref();
      regs[a] = new Closure(proto, [new Cell(method), new Cell(copy ? copyValue(recvType!, r) : r)]);
    }), 1);
  }
  fc.b.emit(Op.MOVE, dst, base);
}

/** Compiles `T.M` or `(*T).M` into dst: the method itself, its receiver the first parameter. */
export function methodExpr(fc: FuncCompiler, e: SelectorExpr, sel: Selection, dst: number): void {
  const f = sel.obj as Func;
  const method = fc.pc.funcs.get(f);
  // (*T).M for a value method would need a dereferencing wrapper; through interfaces, a dispatching one.
  const recvIsPtr = sel.recv.kind === 'Pointer';
  if (!method || isInterface(sel.recv) || (recvIsPtr && !f.ptrRecv && !isAggregate((sel.recv as { elem: Type }).elem))) {
    throw new Unsupported(fc, e, 'this method expression is not supported yet');
  }
  fc.b.emit(Op.LOADK, dst, fc.b.constant(method));
}
