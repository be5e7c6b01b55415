// Type assertions x.(T) and type switches: matching an interface value's dynamic type at run time.
import type { Expr, Stmt, TypeSwitchStmt, CaseClause } from '../syntax/ast.ts';
import { under, type Type } from '../check/types.ts';
import { identical, interfaceMethods, isInterface } from '../check/predicates.ts';
import { GoPanic } from '../vm/faults.ts';
import { Op } from '../vm/opcodes.ts';
import type { FuncCompiler } from './func-compiler.ts';
import type { ProgramCompiler } from './program.ts';
import { Iface } from '../runtime/values/iface.ts';
import { reflectTypeName } from '../runtime/std/reflect-type-name.ts';
import { exprTo, typeOf, Unsupported } from './expr.ts';

/** The first method of interface T that dynamic type D lacks, or null when D implements T. */
function missingMethod(pc: ProgramCompiler, d: Type, t: Type): string | null {
  const u = under(t);
  if (u.kind !== 'Interface') return null;
  for (const m of interfaceMethods(u)) if (!pc.methodFor(d, m.name)) return m.name;
  return null;
}

/** Does interface value v (an Iface or null) hold a value of type T (or, for an interface T, implement it)? */
export function matches(pc: ProgramCompiler, v: unknown, t: Type): boolean {
  if (v === null) return false;
  const d = (v as Iface).t;
  return isInterface(t) ? missingMethod(pc, d, t) === null : identical(d, t);
}

/** Go's runtime.TypeAssertionError text. */
function assertionError(pc: ProgramCompiler, v: unknown, from: Type, t: Type): GoPanic {
  const src = reflectTypeName(from);
  const want = reflectTypeName(t);
  let msg: string;
  if (v === null) msg = `interface conversion: ${src} is nil, not ${want}`;
  else if (isInterface(t)) msg = `interface conversion: ${reflectTypeName((v as Iface).t)} is not ${want}: missing method ${missingMethod(pc, (v as Iface).t, t)}`;
  else msg = `interface conversion: ${src} is ${reflectTypeName((v as Iface).t)}, not ${want}`;
  return new GoPanic({ runtimeError: msg }, msg, true);
}

/** x.(T) into dst (and ok into dst+1 when commaOk). */
export function compileTypeAssert(fc: FuncCompiler, e: Expr & { kind: 'TypeAssertExpr' }, dst: number, commaOk: boolean): void {
  if (!e.type) throw new Unsupported(fc, e, 'x.(type) outside a type switch');
  const t = typeOf(fc, e.type);
  const from = typeOf(fc, e.x);
  const pc = fc.pc;
  const base = fc.temps(2);
  exprTo(fc, e.x, base + 1);
  fc.setLine(e);
  fc.b.emit(Op.NATIVE, base, pc.native(`assert:${pc.typeKey(from)}:${pc.typeKey(t)}:${commaOk}`, () => (_m, _g, regs, a) => {
    const v = regs[a + 1];
    const ok = matches(pc, v, t);
    if (!ok && !commaOk) throw assertionError(pc, v, from, t);
    regs[a] = ok ? (isInterface(t) ? v : (v as Iface).v) : zeroOf(t);
    if (commaOk) regs[a + 1] = ok;
  }), 1);
  fc.b.emit(Op.MOVE, dst, base);
  if (commaOk) fc.b.emit(Op.MOVE, dst + 1, base + 1);
}

import { zeroValue as zeroOf } from './types-rt.ts';

/** switch v := x.(type) { case T1, T2: … case nil: … default: … } */
export function compileTypeSwitch(fc: FuncCompiler, s: TypeSwitchStmt, label: string | null, compileStmt: (s: Stmt) => void, compileBlock: (l: Stmt[]) => void): void {
  const b = fc.b;
  const pc = fc.pc;
  fc.emitStmt(s);
  if (s.init) compileStmt(s.init);
  const assign = s.assign;
  const guard = assign.kind === 'AssignStmt' ? assign.rhs[0] : assign.kind === 'ExprStmt' ? assign.x : null;
  if (!guard || guard.kind !== 'TypeAssertExpr') throw new Unsupported(fc, s, 'this type switch');
  const x = fc.temp();
  exprTo(fc, guard.x, x);
  const clauses = s.body.list as CaseClause[];
  const end = b.label();
  const bodies = clauses.map(() => b.label());
  let defaultIdx = -1;
  const c = fc.temps(2);
  clauses.forEach((cl, i) => {
    if (cl.list === null) {
      defaultIdx = i;
      return;
    }
    for (const te of cl.list) {
      const isNil = te.kind === 'Ident' && pc.info.uses.get(te)?.kind === 'Nil';
      const t = isNil ? null : typeOf(fc, te);
      b.emit(Op.MOVE, c + 1, x);
      b.emit(Op.NATIVE, c, pc.native(`tsw:${t ? pc.typeKey(t) : 'nil'}`, () => (_m, _g, regs, a) => {
        regs[a] = t === null ? regs[a + 1] === null : matches(pc, regs[a + 1], t);
      }), 1);
      b.emitJump(Op.JMPT, bodies[i], 2, c);
    }
  });
  b.emitJump(Op.JMP, defaultIdx >= 0 ? bodies[defaultIdx] : end, 1);
  fc.loops.push({ brk: end, cont: null, name: label });
  clauses.forEach((cl, i) => {
    b.place(bodies[i]);
    const v = pc.info.implicits.get(cl);
    if (v && v.kind === 'Var') {
      // The clause's variable: the unwrapped value for a single concrete type, else the interface value.
      const r = fc.temp();
      b.emit(Op.MOVE, r, x);
      if (!isInterface(v.type)) {
        b.emit(Op.NATIVE, r, pc.native('unbox', () => (_m, _g, regs, a) => {
          regs[a] = regs[a] === null ? null : (regs[a] as Iface).v;
        }), 0);
      }
      fc.bind(v, r);
    }
    compileBlock(cl.body);
    b.emitJump(Op.JMP, end, 1);
  });
  fc.loops.pop();
  b.place(end);
}
