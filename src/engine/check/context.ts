// The checker's state for one file: scopes, the diagnostics so far, the TypeInfo being filled.
import type { Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/source-file.ts';
import type { Expr, FuncDecl, FuncLit, ImportSpec, Node, Spec } from '../syntax/ast.ts';
import { formatMessage, type Code } from './messages.ts';
import { newTypeInfo, type TypeAndValue, type TypeInfo } from './info.ts';
import type { Operand } from './operand.ts';
import { Scope } from './scope.ts';
import { startPos } from './syntax-pos.ts';
import type { StdPackage } from './std-package.ts';
import type { Obj, Signature, Type, Var } from './types.ts';
import { universe } from './universe.ts';

/** Where a diagnostic points: a node or an explicit offset range. */
export type At = Node | { pos: number; end: number };

/** A package-level object and the declaration that introduces it (resolved lazily, in any order). */
export interface DeclInfo {
  obj: Obj;
  /** The spec or function declaration. */
  decl: Spec | FuncDecl;
  /** For a var spec with one initialiser for several names (`a, b := f()`), all of them. */
  lhs?: Var[];
  /** The initialiser of a var or const (by index), or null. */
  init: Expr | null;
  /** Const type and iota come from the spec (possibly inherited from the previous spec). */
  typeExpr: Expr | null;
  iota: number;
  /** A const spec repeating the previous spec's initialiser (errors point at the name). */
  inherited?: boolean;
  /** Objects this declaration's initialiser refers to (for initialization order). */
  deps: Set<Obj>;
}

/** The function being checked (for `return`, captures). */
export interface FuncContext {
  sig: Signature;
  /** The function literal, or null for a declared function. */
  lit: FuncLit | null;
  /** The scope of the function body's parameters. */
  scope: Scope;
  parent: FuncContext | null;
  /** Local variables declared in this function (not its literals), for "declared and not used". */
  locals: Var[];
}

export class Checker {
  readonly info: TypeInfo = newTypeInfo();
  readonly diagnostics: Diagnostic[] = [];
  readonly pkgScope = new Scope(universe, 'package');
  /** Imports are visible only in their file (one file here, but the rule decides the unused-import check). */
  readonly fileScope = new Scope(this.pkgScope, 'file');
  readonly decls = new Map<Obj, DeclInfo>();
  /** Resolution state of package-level objects (for lazy, any-order resolution and cycles). */
  readonly objState = new Map<Obj, 'resolving' | 'done'>();
  /** Parameters and results of each declared function, for checking its body. */
  readonly funcParams = new Map<FuncDecl, { params: Var[]; results: Var[] }>();
  /** Import declarations in order (for the unused-import report). */
  readonly importSpecs: { obj: Obj; spec: ImportSpec }[] = [];
  /** The package each import name denotes. */
  readonly imports = new Map<Obj, StdPackage>();
  /** Non-constant shifts of untyped constants (`1 << n`), mapped to their shifted operand. */
  readonly untypedShifts = new Map<Expr, Expr>();
  /** Checks that must wait until package-level types are complete (map keys of types being declared). */
  readonly later: (() => void)[] = [];
  /** The innermost scope at the point being checked. */
  scope: Scope = this.fileScope;
  /** The function each local variable belongs to (to find captures). */
  readonly varOwner = new Map<Var, FuncContext>();
  /** Objects whose declaration is being resolved: the path, for cycle reports. */
  readonly resolving: Obj[] = [];
  /** The declaration whose initialiser is being checked (dependency edges go into it). */
  currentDecl: DeclInfo | null = null;
  func: FuncContext | null = null;
  /** Value of iota inside a constant declaration, else null. */
  iota: bigint | null = null;
  /** While set, errors are reported here (a constant's name while checking an inherited initialiser). */
  errpos: number | null = null;
  /** While positive, errors are dropped (evaluating parts of unsupported constructs only for their uses). */
  quiet = 0;
  private hasError = false;
  /** The last error reported (its line and text), for gc's one-equal-error-per-line rule. */
  private lastError: { line: number; message: string } | null = null;
  /** Position+message pairs already reported. */
  private readonly reported = new Set<string>();

  constructor(
    readonly file: SourceFile,
    /** The language version's minor number (go.mod's `go 1.N`): newer features are errors, as gc's -lang makes them. */
    readonly goMinor = 23,
  ) {}

  /** Reports `what requires go1.N or later` at `at` unless the language version allows it; true when allowed. */
  allowVersion(minor: number, at: At, what: string): boolean {
    if (this.goMinor >= minor) return true;
    this.error('version_requires', at, what, String(minor), String(this.goMinor));
    return false;
  }

  /** gc's cause text for a feature the language version does not allow yet. */
  versionCause(minor: number): string {
    return `requires go1.${minor} or later (-lang was set to go1.${this.goMinor}; check go.mod)`;
  }

  error(code: Code, at: At, ...args: string[]): void {
    this.report('error', code, at, args);
  }

  /** Errors gc reports with "soft" priority behave the same; kept apart for documentation only. */
  softError(code: Code, at: At, ...args: string[]): void {
    this.report('error', code, at, args);
  }

  private report(severity: 'error' | 'warning', code: Code, at: At, args: string[]): void {
    if (this.quiet > 0) return;
    const pos = this.errpos ?? ('kind' in at && isExprNode(at) ? startPos(at) : at.pos);
    const { message, hint } = formatMessage(code, args);
    // gc drops exact duplicates (same position, same text) when it flushes its errors, and an error
    // whose text equals the previous one's on the same line (base.ErrorfAt: "only one of multiple
    // equal non-syntax errors per line").
    const key = `${pos}:${message}`;
    if (this.reported.has(key)) return;
    // go/types: once there is an error, messages about invalid operands or types are follow-ons.
    if (severity === 'error' && this.hasError && (message.includes('invalid operand') || message.includes('invalid type'))) return;
    const line = this.file.lineIndex(Math.max(0, pos));
    if (severity === 'error' && this.lastError && this.lastError.line === line && this.lastError.message === message) return;
    this.reported.add(key);
    if (severity === 'error') {
      this.lastError = { line, message };
      this.hasError = true;
    }
    const d: Diagnostic = { pos, end: Math.max(pos, at.end), severity, code, message };
    if (hint) d.hint = hint;
    this.diagnostics.push(d);
  }

  record(e: Expr, x: Operand | TypeAndValue): void {
    const tv: TypeAndValue = { mode: x.mode, type: x.type };
    if (x.value !== undefined) tv.value = x.value;
    this.info.types.set(e, tv);
  }

  recordType(e: Expr, t: Type): void {
    this.info.types.set(e, { mode: 'typexpr', type: t });
  }
}

const exprKinds = new Set([
  'Ident', 'BasicLit', 'BadExpr', 'Ellipsis', 'FuncLit', 'CompositeLit', 'ParenExpr', 'SelectorExpr', 'IndexExpr',
  'SliceExpr', 'TypeAssertExpr', 'CallExpr', 'StarExpr', 'UnaryExpr', 'BinaryExpr', 'KeyValueExpr', 'ArrayType',
  'StructType', 'FuncType', 'InterfaceType', 'MapType', 'ChanType',
]);

function isExprNode(n: Node): n is Expr {
  return exprKinds.has(n.kind);
}
