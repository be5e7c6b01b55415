// TypeInfo: what the checker learned about each node, the contract the compiler consumes.
//
// All tables are keyed by AST node identity (the checker never copies nodes). An expression
// that failed to check is either absent or recorded with mode 'invalid'.
import type { CallExpr, Expr, FuncLit, Ident, Node, SelectorExpr } from '../syntax/ast.ts';
import type { ConstValue } from './constant-value.ts';
import type { BuiltinId, Func, Obj, Type, Var } from './types.ts';

/**
 * What kind of thing an expression denotes (go/types operand modes):
 * - `novalue`: a call of a function without results;
 * - `builtin`: a builtin function name (only valid as a callee);
 * - `typexpr`: a type;
 * - `constant`: a compile-time constant (`value` holds it);
 * - `variable`: an addressable location (variable, `*p`, `s[i]`, field of a variable);
 * - `mapindex`: `m[k]` (assignable, not addressable; comma-ok capable);
 * - `value`: any other computed value;
 * - `commaok`: a value that may also produce a second boolean (`<-ch`, `x.(T)`), used in a 2-value context.
 */
export type OperandMode = 'invalid' | 'novalue' | 'builtin' | 'typexpr' | 'constant' | 'variable' | 'mapindex' | 'value' | 'commaok';

export interface TypeAndValue {
  mode: OperandMode;
  type: Type;
  /** Set for mode 'constant'. */
  value?: ConstValue;
}

/** How `x.f` was resolved. */
export interface Selection {
  kind: 'field' | 'method' | 'methodExpr' | 'pkgMember';
  /** The field, method or package member selected. */
  obj: Obj;
  /** The type of x (for pkgMember, the member's type). */
  recv: Type;
  /**
   * Field indices from x's (dereferenced) struct to the selected field or the embedded field that
   * carries the method: `[1, 0]` means field 1, then its field 0. Empty for pkgMember.
   */
  index: number[];
  /** The path walks through at least one pointer (embedded *T or x itself a pointer). */
  indirect: boolean;
  /**
   * For methods: how the receiver is adjusted — 'addr' when x is addressable and the method has a
   * pointer receiver (`v.M()` means `(&v).M()`), 'deref' when x is a pointer and the method takes a
   * value, 'none' otherwise.
   */
  recvAdjust?: 'addr' | 'deref' | 'none';
}

/** What a call expression calls. */
export type Callee =
  | { kind: 'builtin'; id: BuiltinId }
  | { kind: 'conversion'; type: Type }
  /** A function of a std package (`pkg` is its import path), possibly generic (then `signature` is the instantiation). */
  | { kind: 'std'; pkg: string; func: Func; signature: Type }
  | { kind: 'func'; func: Func }
  | { kind: 'method'; func: Func; selection: Selection }
  /** A call through a function value (variable, closure, field, result of a call). */
  | { kind: 'value' };

export interface TypeInfo {
  /** Type and mode of every checked expression (including type expressions). */
  types: Map<Expr, TypeAndValue>;
  /** Identifiers that declare an object (null for `_` and for a package clause name). */
  defs: Map<Ident, Obj | null>;
  /** Identifiers that refer to an object. */
  uses: Map<Ident, Obj>;
  /** Objects declared without an identifier of their own: the per-clause variable of a type switch (key: CaseClause). */
  implicits: Map<Node, Obj>;
  /** Untyped operands converted to a typed context: expression → the type it becomes (e.g. `1` in `var x int64 = 1`). */
  conversions: Map<Expr, Type>;
  /** Resolved selector expressions. */
  selections: Map<SelectorExpr, Selection>;
  /** Resolved callees. */
  callees: Map<CallExpr, Callee>;
  /** Variables of enclosing functions a function literal refers to, in first-use order. */
  captures: Map<FuncLit, Var[]>;
  /** Package-level variables in the order their initialisers must run (Go's initialization order). */
  initOrder: Var[][];
  /** The initialiser expression for each group of initOrder, parallel to it (null for zero values). */
  initExprs: (Expr | null)[];
}

export function newTypeInfo(): TypeInfo {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    conversions: new Map(),
    selections: new Map(),
    callees: new Map(),
    captures: new Map(),
    initOrder: [],
    initExprs: [],
  };
}
