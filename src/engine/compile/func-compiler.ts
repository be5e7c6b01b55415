// Per-function compilation state: registers, where each variable lives, loop labels, the builder.
//
// A variable lives in a register, unless a closure captures it or its address is taken (then a
// Cell in a register, shared by reference), or it belongs to an enclosing function (an upvalue
// cell), or it is package-level (a Cell constant shared by every function).
import type { FuncLit, FuncDecl, Node } from '../syntax/ast.ts';
import type { Type, Var } from '../check/types.ts';
import { Op, ProtoBuilder, type Label } from '../vm/proto-builder.ts';
import type { Cell } from '../vm/values.ts';
import type { FuncProto, LocalInfo } from '../vm/proto.ts';
import type { ProgramCompiler } from './program.ts';

export type Slot =
  | { kind: 'reg'; r: number }
  | { kind: 'cell'; r: number }
  | { kind: 'up'; i: number }
  | { kind: 'global'; cell: Cell };

export interface LoopLabels {
  brk: Label;
  cont: Label | null;
  /** The label name of a labelled statement, if any. */
  name: string | null;
}

export class FuncCompiler {
  readonly b: ProtoBuilder;
  private readonly slots = new Map<Var, Slot>();
  /** Captured variables of this function literal, in capture order (upvalue index = position). */
  readonly upvalues: Var[];
  /** Registers in the parent frame (or -1-i for the parent's upvalues) holding the captured cells. */
  readonly captureSources: number[] = [];
  /** Variables that must live in cells. */
  readonly escaping: Set<Var>;
  readonly loops: LoopLabels[] = [];
  /** Registers of the function's results when they are named (in order), for bare returns. */
  namedResults: Var[] = [];
  resultCount = 0;
  /** Types of the results, for zero values on a recovered panic's return. */
  resultTypes: Type[] = [];
  private top: number;

  constructor(
    readonly pc: ProgramCompiler,
    name: string,
    nparams: number,
    line: number,
    readonly parent: FuncCompiler | null,
    captured: Var[],
    escaping: Set<Var>,
  ) {
    this.b = new ProtoBuilder(name, nparams, line);
    this.upvalues = captured;
    this.escaping = escaping;
    this.top = nparams;
    captured.forEach((v, i) => this.slots.set(v, { kind: 'up', i }));
  }

  /** A fresh temporary register. */
  temp(): number {
    const r = this.top++;
    if (this.top > this.b.nregs) this.b.nregs = this.top;
    return r;
  }

  /** `n` consecutive fresh registers; returns the first. */
  temps(n: number): number {
    const r = this.top;
    for (let i = 0; i < n; i++) this.temp();
    return r;
  }

  mark(): number {
    return this.top;
  }

  /** Frees temporaries above a mark (statement boundaries). Variables declared since stay allocated by the caller's choice. */
  release(mark: number): void {
    this.top = mark;
    // A variable whose register is freed goes out of scope here (its register may be reused).
    if (this.inScope.some((l) => l.slot >= mark)) {
      for (const l of this.inScope) if (l.slot >= mark) l.to = this.b.here;
      this.inScope = this.inScope.filter((l) => l.to < 0);
    }
  }

  /** Debug info for inspection: every named local with its instruction range (closed by release or at the end). */
  private readonly locals: LocalInfo[] = [];
  /** The locals whose range is still open (a statement boundary checks only these). */
  private inScope: LocalInfo[] = [];

  /** Declares a local variable in a fresh register; returns its register. */
  declare(v: Var, reg = this.temp()): number {
    const cell = this.escaping.has(v);
    this.slots.set(v, cell ? { kind: 'cell', r: reg } : { kind: 'reg', r: reg });
    if (v.name !== '_' && v.name !== '') {
      const l: LocalInfo = { name: v.name, type: v.type, where: cell ? 'cell' : 'reg', slot: reg, from: this.b.here, to: -1 };
      this.locals.push(l);
      this.inScope.push(l);
    }
    return reg;
  }

  /** Builds the function's proto with its locals' debug info. */
  finish(): FuncProto {
    const p = this.b.build();
    p.locals = this.localsInfo();
    return p;
  }

  /** The locals' debug info once the body is compiled (open ranges end at the last instruction). */
  localsInfo(): LocalInfo[] {
    const end = this.b.here;
    const ups: LocalInfo[] = this.upvalues.map((v, i) => ({ name: v.name, type: v.type, where: 'up', slot: i, from: 0, to: end }));
    return [...ups, ...this.locals.map((l) => (l.to < 0 ? { ...l, to: end } : l))];
  }

  /**
   * Declares v living in `reg`, which already holds its initial value; a variable that escapes
   * (captured or address-taken) is boxed into its cell there.
   */
  bind(v: Var, reg: number): void {
    this.declare(v, reg);
    if (this.escaping.has(v)) this.b.emit(Op.NEWCELL, reg);
  }

  slot(v: Var): Slot {
    const s = this.slots.get(v);
    if (s) return s;
    const g = this.pc.globalSlot(v);
    if (g !== null) return g;
    // A variable of an enclosing function that the checker did not list as captured: capture it now.
    throw new Error(`compiler: no slot for variable ${v.name}`);
  }

  /** Compiles a function literal nested in this function; returns its proto index. */
  nested(lit: FuncLit, name: string, nparams: number, compileBody: (fc: FuncCompiler) => void): number {
    const captured = this.pc.info.captures.get(lit) ?? [];
    const child = new FuncCompiler(this.pc, name, nparams, this.pc.line(lit.pos), this, captured, this.pc.escapingIn(lit));
    for (const v of captured) {
      const s = this.slot(v);
      if (s.kind === 'cell') child.captureSources.push(s.r);
      else if (s.kind === 'up') child.captureSources.push(-1 - s.i);
      else throw new Error(`compiler: captured variable ${v.name} is not in a cell`);
    }
    compileBody(child);
    child.b.setCaptures(child.captureSources);
    return this.b.addProto(child.finish());
  }

  setLine(node: Node): void {
    this.b.line = this.pc.line(node.pos);
  }

  emitStmt(node: Node): void {
    this.setLine(node);
    this.b.emit(Op.STMT, this.b.line);
  }

  findLoop(name: string | null, needCont: boolean): LoopLabels | undefined {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (name !== null ? l.name === name : !needCont || l.cont !== null) return l;
    }
    return undefined;
  }
}

export type FuncNode = FuncDecl | FuncLit;
