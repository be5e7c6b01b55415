// Compiles a checked file into a Program for the VM: every function, method and closure to bytecode.
import type { File, FuncDecl, Node, Ident } from '../syntax/ast.ts';
import type { SourceFile } from '../source/source-file.ts';
import type { TypeInfo } from '../check/info.ts';
import { newInterface, under, type Func, type Obj, type Type, type Var } from '../check/types.ts';
import { typeString } from '../check/type-string.ts';
import { isRuntimeErrorType, type GoError } from '../runtime/std/errors.ts';
import { stdMethodNative, stdVarNative } from '../runtime/std/index.ts';
import { ProtoBuilder } from '../vm/proto-builder.ts';
import { Op } from '../vm/opcodes.ts';
import { Closure, Cell } from '../vm/values.ts';
import { FuncProto } from '../vm/proto.ts';
import type { NativeFn } from '../vm/native.ts';
import type { Program } from '../vm/machine.ts';
import { CrashReporter } from '../runtime/crash-report.ts';
import type { Slot } from './func-compiler.ts';
import { compileFuncBody } from './body.ts';
import { compileGlobalInit } from './globals.ts';
import { formatPanicValue } from '../runtime/std/panic-value.ts';
import { walk } from './walk.ts';
import { lookupFieldOrMethod } from '../check/lookup.ts';

const placeholder = new FuncProto('?', new Int32Array(0), new Int32Array(0), [], 0, 0, new Int32Array(0), [], 0);

/** Language choices that differ between Go versions. */
export interface CompileOptions {
  /**
   * Go 1.22+ (the default): each iteration of a for loop has its own copy of the variables the loop
   * declares. False gives Go 1.21 and earlier: one variable for the whole loop, which closures and
   * goroutines started in the loop all share (the classic bug).
   */
  perIterationLoopVars?: boolean;
}

export class ProgramCompiler {
  readonly natives: NativeFn[] = [];
  private readonly nativeIds = new Map<string, number>();
  readonly funcs = new Map<Func, Closure>();
  private readonly globals = new Map<Var, Cell>();
  private readonly escaping = new Set<Var>();
  /** Closure counters per enclosing function name (Go names closures f.func1, f.func2, …). */
  private readonly closureCount = new Map<string, number>();

  constructor(
    readonly file: SourceFile,
    readonly ast: File,
    readonly info: TypeInfo,
    readonly options: CompileOptions = {},
  ) {
    this.findEscaping();
  }

  line(pos: number): number {
    return this.file.position(pos).line;
  }

  /** Registers a native under a stable name (one entry per name); returns its index. */
  native(name: string, make: () => NativeFn): number {
    let id = this.nativeIds.get(name);
    if (id === undefined) {
      id = this.natives.push(make()) - 1;
      this.nativeIds.set(name, id);
    }
    return id;
  }

  /** Every native's registered name, by index (the race detector wraps natives by name). */
  nativeNames(): string[] {
    const names: string[] = [];
    for (const [name, id] of this.nativeIds) names[id] = name;
    return names;
  }

  /** A stable key naming a type, for caching type-specialised natives. */
  typeKey(t: Type): string {
    let k = this.typeKeys.get(t);
    if (k === undefined) {
      k = typeString(t, (pkg) => pkg ?? '');
      if (t.kind === 'Named' && t.obj.pos >= 0) k += `@${t.obj.pos}`;
      this.typeKeys.set(t, k);
    }
    return k;
  }
  private readonly typeKeys = new Map<Type, string>();

  /** The empty interface, the parameter type of panic. */
  readonly emptyInterface: Type = newInterface([]);

  /**
   * The method `name` in the method set of a dynamic type (promoted ones included), and how to turn
   * the boxed value into its receiver (walking embedded fields, dereferencing for value receivers).
   */
  methodFor(t: Type, name: string): { closure: Closure; recvFromBoxed: (v: unknown) => unknown } | null {
    if (name === 'Error' && isRuntimeErrorType(t)) {
      return { closure: this.nativeMethod('errors.(*errorString).Error', (v) => (v as GoError).message), recvFromBoxed: (v) => v };
    }
    // The runtime's own errors are runtime.Error values: RuntimeError() is their marker method.
    if (name === 'RuntimeError' && isRuntimeErrorType(t) && (t.kind === 'Pointer' ? t.elem : t).kind === 'Named' && ((t.kind === 'Pointer' ? t.elem : t) as { obj: { pkg: string } }).obj.pkg === 'runtime') {
      return { closure: this.nativeMethod('runtime.RuntimeError', () => undefined), recvFromBoxed: (v) => v };
    }
    const found = lookupFieldOrMethod(t, false, name);
    if (found.kind !== 'found' || found.obj.kind !== 'Func') return null;
    const f = found.obj;
    const closure = this.funcs.get(f) ?? (f.pkg !== 'main' ? this.stdMethodClosure(f) : undefined);
    if (!closure) return null;
    // The type holding the method at the end of the embedding path, and whether it is reached through a pointer.
    let cur: Type = t;
    for (const i of found.index) {
      const st = under(cur.kind === 'Pointer' ? cur.elem : cur);
      cur = st.kind === 'Struct' ? st.fields[i].type : cur;
    }
    const atPtr = cur.kind === 'Pointer';
    const holder = atPtr ? (cur as { elem: Type }).elem : cur;
    // Through a pointer to a non-aggregate, a value-receiver method gets the pointee.
    const deref = atPtr && !f.ptrRecv && !isAggregate(holder);
    const path = found.index;
    const walkPath = (v: unknown) => {
      for (const i of path) v = (v as unknown[])[i];
      return v;
    };
    if (path.length === 0) return { closure, recvFromBoxed: deref ? (v) => (v as { v: unknown }).v : (v) => v };
    return { closure, recvFromBoxed: deref ? (v) => (walkPath(v) as { v: unknown }).v : walkPath };
  }

  private readonly nativeMethods = new Map<string, Closure>();
  /**
   * A std method reached through an interface (`var h hash.Hash32 = fnv.New32a()`, a sync.Locker):
   * a function whose body is the method's native, with the receiver as its first parameter.
   */
  private stdMethodClosure(f: Func): Closure {
    const sig = f.type;
    const recv = sig.recv?.type;
    const named = recv && (recv.kind === 'Pointer' ? recv.elem : recv);
    const key = `${named && named.kind === 'Named' ? `${named.obj.pkg}.${named.obj.name}` : '?'}.${f.name}`;
    let c = this.nativeMethods.get(`iface:${key}`);
    if (c) return c;
    const argc = 1 + sig.params.vars.length, nres = sig.results.vars.length;
    const id = this.native(`stdm:${key}`, () => stdMethodNative(key, sig, this));
    const b = new ProtoBuilder(key, argc, 0);
    const base = b.nregs;
    b.nregs += 1 + argc + Math.max(0, nres - 1);
    for (let i = 0; i < argc; i++) b.emit(Op.MOVE, base + 1 + i, i);
    b.emit(Op.NATIVE, base, id, argc);
    b.emit(Op.RET, base, 0, nres);
    const proto = b.build();
    proto.std = key;
    c = new Closure(proto, []);
    this.nativeMethods.set(`iface:${key}`, c);
    return c;
  }

  private nativeMethod(name: string, fn: (recv: unknown) => unknown): Closure {
    let c = this.nativeMethods.get(name);
    if (c) return c;
    const id = this.native(name, () => (_m, _g, regs, a) => {
      regs[a] = fn(regs[a + 1]);
    });
    const b = new ProtoBuilder(name, 1, 0);
    const base = b.reg(), arg = b.reg();
    b.emit(Op.MOVE, arg, 0);
    b.emit(Op.NATIVE, base, id, 1);
    b.emit(Op.RET, base, 0, 1);
    c = new Closure(b.build(), []);
    this.nativeMethods.set(name, c);
    return c;
  }

  /** A native that loads a std package-level value (os.Stdout …). */
  stdValue(obj: Obj, _at: Node): number {
    const key = `${obj.pkg}.${obj.name}`;
    return this.native(`stdvar:${key}`, () => stdVarNative(key));
  }

  globalSlot(v: Var): Slot | null {
    const cell = this.globals.get(v);
    return cell ? { kind: 'global', cell } : null;
  }

  escapingIn(_fn: Node): Set<Var> {
    return this.escaping;
  }

  closureName(outer: string): string {
    const n = (this.closureCount.get(outer) ?? 0) + 1;
    this.closureCount.set(outer, n);
    // Go names the closures of a function f as f.func1, f.func2, and closures nested in a closure as f.func1.1.
    return /\.func\d+(\.\d+)*$/.test(outer) ? `${outer}.${n}` : `${outer}.func${n}`;
  }

  /** Go's name of a declared function or method, as dumps print it. */
  funcName(d: FuncDecl): string {
    if (!d.recv || d.recv.list.length === 0) return `main.${d.name.name}`;
    let t = d.recv.list[0].type;
    let ptr = false;
    if (t.kind === 'StarExpr') {
      ptr = true;
      t = t.x;
    }
    const tn = t.kind === 'Ident' ? t.name : '?';
    return ptr ? `main.(*${tn}).${d.name.name}` : `main.${tn}.${d.name.name}`;
  }

  compile(): Program {
    const decls = this.ast.decls.filter((d): d is FuncDecl => d.kind === 'FuncDecl' && d.body !== null);
    for (const d of decls) {
      const obj = this.info.defs.get(d.name);
      if (obj && obj.kind === 'Func') this.funcs.set(obj, new Closure(placeholder, []));
    }
    for (const v of this.info.initOrder.flat()) this.globals.set(v, new Cell(null));
    for (const d of decls) {
      const obj = this.info.defs.get(d.name);
      if (!obj || obj.kind !== 'Func') continue;
      this.funcs.get(obj)!.proto = compileFuncBody(this, d, this.funcName(d));
    }
    const init = compileGlobalInit(this, this.globals, decls);
    const mainDecl = decls.find((d) => !d.recv && d.name.name === 'main');
    const mainObj = mainDecl ? this.info.defs.get(mainDecl.name) : undefined;
    const main = mainObj && mainObj.kind === 'Func' ? this.funcs.get(mainObj)!.proto : init;
    return {
      main,
      init: init === main ? undefined : init,
      natives: this.natives,
      runtime: new CrashReporter(this.file.name, formatPanicValue),
    };
  }

  /** Variables captured by a closure or whose address is taken live in cells. */
  private findEscaping(): void {
    for (const vars of this.info.captures.values()) for (const v of vars) this.escaping.add(v);
    walk(this.ast, (n) => {
      if (n.kind === 'UnaryExpr' && n.op === 'AND') {
        let x = n.x;
        while (x.kind === 'ParenExpr') x = x.x;
        if (x.kind === 'Ident') this.markAddressed(x);
      }
      if (n.kind === 'SelectorExpr') {
        const sel = this.info.selections.get(n);
        if (sel && sel.kind === 'method' && sel.recvAdjust === 'addr') {
          let x = n.x;
          while (x.kind === 'ParenExpr') x = x.x;
          if (x.kind === 'Ident') this.markAddressed(x);
        }
      }
    });
  }

  private markAddressed(id: Ident): void {
    const obj = this.info.uses.get(id) ?? this.info.defs.get(id);
    if (obj && obj.kind === 'Var' && !isAggregateVar(obj)) this.escaping.add(obj);
  }
}

/** Aggregates (structs, arrays, sync objects) are their own address: no cell needed to point at them. */
function isAggregateVar(v: Var): boolean {
  return isAggregate(v.type);
}

import { isAggregate } from './types-rt.ts';
