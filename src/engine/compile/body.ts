// Function bodies: parameters and results, the implicit return, the recovery point, closures.
import type { FuncDecl, FuncLit, FuncType, Ident } from '../syntax/ast.ts';
import type { Var } from '../check/types.ts';
import { Op } from '../vm/opcodes.ts';
import type { FuncProto } from '../vm/proto.ts';
import { FuncCompiler } from './func-compiler.ts';
import type { ProgramCompiler } from './program.ts';
import { emitCopy, emitZero } from './expr.ts';
import { compileBlock } from './stmt.ts';
import { isAggregate } from './types-rt.ts';

export function compileFuncBody(pc: ProgramCompiler, d: FuncDecl, name: string): FuncProto {
  const idents: (Ident | null)[] = [];
  if (d.recv) for (const f of d.recv.list) idents.push(...(f.names.length ? f.names : [null]));
  collectParams(d.type, idents);
  const fc = new FuncCompiler(pc, name, idents.length, pc.line(d.pos), null, [], pc.escapingIn(d));
  prologue(fc, d.type, idents);
  compileBlock(fc, d.body!.list);
  epilogue(fc, d.body!.rbrace);
  return fc.finish();
}

/** Compiles a function literal into dst as a Closure. */
export function compileClosure(fc: FuncCompiler, lit: FuncLit, dst: number): void {
  const name = fc.pc.closureName(fc.b.name);
  const idents: (Ident | null)[] = [];
  collectParams(lit.type, idents);
  const index = fc.nested(lit, name, idents.length, (child) => {
    prologue(child, lit.type, idents);
    compileBlock(child, lit.body.list);
    epilogue(child, lit.body.rbrace);
  });
  fc.b.emit(Op.CLOSURE, dst, index);
}

function collectParams(t: FuncType, out: (Ident | null)[]): void {
  for (const f of t.params.list) out.push(...(f.names.length ? f.names : [null]));
}

/** Parameters take the first registers; escaping ones move into cells; aggregates are copied (Go passes by value). */
function prologue(fc: FuncCompiler, t: FuncType, idents: (Ident | null)[]): void {
  idents.forEach((id, i) => {
    if (!id) return;
    const v = fc.pc.info.defs.get(id);
    if (!v || v.kind !== 'Var') return;
    if (isAggregate(v.type)) emitCopy(fc, v.type, i);
    fc.bind(v, i);
  });
  fc.release(Math.max(fc.mark(), idents.length));
  const results: Var[] = [];
  let named = false;
  for (const f of t.results?.list ?? []) {
    const ft = fc.pc.info.types.get(f.type)?.type;
    if (f.names.length === 0) {
      fc.resultCount++;
      if (ft) fc.resultTypes.push(ft);
      continue;
    }
    named = true;
    for (const id of f.names) {
      const v = fc.pc.info.defs.get(id);
      fc.resultCount++;
      if (v && v.kind === 'Var') results.push(v);
    }
  }
  if (named) {
    // Named results live in cells when a deferred closure may change them after return starts.
    const anyEscapes = results.some((v) => fc.escaping.has(v));
    for (const v of results) {
      if (anyEscapes) fc.escaping.add(v);
      const r = fc.temp();
      emitZero(fc, v.type, r);
      fc.bind(v, r);
    }
    fc.namedResults = results;
  }
}

/** The implicit return at the end, and the recovery point: return the named results (or zero values). */
function epilogue(fc: FuncCompiler, rbrace: number): void {
  fc.b.line = fc.pc.line(rbrace);
  emitReturnNamedOrZero(fc);
  fc.b.recoverPc = fc.b.here;
  emitReturnNamedOrZero(fc);
}

export function emitReturnNamedOrZero(fc: FuncCompiler): void {
  if (fc.namedResults.length > 0) {
    const cells = fc.namedResults.every((v) => fc.escaping.has(v));
    const first = fc.slot(fc.namedResults[0]);
    const r0 = first.kind === 'reg' || first.kind === 'cell' ? first.r : 0;
    fc.b.emit(Op.RET, r0, cells ? 1 : 0, fc.namedResults.length);
    return;
  }
  if (fc.resultCount === 0) {
    fc.b.emit(Op.RET, 0, 0, 0);
    return;
  }
  const base = fc.temps(fc.resultCount);
  for (let i = 0; i < fc.resultCount; i++) {
    const t = fc.resultTypes[i];
    if (t) emitZero(fc, t, base + i);
    else fc.b.emit(Op.LOADNIL, base + i);
  }
  fc.b.emit(Op.RET, base, 0, fc.resultCount);
}
