// Statements to bytecode: assignments (with Go's evaluate-all-then-assign order), control flow,
// loops with Go 1.22 per-iteration variables, range, switch, go, defer, return, channel sends.
import type { AssignStmt, CaseClause, CommClause, Expr, SelectStmt, ForStmt, IfStmt, RangeStmt, Stmt, SwitchStmt, ValueSpec } from '../syntax/ast.ts';
import { under, type Type, type Var } from '../check/types.ts';
import { Op, type OpCode } from '../vm/opcodes.ts';
import type { Label } from '../vm/proto-builder.ts';
import type { FuncCompiler } from './func-compiler.ts';
import { emitCopy, emitZero, isNarrowIntKind, exprAs, exprReg, exprTo, index as compileIndex, loadVar, mapStore, typeOf, Unsupported } from './expr.ts';
import { compileCall, prepareCall } from './call.ts';
import { compileTypeAssert, compileTypeSwitch } from './type-assert.ts';
import { isAggregate, assignInto } from './types-rt.ts';
import { emitReturnNamedOrZero } from './body.ts';
import { mapIndexNative, mapAssignNative, mapLoadSlotNative, mapStoreNative, mapIterInitNative, mapIterNextNative } from '../runtime/std/map-natives.ts';
import { chanRecv, chanSend, selectOp, type Chan } from '../runtime/std/chan.ts';
import { SliceVal } from '../runtime/values/slice.ts';
import { decodeRune } from '../runtime/values/bytes.ts';
import { indexOutOfRange } from './value-natives.ts';
import type { MapIter } from '../runtime/map/iterate.ts';
import { nilDeref } from '../vm/runtime-errors.ts';

export function compileBlock(fc: FuncCompiler, list: Stmt[]): void {
  for (const s of list) stmt(fc, s);
}

function stmt(fc: FuncCompiler, s: Stmt): void {
  const mark = fc.mark();
  switch (s.kind) {
    case 'EmptyStmt':
      return;
    case 'BlockStmt':
      compileBlock(fc, s.list);
      return; // variables declared inside keep their registers until the function ends (simple, correct)
    case 'ExprStmt':
      fc.emitStmt(s);
      if (s.x.kind === 'CallExpr') compileCall(fc, s.x, fc.temp(), 0);
      else exprTo(fc, s.x, fc.temp());
      fc.release(mark);
      return;
    case 'DeclStmt':
      fc.emitStmt(s);
      if (s.decl.tok === 'VAR') for (const spec of s.decl.specs) if (spec.kind === 'ValueSpec') varSpec(fc, spec);
      return;
    case 'AssignStmt':
      fc.emitStmt(s);
      assign(fc, s);
      if (s.tok !== 'DEFINE') fc.release(mark);
      return;
    case 'IncDecStmt':
      fc.emitStmt(s);
      opAssign(fc, s.x, s.tok === 'INC' ? 'ADD' : 'SUB', null);
      fc.release(mark);
      return;
    case 'IfStmt':
      return ifStmt(fc, s);
    case 'ForStmt':
      return forStmt(fc, s, null);
    case 'RangeStmt':
      return rangeStmt(fc, s, null);
    case 'SwitchStmt':
      return switchStmt(fc, s, null);
    case 'SelectStmt':
      return selectStmt(fc, s, null);
    case 'TypeSwitchStmt':
      return compileTypeSwitch(fc, s, null, (x) => stmt(fc, x), (l) => compileBlock(fc, l));
    case 'LabeledStmt': {
      const inner = s.stmt;
      if (inner.kind === 'ForStmt') return forStmt(fc, inner, s.label.name);
      if (inner.kind === 'RangeStmt') return rangeStmt(fc, inner, s.label.name);
      if (inner.kind === 'SwitchStmt') return switchStmt(fc, inner, s.label.name);
      if (inner.kind === 'SelectStmt') return selectStmt(fc, inner, s.label.name);
      if (inner.kind === 'TypeSwitchStmt') return compileTypeSwitch(fc, inner, s.label.name, (x) => stmt(fc, x), (l) => compileBlock(fc, l));
      return stmt(fc, inner);
    }
    case 'GoStmt':
    case 'DeferStmt': {
      fc.emitStmt(s);
      const p = prepareCall(fc, s.call, fc.pc.info.callees.get(s.call));
      fc.b.emit(s.kind === 'GoStmt' ? Op.GO : Op.DEFER, p.base, p.base, p.argc);
      fc.release(mark);
      return;
    }
    case 'ReturnStmt':
      fc.emitStmt(s);
      return returnStmt(fc, s.results);
    case 'BranchStmt': {
      fc.emitStmt(s);
      const name = s.label ? s.label.name : null;
      if (s.tok === 'BREAK') {
        const l = fc.findLoop(name, false);
        if (!l) throw new Unsupported(fc, s, 'break outside a loop');
        fc.b.emitJump(Op.JMP, l.brk, 1);
      } else if (s.tok === 'CONTINUE') {
        const l = fc.findLoop(name, true);
        if (!l || !l.cont) throw new Unsupported(fc, s, 'continue outside a loop');
        fc.b.emitJump(Op.JMP, l.cont, 1);
      } else throw new Unsupported(fc, s, `${s.tok.toLowerCase()} is not supported yet`);
      return;
    }
    case 'SendStmt': {
      fc.emitStmt(s);
      const base = fc.temps(3);
      exprTo(fc, s.chan, base + 1);
      exprAs(fc, s.value, (under(typeOf(fc, s.chan)) as { elem: Type }).elem, base + 2);
      fc.b.emit(Op.NATIVE, base, fc.pc.native('chansend', () => (m, _g, regs, a) => chanSend(m, regs[a + 1] as Chan | null, regs[a + 2])), 2);
      fc.release(mark);
      return;
    }
    default:
      throw new Unsupported(fc, s, `${s.kind.replace(/Stmt$/, '').toLowerCase()} statements are not supported yet`);
  }
}

function varSpec(fc: FuncCompiler, spec: ValueSpec): void {
  const vars = spec.names.map((n) => fc.pc.info.defs.get(n));
  if (spec.values.length === 0) {
    for (const v of vars) {
      if (!v || v.kind !== 'Var') continue;
      const r = fc.temp();
      emitZero(fc, v.type, r);
      fc.bind(v, r);
    }
    return;
  }
  const targets = vars.map((v) => (v && v.kind === 'Var' ? v : null));
  defineFrom(fc, targets, spec.values);
}

/** Evaluates rhs (one multi-value expression or one per target) into fresh registers, then declares targets there. */
function defineFrom(fc: FuncCompiler, targets: (Var | null)[], rhs: Expr[]): void {
  const regs = evalAll(fc, targets.map((v) => v?.type ?? null), rhs);
  targets.forEach((v, i) => {
    if (v) fc.bind(v, regs[i]);
  });
}

/** Values of rhs converted to the target types, each in its own new register (multi-value forms included). */
function evalAll(fc: FuncCompiler, types: (Type | null)[], rhs: Expr[]): number[] {
  const n = types.length;
  if (rhs.length === 1 && n > 1) {
    const base = fc.temps(n);
    multiValue(fc, rhs[0], base, n);
    return Array.from({ length: n }, (_, i) => base + i);
  }
  return rhs.map((e, i) => {
    const r = fc.temp();
    exprAs(fc, e, types[i], r);
    return r;
  });
}

/** `a, b := f()`, `v, ok := m[k]`, `v, ok := <-ch`. */
function multiValue(fc: FuncCompiler, e: Expr, base: number, n: number): void {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'CallExpr') return compileCall(fc, e, base, n);
  if (e.kind === 'IndexExpr') {
    const mt = under(typeOf(fc, e.x));
    if (mt.kind === 'Map') {
      const r = fc.temps(3);
      exprTo(fc, e.x, r + 1);
      exprAs(fc, e.index, mt.key, r + 2);
      fc.b.emit(Op.NATIVE, r, fc.pc.native(`mapindex2:${fc.pc.typeKey(mt)}`, () => mapIndexNative(mt, true)), 2);
      fc.b.emit(Op.MOVE, base, r);
      fc.b.emit(Op.MOVE, base + 1, r + 1);
      return;
    }
  }
  if (e.kind === 'TypeAssertExpr') {
    compileTypeAssert(fc, e, base, true);
    return;
  }
  if (e.kind === 'UnaryExpr' && e.op === 'ARROW') {
    const r = fc.temps(2);
    exprTo(fc, e.x, r + 1);
    fc.b.emit(Op.NATIVE, r, fc.pc.native('chanrecv2', () => (m, _g, regs, a) => chanRecv(m, regs[a + 1] as Chan | null, true)), 1);
    fc.b.emit(Op.MOVE, base, r);
    fc.b.emit(Op.MOVE, base + 1, r + 1);
    return;
  }
  throw new Unsupported(fc, e, 'this multi-value expression');
}

function assign(fc: FuncCompiler, s: AssignStmt): void {
  const info = fc.pc.info;
  if (s.tok === 'DEFINE') {
    // New variables get new registers; redeclared ones are assigned.
    const targets = s.lhs.map((l) => (l.kind === 'Ident' ? info.defs.get(l) : undefined));
    const types = s.lhs.map((l, i) => {
      const d = targets[i];
      if (d && d.kind === 'Var') return d.type;
      return l.kind === 'Ident' && l.name === '_' ? null : info.types.get(l)?.type ?? null;
    });
    const regs = evalAll(fc, types, s.rhs);
    s.lhs.forEach((l, i) => {
      const d = targets[i];
      if (d && d.kind === 'Var') fc.bind(d, regs[i]);
      else if (l.kind === 'Ident' && l.name !== '_') store(fc, l, regs[i]);
    });
    return;
  }
  if (s.tok === 'ASSIGN') {
    const types = s.lhs.map((l) => (l.kind === 'Ident' && l.name === '_' ? null : typeOf(fc, l)));
    const regs = evalAll(fc, types, s.rhs);
    s.lhs.forEach((l, i) => store(fc, l, regs[i]));
    return;
  }
  const base = s.tok.replace(/_ASSIGN$/, '');
  opAssign(fc, s.lhs[0], base, s.rhs[0]);
}

/** x op= y (and x++ / x--): a map element is one mapassign, then load, operate, store through the slot. */
function opAssign(fc: FuncCompiler, x: Expr, op: string, y: Expr | null): void {
  const b = fc.b;
  const t = typeOf(fc, x);
  const applyOp = (cur: number): number => {
    const r = fc.temp();
    const yr = fc.temp();
    if (y) exprAs(fc, y, t, yr);
    else b.emit(Op.LOADI, yr, 1);
    binaryOn(fc, op, t, r, cur, yr);
    return r;
  };
  let e = x;
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'IndexExpr' && under(typeOf(fc, e.x)).kind === 'Map') {
    const mt = under(typeOf(fc, e.x)) as { kind: 'Map'; key: Type; elem: Type };
    const m = fc.temp(), k = fc.temp();
    exprTo(fc, e.x, m);
    exprAs(fc, e.index, mt.key, k);
    const slot = fc.temps(3);
    b.emit(Op.MOVE, slot + 1, m);
    b.emit(Op.MOVE, slot + 2, k);
    b.emit(Op.NATIVE, slot, fc.pc.native('mapassign', mapAssignNative), 2);
    const cur = fc.temps(3);
    b.emit(Op.MOVE, cur + 1, m);
    b.emit(Op.MOVE, cur + 2, slot);
    b.emit(Op.NATIVE, cur, fc.pc.native(`mapload:${fc.pc.typeKey(mt.elem)}`, () => mapLoadSlotNative(mt.elem)), 2);
    const nv = applyOp(cur);
    const st = fc.temps(4);
    b.emit(Op.MOVE, st + 1, m);
    b.emit(Op.MOVE, st + 2, slot);
    b.emit(Op.MOVE, st + 3, nv);
    b.emit(Op.NATIVE, st, fc.pc.native(`mapstore:${fc.pc.typeKey(mt.elem)}`, () => mapStoreNative(mt.elem)), 3);
    return;
  }
  // A local in a register is updated in place: x op= y is one instruction (plus a wrap for sized ints).
  const obj = e.kind === 'Ident' ? fc.pc.info.uses.get(e) : undefined;
  if (obj && obj.kind === 'Var' && !isAggregate(obj.type)) {
    const slot = fc.slot(obj);
    if (slot.kind === 'reg') {
      const u = under(t);
      const isInt = u.kind === 'Basic' && !['float32', 'float64', 'string', 'untyped float'].includes(u.basic);
      if (y === null && isInt && u.kind === 'Basic' && ['int', 'int64', 'untyped int'].includes(u.basic)) {
        b.emit(Op.ADDIMM, slot.r, slot.r, op === 'ADD' ? 1 : -1);
        return;
      }
      const yr = fc.temp();
      if (y) exprAs(fc, y, t, yr);
      else b.emit(Op.LOADI, yr, 1);
      binaryOn(fc, op, t, slot.r, slot.r, yr);
      return;
    }
  }
  const cur = fc.temp();
  exprTo(fc, x, cur);
  const next = applyOp(cur);
  // Shared memory (a captured or global variable, a field, an element) is read and written in two
  // steps, as Go's compiled code does: another goroutine may run in between and its update be lost.
  b.emit(Op.YIELD);
  store(fc, x, next);
}

/** dst = x op y on numbers and strings (shared by op-assignments). */
function binaryOn(fc: FuncCompiler, op: string, t: Type, dst: number, x: number, y: number): void {
  const u = under(t) as { kind: string; basic?: string };
  const isFloat = u.basic === 'float64' || u.basic === 'float32';
  const isString = u.basic === 'string';
  let code: number | undefined;
  if (isString && op === 'ADD') code = Op.CONCAT;
  else if (isFloat) code = { ADD: Op.ADDF, SUB: Op.SUBF, MUL: Op.MULF, QUO: Op.DIVF }[op as 'ADD'];
  else code = { ADD: Op.ADDI, SUB: Op.SUBI, MUL: Op.MULI, QUO: Op.DIVI, REM: Op.REMI, AND: Op.AND, OR: Op.OR, XOR: Op.XOR, AND_NOT: Op.ANDNOT, SHL: Op.SHL, SHR: Op.SHR }[op as 'ADD'];
  if (code === undefined) throw new Error(`operator ${op}`);
  const wrapKinds: Record<string, number> = { int8: 1, int16: 2, int32: 3, uint8: 5, uint16: 6, uint32: 7, uint: 8, uint64: 8, uintptr: 8 };
  const k = u.basic ? wrapKinds[u.basic] : undefined;
  fc.b.emit((code === Op.MULI && k !== undefined && isNarrowIntKind(k) ? Op.MULI32 : code) as OpCode, dst, x, y);
  if (k !== undefined && !isFloat && !isString) fc.b.emit(Op.WRAP, dst, 0, k);
}

/** Stores the value in register r into the location x denotes. */
export function store(fc: FuncCompiler, x: Expr, r: number): void {
  const b = fc.b;
  while (x.kind === 'ParenExpr') x = x.x;
  if (x.kind === 'Ident') {
    if (x.name === '_') return;
    const obj = fc.pc.info.uses.get(x) ?? fc.pc.info.defs.get(x);
    if (!obj || obj.kind !== 'Var') throw new Unsupported(fc, x, `assignment to ${x.name}`);
    if (isAggregate(obj.type)) {
      const dst = fc.temp();
      loadVar(fc, obj, dst);
      emitAssignInto(fc, obj.type, dst, r);
      return;
    }
    const s = fc.slot(obj);
    if (s.kind === 'reg') b.emit(Op.MOVE, s.r, r);
    else if (s.kind === 'cell') b.emit(Op.STORECELL, s.r, r);
    else if (s.kind === 'up') b.emit(Op.SETUP, r, s.i);
    else {
      const c = fc.temp();
      b.emit(Op.LOADK, c, b.constant(s.cell));
      b.emit(Op.STORECELL, c, r);
    }
    return;
  }
  if (x.kind === 'SelectorExpr') {
    const sel = fc.pc.info.selections.get(x);
    if (!sel || sel.kind !== 'field') throw new Unsupported(fc, x, 'assignment to this selector');
    const base = fc.temp();
    exprTo(fc, x.x, base);
    for (let i = 0; i < sel.index.length - 1; i++) b.emit(Op.GETF, base, base, sel.index[i]);
    const last = sel.index[sel.index.length - 1];
    const ft = typeOf(fc, x);
    if (isAggregate(ft)) {
      const cur = fc.temp();
      b.emit(Op.GETF, cur, base, last);
      emitAssignInto(fc, ft, cur, r);
    } else b.emit(Op.SETF, base, last, r);
    return;
  }
  if (x.kind === 'IndexExpr') {
    const xt = under(typeOf(fc, x.x));
    if (xt.kind === 'Map') {
      const m = fc.temp(), k = fc.temp();
      exprTo(fc, x.x, m);
      exprAs(fc, x.index, xt.key, k);
      mapStore(fc, m, k, r, xt);
      return;
    }
    const p = fc.temp();
    compileIndex(fc, x, p, true);
    const et = typeOf(fc, x);
    if (isAggregate(et)) emitAssignInto(fc, et, p, r);
    else b.emit(Op.STORECELL, p, r);
    return;
  }
  if (x.kind === 'StarExpr') {
    const p = fc.temp();
    exprTo(fc, x.x, p);
    const et = typeOf(fc, x);
    b.emit(Op.NATIVE, p, fc.pc.native('nilcheck', () => (_m, _g, regs, a) => {
      if (regs[a] === null) throw nilDeref();
    }), 0);
    if (isAggregate(et)) emitAssignInto(fc, et, p, r);
    else b.emit(Op.STORECELL, p, r);
    return;
  }
  throw new Unsupported(fc, x, 'assignment to this expression');
}

function emitAssignInto(fc: FuncCompiler, t: Type, dst: number, src: number): void {
  const base = fc.temps(3);
  fc.b.emit(Op.MOVE, base + 1, dst);
  fc.b.emit(Op.MOVE, base + 2, src);
  fc.b.emit(Op.NATIVE, base, fc.pc.native(`assigninto:${fc.pc.typeKey(t)}`, () => (_m, _g, regs, a) => {
    assignInto(t, regs[a + 1], regs[a + 2]);
  }), 2);
}

function ifStmt(fc: FuncCompiler, s: IfStmt): void {
  fc.emitStmt(s);
  if (s.init) stmt(fc, s.init);
  const mark = fc.mark();
  const c = exprReg(fc, s.cond);
  const els = fc.b.label(), end = fc.b.label();
  fc.b.emitJump(Op.JMPF, els, 2, c);
  fc.release(mark);
  compileBlock(fc, s.body.list);
  if (s.else_) fc.b.emitJump(Op.JMP, end, 1);
  fc.b.place(els);
  if (s.else_) {
    if (s.else_.kind === 'IfStmt') ifStmt(fc, s.else_);
    else compileBlock(fc, (s.else_ as { list: Stmt[] }).list);
  }
  fc.b.place(end);
}

/** Variables declared by a for clause that live in cells get a fresh cell per iteration (Go 1.22). */
function loopVars(fc: FuncCompiler, init: Stmt | null): Var[] {
  if (!init || init.kind !== 'AssignStmt' || init.tok !== 'DEFINE' || !perIteration(fc)) return [];
  return init.lhs.flatMap((l) => {
    const v = l.kind === 'Ident' ? fc.pc.info.defs.get(l) : undefined;
    return v && v.kind === 'Var' && fc.escaping.has(v) ? [v] : [];
  });
}

function forStmt(fc: FuncCompiler, s: ForStmt, label: string | null): void {
  const b = fc.b;
  fc.emitStmt(s);
  if (s.init) stmt(fc, s.init);
  const perIteration = loopVars(fc, s.init);
  const top = b.label(), brk = b.label(), cont = b.label();
  b.place(top);
  if (s.cond) {
    fc.setLine(s.cond);
    const mark = fc.mark();
    emitExitUnless(fc, s.cond, brk);
    fc.release(mark);
  }
  fc.loops.push({ brk, cont, name: label });
  compileBlock(fc, s.body.list);
  fc.loops.pop();
  b.place(cont);
  for (const v of perIteration) {
    const slot = fc.slot(v);
    if (slot.kind !== 'cell') continue;
    const t = fc.temp();
    b.emit(Op.LOADCELL, t, slot.r);
    b.emit(Op.MOVE, slot.r, t);
    b.emit(Op.NEWCELL, slot.r);
  }
  if (s.post) {
    fc.setLine(s.post);
    stmt(fc, s.post);
  }
  if (!s.cond) {
    // An endless loop still needs a preemption point per iteration.
    fc.setLine(s);
    b.emit(Op.STMT, b.line);
  }
  b.emitJump(Op.JMP, top, 1);
  b.place(brk);
}

function perIteration(fc: FuncCompiler): boolean {
  return fc.pc.options.perIterationLoopVars !== false;
}

/** Before Go 1.22, `for k, v := range x` declares k and v once, before the loop; each iteration assigns them. */
function declareRangeVarsOnce(fc: FuncCompiler, s: RangeStmt): void {
  if (s.tok !== 'DEFINE' || perIteration(fc)) return;
  for (const target of [s.key, s.value]) {
    if (!target || target.kind !== 'Ident' || target.name === '_') continue;
    const v = fc.pc.info.defs.get(target);
    if (!v || v.kind !== 'Var') continue;
    const reg = fc.temp();
    emitZero(fc, v.type, reg);
    fc.bind(v, reg);
  }
}

/** Declares (:=) or assigns (=) a range variable from register r. */
function rangeTarget(fc: FuncCompiler, s: RangeStmt, target: Expr | null, r: number): void {
  if (!target || (target.kind === 'Ident' && target.name === '_')) return;
  if (s.tok === 'DEFINE' && target.kind === 'Ident' && perIteration(fc)) {
    const v = fc.pc.info.defs.get(target);
    if (!v || v.kind !== 'Var') return;
    const reg = fc.temp();
    fc.b.emit(Op.MOVE, reg, r);
    fc.bind(v, reg);
    return;
  }
  store(fc, target, r);
}

function rangeStmt(fc: FuncCompiler, s: RangeStmt, label: string | null): void {
  const b = fc.b;
  fc.emitStmt(s);
  const xt = under(typeOf(fc, s.x));
  const brk = b.label(), cont = b.label(), top = b.label();
  const x = fc.temp();
  exprTo(fc, s.x, x);
  declareRangeVarsOnce(fc, s);
  // The range expression is evaluated once; ranging over an array ranges over a copy of it.
  if (xt.kind === 'Array' && s.value) emitCopy(fc, typeOf(fc, s.x), x);
  const bodyMark = () => fc.mark();
  // A string constant ranged over directly ("aé世") is still an untyped string here.
  const rangesString = xt.kind === 'Basic' && (xt.basic === 'string' || xt.basic === 'untyped string');
  if (xt.kind === 'Basic' && !rangesString) {
    // range over an integer (Go 1.22)
    const i = fc.temp();
    b.emit(Op.LOADI, i, 0);
    b.place(top);
    b.emitJump(Op.JGE, brk, 3, i, x);
    const m = bodyMark();
    rangeTarget(fc, s, s.key, i);
    fc.loops.push({ brk, cont, name: label });
    compileBlock(fc, s.body.list);
    fc.loops.pop();
    fc.release(m);
    b.place(cont);
    b.emit(Op.ADDIMM, i, i, 1);
    b.emit(Op.STMT, fc.pc.line(s.pos));
    b.emitJump(Op.JMP, top, 1);
    b.place(brk);
    return;
  }
  if (xt.kind === 'Slice' || xt.kind === 'Array' || (xt.kind === 'Pointer') || rangesString) {
    const isString = xt.kind === 'Basic';
    const i = fc.temp(), n = fc.temp(), next = fc.temp();
    b.emit(Op.LOADI, i, 0);
    b.emit(Op.MOVE, n + 1, x); // the native's argument register
    b.emit(Op.NATIVE, n, fc.pc.native('rangelen', () => (_m, _g, regs, a) => {
      const v = regs[a + 1];
      regs[a] = v === null ? 0 : typeof v === 'string' ? v.length : v instanceof SliceVal ? v.len : (v as unknown[]).length;
    }), 1);
    b.place(top);
    b.emitJump(Op.JGE, brk, 3, i, n);
    const m = bodyMark();
    const val = fc.temps(3);
    if (s.value) {
      b.emit(Op.MOVE, val + 1, x);
      b.emit(Op.MOVE, val + 2, i);
      if (isString) {
        b.emit(Op.NATIVE, val, fc.pc.native('rangerune', () => (_m, _g, regs, a) => {
          const [r, w] = decodeRune(regs[a + 1] as string, regs[a + 2] as number);
          regs[a] = r;
          regs[a + 1] = w;
        }), 2);
        b.emit(Op.ADDI, next, i, val + 1);
      } else {
        b.emit(Op.NATIVE, val, fc.pc.native('rangeelem', () => (_m, _g, regs, a) => {
          const v = regs[a + 1];
          const k = regs[a + 2] as number;
          if (v instanceof SliceVal) regs[a] = v.arr[v.off + k];
          else if (Array.isArray(v)) regs[a] = v[k];
          else throw indexOutOfRange(k, 0);
        }), 2);
      }
    } else if (isString) {
      b.emit(Op.MOVE, val + 1, x);
      b.emit(Op.MOVE, val + 2, i);
      b.emit(Op.NATIVE, val, fc.pc.native('rangerune', () => (_m, _g, regs, a) => {
        const [r, w] = decodeRune(regs[a + 1] as string, regs[a + 2] as number);
        regs[a] = r;
        regs[a + 1] = w;
      }), 2);
      b.emit(Op.ADDI, next, i, val + 1);
    }
    rangeTarget(fc, s, s.key, i);
    if (s.value) {
      const elemT = isString ? null : (xt as { elem: Type }).elem;
      if (elemT && isAggregate(elemT)) emitCopy(fc, elemT, val);
      rangeTarget(fc, s, s.value, val);
    }
    fc.loops.push({ brk, cont, name: label });
    compileBlock(fc, s.body.list);
    fc.loops.pop();
    fc.release(m);
    b.place(cont);
    if (isString) b.emit(Op.MOVE, i, next);
    else b.emit(Op.ADDIMM, i, i, 1);
    b.emit(Op.STMT, fc.pc.line(s.pos));
    b.emitJump(Op.JMP, top, 1);
    b.place(brk);
    return;
  }
  if (xt.kind === 'Map') {
    const it = fc.temps(2);
    b.emit(Op.MOVE, it + 1, x);
    b.emit(Op.NATIVE, it, fc.pc.native('mapiterinit', mapIterInitNative), 1);
    const done = fc.temps(3);
    b.place(top);
    b.emit(Op.MOVE, done + 1, it); // the native reads the iterator, then writes key and value there
    b.emit(Op.NATIVE, done, fc.pc.native('mapiterdone', () => (_m, _g, regs, a) => {
      const i = regs[a + 1] as MapIter<unknown, unknown>;
      regs[a] = i.done;
      regs[a + 1] = i.key;
      regs[a + 2] = i.elem;
    }), 0);
    b.emitJump(Op.JMPT, brk, 2, done);
    const m = bodyMark();
    // Keys and values are copies of what the map holds (a struct value changed in the body stays changed only there).
    const mt = xt as { key: Type; elem: Type };
    if (s.key && isAggregate(mt.key)) emitCopy(fc, mt.key, done + 1);
    if (s.value && isAggregate(mt.elem)) emitCopy(fc, mt.elem, done + 2);
    rangeTarget(fc, s, s.key, done + 1);
    rangeTarget(fc, s, s.value, done + 2);
    fc.loops.push({ brk, cont, name: label });
    compileBlock(fc, s.body.list);
    fc.loops.pop();
    fc.release(m);
    b.place(cont);
    const nx = fc.temps(2);
    b.emit(Op.MOVE, nx + 1, it);
    b.emit(Op.NATIVE, nx, fc.pc.native('mapiternext', mapIterNextNative), 1);
    b.emit(Op.STMT, fc.pc.line(s.pos));
    b.emitJump(Op.JMP, top, 1);
    b.place(brk);
    return;
  }
  if (xt.kind === 'Chan') {
    const r = fc.temps(2);
    b.place(top);
    b.emit(Op.MOVE, r + 1, x);
    b.emit(Op.NATIVE, r, fc.pc.native('chanrecv2', () => (m, _g, regs, a) => chanRecv(m, regs[a + 1] as Chan | null, true)), 1);
    b.emitJump(Op.JMPF, brk, 2, r + 1);
    const m = bodyMark();
    rangeTarget(fc, s, s.key, r);
    fc.loops.push({ brk, cont, name: label });
    compileBlock(fc, s.body.list);
    fc.loops.pop();
    fc.release(m);
    b.place(cont);
    b.emit(Op.STMT, fc.pc.line(s.pos));
    b.emitJump(Op.JMP, top, 1);
    b.place(brk);
    return;
  }
  throw new Unsupported(fc, s, 'range over this type');
}

function switchStmt(fc: FuncCompiler, s: SwitchStmt, label: string | null): void {
  const b = fc.b;
  fc.emitStmt(s);
  if (s.init) stmt(fc, s.init);
  const tag = fc.temp();
  const tagType = s.tag ? typeOf(fc, s.tag) : null;
  if (s.tag) exprTo(fc, s.tag, tag);
  const end = b.label();
  const clauses = s.body.list as CaseClause[];
  const bodies = clauses.map(() => b.label());
  let defaultIdx = -1;
  const c = fc.temp();
  clauses.forEach((cl, i) => {
    if (cl.list === null) {
      defaultIdx = i;
      return;
    }
    for (const e of cl.list) {
      fc.setLine(e);
      if (s.tag) {
        const v = fc.temp();
        exprAs(fc, e, tagType, v);
        b.emit(Op.EQ, c, tag, v);
      } else exprTo(fc, e, c);
      b.emitJump(Op.JMPT, bodies[i], 2, c);
    }
  });
  if (defaultIdx >= 0) b.emitJump(Op.JMP, bodies[defaultIdx], 1);
  else b.emitJump(Op.JMP, end, 1);
  fc.loops.push({ brk: end, cont: null, name: label });
  clauses.forEach((cl, i) => {
    b.place(bodies[i]);
    const last = cl.body[cl.body.length - 1];
    const falls = last?.kind === 'BranchStmt' && last.tok === 'FALLTHROUGH';
    compileBlock(fc, falls ? cl.body.slice(0, -1) : cl.body);
    if (falls && i + 1 < clauses.length) b.emitJump(Op.JMP, bodies[i + 1], 1);
    else b.emitJump(Op.JMP, end, 1);
  });
  fc.loops.pop();
  b.place(end);
}

function returnStmt(fc: FuncCompiler, results: Expr[]): void {
  const b = fc.b;
  if (results.length === 0) {
    emitReturnNamedOrZero(fc);
    return;
  }
  if (fc.namedResults.length > 0) {
    const regs = evalAll(fc, fc.namedResults.map((v) => v.type), results);
    fc.namedResults.forEach((v, i) => {
      const s = fc.slot(v);
      if (s.kind === 'cell') b.emit(Op.STORECELL, s.r, regs[i]);
      else if (s.kind === 'reg') b.emit(Op.MOVE, s.r, regs[i]);
    });
    emitReturnNamedOrZero(fc);
    return;
  }
  const n = fc.resultCount;
  const base = fc.temps(n);
  if (results.length === 1 && n > 1) multiValue(fc, results[0], base, n);
  else results.forEach((e, i) => exprAs(fc, e, fc.resultTypes[i] ?? null, base + i));
  b.emit(Op.RET, base, 0, n);
}


/** select: channels and values evaluated in source order, then selectgo picks a case. */
function selectStmt(fc: FuncCompiler, s: SelectStmt, label: string | null): void {
  const b = fc.b;
  fc.emitStmt(s);
  const clauses = s.body.list as CommClause[];
  const comms = clauses.filter((c) => c.comm !== null);
  const hasDefault = clauses.some((c) => c.comm === null);
  // Register layout for the native: [result, ch0, v0, ch1, v1, …].
  const base = fc.temps(1 + 2 * comms.length);
  const sends: boolean[] = [];
  comms.forEach((cl, k) => {
    const comm = cl.comm!;
    if (comm.kind === 'SendStmt') {
      sends.push(true);
      exprTo(fc, comm.chan, base + 1 + 2 * k);
      exprAs(fc, comm.value, (under(typeOf(fc, comm.chan)) as { elem: Type }).elem, base + 2 + 2 * k);
    } else {
      sends.push(false);
      const recv = recvOperand(comm);
      if (!recv) throw new Unsupported(fc, comm, 'this select case');
      exprTo(fc, recv, base + 1 + 2 * k);
      b.emit(Op.LOADNIL, base + 2 + 2 * k);
    }
  });
  const key = `select:${sends.map((x) => (x ? 's' : 'r')).join('')}:${hasDefault}`;
  b.emit(Op.NATIVE, base, fc.pc.native(key, () => (m, _g, regs, a) => {
    const cases = sends.map((send, k) => ({ send, ch: regs[a + 1 + 2 * k] as Chan | null, value: regs[a + 2 + 2 * k] }));
    return selectOp(m, cases, hasDefault);
  }), 2 * comms.length);
  // base = chosen index, base+1 = [value, ok]
  const pair = base + 1;
  const end = b.label();
  const bodies = clauses.map(() => b.label());
  const idx = fc.temp(), c = fc.temp();
  clauses.forEach((cl, i) => {
    const k = cl.comm === null ? -1 : comms.indexOf(cl);
    b.emit(Op.LOADI, idx, k);
    b.emit(Op.EQ, c, base, idx);
    b.emitJump(Op.JMPT, bodies[i], 2, c);
  });
  b.emitJump(Op.JMP, end, 1);
  fc.loops.push({ brk: end, cont: null, name: label });
  clauses.forEach((cl, i) => {
    b.place(bodies[i]);
    const comm = cl.comm;
    if (comm && comm.kind === 'AssignStmt') {
      const v = fc.temp(), ok = fc.temp();
      b.emit(Op.GETF, v, pair, 0);
      b.emit(Op.GETF, ok, pair, 1);
      const targets = [v, ok];
      comm.lhs.forEach((l, j) => {
        if (l.kind === 'Ident' && l.name === '_') return;
        if (comm.tok === 'DEFINE' && l.kind === 'Ident') {
          const d = fc.pc.info.defs.get(l);
          if (d && d.kind === 'Var') {
            const r = fc.temp();
            b.emit(Op.MOVE, r, targets[j]);
            fc.bind(d, r);
            return;
          }
        }
        store(fc, l, targets[j]);
      });
    }
    compileBlock(fc, cl.body);
    b.emitJump(Op.JMP, end, 1);
  });
  fc.loops.pop();
  b.place(end);
}

/** The channel operand of a receive case (`<-ch`, `v := <-ch`, `v, ok = <-ch`). */
function recvOperand(comm: Stmt): Expr | null {
  let e: Expr | null = null;
  if (comm.kind === 'ExprStmt') e = comm.x;
  else if (comm.kind === 'AssignStmt') e = comm.rhs[0];
  while (e && e.kind === 'ParenExpr') e = e.x;
  return e && e.kind === 'UnaryExpr' && e.op === 'ARROW' ? e.x : null;
}

/** Jumps to `to` when cond is false; `a < b` on ints becomes one fused JGE (the common loop test). */
function emitExitUnless(fc: FuncCompiler, cond: Expr, to: Label): void {
  let c = cond;
  while (c.kind === 'ParenExpr') c = c.x;
  if (c.kind === 'BinaryExpr' && (c.op === 'LSS' || c.op === 'GEQ')) {
    const xt = under(typeOf(fc, c.x));
    const isNum = xt.kind === 'Basic' && !['string', 'untyped string', 'bool', 'untyped bool'].includes(xt.basic);
    if (isNum && fc.pc.info.types.get(cond)?.mode !== 'constant') {
      const x = exprReg(fc, c.x);
      const y = exprReg(fc, c.y);
      // exit when !(x < y), i.e. x >= y; for x >= y exit when y > x, i.e. JLT x y
      fc.b.emitJump(c.op === 'LSS' ? Op.JGE : Op.JLT, to, 3, x, y);
      return;
    }
  }
  const r = exprReg(fc, cond);
  fc.b.emitJump(Op.JMPF, to, 2, r);
}
