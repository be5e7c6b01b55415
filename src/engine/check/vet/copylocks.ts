// go vet's copylocks check (Go 1.23): values holding a sync.Mutex, WaitGroup, … copied by assignment, call,
// return, range, composite literal or a by-value receiver or parameter.
//
// Copying a lock copies its state: the copy may be locked already, and unlocking one does not unlock
// the other. go vet reports each copy as a warning; the program still builds and runs, and so it does
// here (severity 'warning', code `copied_lock`). The rules and the wording are vet's own
// (golang.org/x/tools/go/analysis/passes/copylock, vendored in Go 1.23):
// - an expression "copies" only when it is a value that is not a composite literal, a call, or `*call()`
//   (those make new values; vet assumes a call may return a zero value);
// - receivers and parameters are checked by their declared type; results are left to return statements;
// - new, len and cap take their argument without copying it.
// vet only runs on a package that type-checks, so the checker calls this only when there are no errors.
import type { Diagnostic } from '../../source/diagnostic.ts';
import type { AssignStmt, CallExpr, CompositeLit, Expr, FieldList, File, FuncType, GenDecl, Node, RangeStmt, ReturnStmt } from '../../syntax/ast.ts';
import type { TypeInfo } from '../info.ts';
import type { Qualifier } from '../type-string.ts';
import { newTuple, newVar, under, type Type } from '../types.ts';
import { Typ } from '../universe.ts';
import { formatExpr } from './format-expr.ts';
import { lockPath, lockPathString, vetQualifier } from './lock-path.ts';

export interface VetOptions {
  /**
   * The package path vet prints for the learner's package. Default `main`: what vet prints for a module
   * named main, the lab's convention (check/testdata/README.md). `go vet prog.go` outside a module
   * would say `command-line-arguments`.
   */
  mainPath?: string;
}

const hint =
  'A value containing a lock was copied, so the copy has its own lock state: locking one does not lock the other. Share it through a pointer (for example *T, or &v) instead.';

/** Runs the copylocks check over a type-checked file. Never throws; returns vet's warnings. */
export function vetCopyLocks(ast: File, info: TypeInfo, options: VetOptions = {}): Diagnostic[] {
  const v = new CopyLocks(info, vetQualifier(options.mainPath ?? 'main'));
  try {
    v.walk(ast, 0);
  } catch {
    // A vet bug must not cost the learner their run: keep what was found.
  }
  return v.out;
}

/** The children of a node, found generically: AST nodes are plain objects with a string `kind`. */
function children(n: Node): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(n) as unknown[]) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as { kind?: unknown }).kind === 'string';
}

function unparen(x: Expr): Expr {
  let e = x;
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

class CopyLocks {
  readonly out: Diagnostic[] = [];

  constructor(
    private readonly info: TypeInfo,
    private readonly q: Qualifier,
  ) {}

  walk(n: Node, depth: number): void {
    if (depth > 10_000) return;
    this.visit(n);
    for (const c of children(n)) this.walk(c, depth + 1);
  }

  private visit(n: Node): void {
    switch (n.kind) {
      case 'RangeStmt':
        return this.range(n);
      case 'FuncDecl':
        return this.func(n.name.name, n.recv, n.type);
      case 'FuncLit':
        return this.func('func', null, n.type);
      case 'CallExpr':
        return this.call(n);
      case 'AssignStmt':
        return this.assign(n);
      case 'GenDecl':
        return this.genDecl(n);
      case 'CompositeLit':
        return this.compositeLit(n);
      case 'ReturnStmt':
        return this.returnStmt(n);
      default:
    }
  }

  private report(at: Expr, message: string): void {
    this.out.push({ pos: at.pos, end: at.end, severity: 'warning', code: 'copied_lock', message, hint });
  }

  /**
   * The lock chain of the value x copies, or null when x holds no lock or makes a fresh value. With
   * `commaOk`, x is the single right-hand side of `v, ok := m[k]` (or `x.(T)`, `<-ch`): go/types records
   * its type as the pair (T, bool), and vet's chain starts there: `(main.Counter, bool) contains …`.
   */
  private rhsPath(x0: Expr, commaOk = false): string | null {
    const x = unparen(x0);
    if (x.kind === 'CompositeLit' || x.kind === 'CallExpr') return null;
    if (x.kind === 'StarExpr' && unparen(x.x).kind === 'CallExpr') return null;
    const tv = this.info.types.get(x);
    if (!tv || tv.mode === 'invalid' || tv.mode === 'novalue' || tv.mode === 'builtin' || tv.mode === 'typexpr') return null;
    let type = tv.type;
    if (commaOk) {
      const value = this.commaOkValue(x);
      if (value) type = newTuple([newVar('', value, null), newVar('', Typ.bool, null)]);
    }
    const path = lockPath(type, this.q);
    return path ? lockPathString(path) : null;
  }

  /**
   * For a map index, type assertion or receive (the expressions that can yield a second, boolean value),
   * the type of the first value, read from the operands (the checker records the pair's second half).
   */
  private commaOkValue(x: Expr): Type | null {
    if (x.kind === 'TypeAssertExpr') return x.type ? (this.info.types.get(x.type)?.type ?? null) : null;
    const operand = x.kind === 'IndexExpr' || (x.kind === 'UnaryExpr' && x.op === 'ARROW') ? this.info.types.get(x.x)?.type : undefined;
    if (!operand) return null;
    const u = under(operand);
    if (x.kind === 'IndexExpr') return u.kind === 'Map' ? u.elem : null;
    return u.kind === 'Chan' ? u.elem : null;
  }

  private typePath(typeExpr: Expr): string | null {
    const t = this.info.types.get(typeExpr)?.type;
    const path = lockPath(t, this.q);
    return path ? lockPathString(path) : null;
  }

  private assign(as: AssignStmt): void {
    const commaOk = as.lhs.length === 2 && as.rhs.length === 1;
    as.rhs.forEach((x, i) => {
      const path = this.rhsPath(x, commaOk);
      // vet quotes lhs[i]; with `a, b := f()` there is one rhs and it is a call, never reported.
      const lhs = as.lhs[i];
      if (path && lhs) this.report(x, `assignment copies lock value to ${formatExpr(lhs)}: ${path}`);
    });
  }

  private genDecl(gd: GenDecl): void {
    if (gd.tok !== 'VAR') return;
    for (const spec of gd.specs) {
      if (spec.kind !== 'ValueSpec') continue;
      const commaOk = spec.names.length === 2 && spec.values.length === 1;
      spec.values.forEach((x, i) => {
        const path = this.rhsPath(x, commaOk);
        const name = spec.names[i];
        if (path && name) this.report(x, `variable declaration copies lock value to ${name.name}: ${path}`);
      });
    }
  }

  private compositeLit(cl: CompositeLit): void {
    for (const elt of cl.elts) {
      const x = elt.kind === 'KeyValueExpr' ? elt.value : elt;
      const path = this.rhsPath(x);
      if (path) this.report(x, `literal copies lock value from ${formatExpr(x)}: ${path}`);
    }
  }

  private returnStmt(rs: ReturnStmt): void {
    for (const x of rs.results) {
      const path = this.rhsPath(x);
      if (path) this.report(x, `return copies lock value: ${path}`);
    }
  }

  private call(ce: CallExpr): void {
    const id = ce.fun.kind === 'Ident' ? ce.fun : ce.fun.kind === 'SelectorExpr' ? ce.fun.sel : null;
    const obj = id ? this.info.uses.get(id) : undefined;
    if (obj?.kind === 'Builtin' && (obj.id === 'new' || obj.id === 'len' || obj.id === 'cap')) return;
    for (const x of ce.args) {
      const path = this.rhsPath(x);
      if (path) this.report(x, `call of ${formatExpr(ce.fun)} copies lock value: ${path}`);
    }
  }

  private func(name: string, recv: FieldList | null, type: FuncType): void {
    const first = recv?.list[0];
    if (first) {
      const path = this.typePath(first.type);
      if (path) this.report(first.type, `${name} passes lock by value: ${path}`);
    }
    for (const field of type.params.list) {
      const path = this.typePath(field.type);
      if (path) this.report(field.type, `${name} passes lock by value: ${path}`);
    }
  }

  private range(r: RangeStmt): void {
    this.rangeVar(r.tok, r.key);
    this.rangeVar(r.tok, r.value);
  }

  private rangeVar(tok: RangeStmt['tok'], e: Expr | null): void {
    if (!e) return;
    if (e.kind === 'Ident' && e.name === '_') return;
    let t;
    if (tok === 'DEFINE') {
      if (e.kind !== 'Ident') return;
      t = this.info.defs.get(e)?.type;
    } else t = this.info.types.get(e)?.type;
    const path = lockPath(t, this.q);
    // Go 1.23's vet words this one without "value".
    if (path) this.report(e, `range var ${formatExpr(e)} copies lock: ${lockPathString(path)}`);
  }
}
