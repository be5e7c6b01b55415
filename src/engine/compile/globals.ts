// Package initialisation: package-level variables in Go's initialisation order, then init functions.
import type { FuncDecl } from '../syntax/ast.ts';
import type { Var } from '../check/types.ts';
import { Op } from '../vm/opcodes.ts';
import type { FuncProto } from '../vm/proto.ts';
import type { Cell } from '../vm/values.ts';
import { FuncCompiler } from './func-compiler.ts';
import type { ProgramCompiler } from './program.ts';
import { emitZero, exprAs } from './expr.ts';
import { compileCall } from './call.ts';

export function compileGlobalInit(pc: ProgramCompiler, globals: Map<Var, Cell>, decls: FuncDecl[]): FuncProto {
  const fc = new FuncCompiler(pc, 'main.init', 0, 0, null, [], pc.escapingIn(pc.ast));
  const { initOrder, initExprs } = pc.info;
  // Every global starts at its zero value (so initialisers may read not-yet-initialised ones).
  for (const v of globals.keys()) {
    const r = fc.temp();
    emitZero(fc, v.type, r);
    const c = fc.temp();
    fc.b.emit(Op.LOADK, c, fc.b.constant(globals.get(v)!));
    fc.b.emit(Op.STORECELL, c, r);
  }
  initOrder.forEach((vars, i) => {
    const e = initExprs[i];
    if (!e) return;
    fc.setLine(e);
    const base = fc.temps(vars.length);
    if (vars.length === 1) exprAs(fc, e, vars[0].type, base);
    else if (e.kind === 'CallExpr') {
      // var a, b = f()
      compileCall(fc, e, base, vars.length);
    }
    vars.forEach((v, k) => {
      const c = fc.temp();
      fc.b.emit(Op.LOADK, c, fc.b.constant(globals.get(v)!));
      fc.b.emit(Op.STORECELL, c, base + k);
    });
  });
  for (const d of decls) {
    if (d.recv || d.name.name !== 'init') continue;
    const obj = pc.info.defs.get(d.name);
    if (!obj || obj.kind !== 'Func') continue;
    const r = fc.temp();
    fc.b.emit(Op.LOADK, r, fc.b.constant(pc.funcs.get(obj)!));
    fc.b.emit(Op.CALL, r, r, 0);
  }
  fc.b.emit(Op.RET, 0, 0, 0);
  return fc.finish();
}
