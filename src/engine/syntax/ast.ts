// The Go syntax tree: node kinds modelled on go/ast, every node carrying exact source offsets.
//
// Invariants: `pos` is the offset of the node's first character and `end` the offset just past
// its last (see source/source-file.ts for how offsets become Go line:column positions). Nodes are
// plain data (structured-clone friendly). The checker never mutates the tree; it records types
// in side tables keyed by node. `BadExpr`/`BadStmt`/`BadDecl` stand where the parser recovered
// from a syntax error, so a broken file still yields a tree for the rest.
import type { Pos } from '../source/source-file.ts';
import type { TokenKind } from './token.ts';

interface NodeBase {
  pos: Pos;
  end: Pos;
}

// ---------------------------------------------------------------- identifiers and literals

export interface Ident extends NodeBase {
  kind: 'Ident';
  name: string;
}

export type BasicLitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

export interface BasicLit extends NodeBase {
  kind: 'BasicLit';
  litKind: BasicLitKind;
  /** The literal exactly as written, e.g. `0x_FF`, `'\n'`, "`raw`". */
  value: string;
}

// ---------------------------------------------------------------- expressions

export interface BadExpr extends NodeBase {
  kind: 'BadExpr';
}

/** `...T` in a parameter list, or `[...]T` length. */
export interface Ellipsis extends NodeBase {
  kind: 'Ellipsis';
  elt: Expr | null;
}

export interface FuncLit extends NodeBase {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit';
  /** Null for elided types inside another composite literal (`[]Point{{1, 2}}`). */
  type: Expr | null;
  lbrace: Pos;
  elts: Expr[];
  rbrace: Pos;
}

export interface ParenExpr extends NodeBase {
  kind: 'ParenExpr';
  x: Expr;
}

export interface SelectorExpr extends NodeBase {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
}

export interface IndexExpr extends NodeBase {
  kind: 'IndexExpr';
  x: Expr;
  lbrack: Pos;
  index: Expr;
  /** Further type arguments of a generic instantiation `F[A, B]` (reported as unsupported); absent otherwise. */
  extraIndices?: Expr[];
}

/** `x[a:b]` / `x[a:b:c]`. */
export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr';
  x: Expr;
  lbrack: Pos;
  low: Expr | null;
  high: Expr | null;
  max: Expr | null;
  slice3: boolean;
}

/** `x.(T)`; `type` is null for `x.(type)` in a type switch. */
export interface TypeAssertExpr extends NodeBase {
  kind: 'TypeAssertExpr';
  x: Expr;
  type: Expr | null;
}

export interface CallExpr extends NodeBase {
  kind: 'CallExpr';
  fun: Expr;
  lparen: Pos;
  args: Expr[];
  /** Offset of `...` in `f(xs...)`, or null. */
  ellipsis: Pos | null;
  rparen: Pos;
}

/** `*x`: a dereference or a pointer type, decided by the checker. */
export interface StarExpr extends NodeBase {
  kind: 'StarExpr';
  x: Expr;
}

/** Unary operators: + - ! ^ & <- */
export interface UnaryExpr extends NodeBase {
  kind: 'UnaryExpr';
  op: TokenKind;
  opPos: Pos;
  x: Expr;
}

export interface BinaryExpr extends NodeBase {
  kind: 'BinaryExpr';
  x: Expr;
  op: TokenKind;
  opPos: Pos;
  y: Expr;
}

/** `key: value` inside a composite literal. */
export interface KeyValueExpr extends NodeBase {
  kind: 'KeyValueExpr';
  key: Expr;
  colon: Pos;
  value: Expr;
}

// ---------------------------------------------------------------- types

/** `[N]T`, `[...]T` (len is Ellipsis) or `[]T` (len null). */
export interface ArrayType extends NodeBase {
  kind: 'ArrayType';
  len: Expr | null;
  elt: Expr;
}

export interface StructType extends NodeBase {
  kind: 'StructType';
  fields: FieldList;
}

export interface FuncType extends NodeBase {
  kind: 'FuncType';
  /** Type parameters, when present (generics: reported as unsupported). */
  typeParams: FieldList | null;
  params: FieldList;
  results: FieldList | null;
}

export interface InterfaceType extends NodeBase {
  kind: 'InterfaceType';
  /** Methods (names + FuncType) and embedded interfaces (no names). */
  methods: FieldList;
}

export interface MapType extends NodeBase {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType extends NodeBase {
  kind: 'ChanType';
  dir: ChanDir;
  value: Expr;
}

export type Expr =
  | Ident
  | BasicLit
  | BadExpr
  | Ellipsis
  | FuncLit
  | CompositeLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType;

// ---------------------------------------------------------------- fields

export interface Field extends NodeBase {
  kind: 'Field';
  /** Empty for anonymous parameters/results and embedded struct fields. */
  names: Ident[];
  type: Expr;
  tag: BasicLit | null;
}

export interface FieldList extends NodeBase {
  kind: 'FieldList';
  /** Offset of the opening `(` or `{`, or NoPos when absent (single unparenthesised result). */
  opening: Pos;
  list: Field[];
  closing: Pos;
}

// ---------------------------------------------------------------- statements

export interface BadStmt extends NodeBase {
  kind: 'BadStmt';
}

export interface DeclStmt extends NodeBase {
  kind: 'DeclStmt';
  decl: GenDecl;
}

export interface EmptyStmt extends NodeBase {
  kind: 'EmptyStmt';
  /** True when the semicolon was inserted automatically. */
  implicit: boolean;
}

export interface LabeledStmt extends NodeBase {
  kind: 'LabeledStmt';
  label: Ident;
  stmt: Stmt;
}

export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  x: Expr;
}

export interface SendStmt extends NodeBase {
  kind: 'SendStmt';
  chan: Expr;
  arrow: Pos;
  value: Expr;
}

/** `x++` / `x--`. */
export interface IncDecStmt extends NodeBase {
  kind: 'IncDecStmt';
  x: Expr;
  tok: 'INC' | 'DEC';
  tokPos: Pos;
}

/** `=`, `:=` and the assignment operators (`+=` …), tok names which. */
export interface AssignStmt extends NodeBase {
  kind: 'AssignStmt';
  lhs: Expr[];
  tok: TokenKind;
  tokPos: Pos;
  rhs: Expr[];
}

export interface GoStmt extends NodeBase {
  kind: 'GoStmt';
  call: CallExpr;
}

export interface DeferStmt extends NodeBase {
  kind: 'DeferStmt';
  call: CallExpr;
}

export interface ReturnStmt extends NodeBase {
  kind: 'ReturnStmt';
  results: Expr[];
}

/** break, continue, goto (unsupported), fallthrough. */
export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt';
  tok: 'BREAK' | 'CONTINUE' | 'GOTO' | 'FALLTHROUGH';
  label: Ident | null;
}

export interface BlockStmt extends NodeBase {
  kind: 'BlockStmt';
  lbrace: Pos;
  list: Stmt[];
  rbrace: Pos;
}

export interface IfStmt extends NodeBase {
  kind: 'IfStmt';
  init: Stmt | null;
  cond: Expr;
  body: BlockStmt;
  /** BlockStmt or IfStmt, or null. */
  else_: Stmt | null;
}

/** One `case`/`default` clause of a switch or type switch; `list` is null for default. */
export interface CaseClause extends NodeBase {
  kind: 'CaseClause';
  list: Expr[] | null;
  colon: Pos;
  body: Stmt[];
}

export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt';
  init: Stmt | null;
  tag: Expr | null;
  body: BlockStmt & { list: CaseClause[] };
}

/** `switch x := y.(type) {…}`: assign is `x := y.(type)` (AssignStmt) or `y.(type)` (ExprStmt). */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt';
  init: Stmt | null;
  assign: Stmt;
  body: BlockStmt & { list: CaseClause[] };
}

/** One clause of a select; `comm` is a SendStmt, a receive (ExprStmt/AssignStmt), or null for default. */
export interface CommClause extends NodeBase {
  kind: 'CommClause';
  comm: Stmt | null;
  colon: Pos;
  body: Stmt[];
}

export interface SelectStmt extends NodeBase {
  kind: 'SelectStmt';
  body: BlockStmt & { list: CommClause[] };
}

export interface ForStmt extends NodeBase {
  kind: 'ForStmt';
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  body: BlockStmt;
}

/** `for k, v := range x`, `for k = range x`, `for range x`; tok is DEFINE, ASSIGN or null. */
export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt';
  key: Expr | null;
  value: Expr | null;
  tok: 'DEFINE' | 'ASSIGN' | null;
  tokPos: Pos;
  x: Expr;
  body: BlockStmt;
}

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | CaseClause
  | SwitchStmt
  | TypeSwitchStmt
  | CommClause
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---------------------------------------------------------------- declarations

export interface ImportSpec extends NodeBase {
  kind: 'ImportSpec';
  /** Explicit name (`f "fmt"`, `_ "x"`, `. "x"`), or null. */
  name: Ident | null;
  path: BasicLit;
}

/** One spec of a const or var declaration. For const, `type`/`values` may be inherited (iota repetition). */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec';
  names: Ident[];
  type: Expr | null;
  values: Expr[];
  /** Index of the spec within its parenthesised group (the value of iota for const). */
  iota: number;
}

export interface TypeSpec extends NodeBase {
  kind: 'TypeSpec';
  name: Ident;
  /** Type parameters (generics: reported as unsupported), or null. */
  typeParams: FieldList | null;
  /** Offset of `=` for an alias declaration, or null. */
  assign: Pos | null;
  type: Expr;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface BadDecl extends NodeBase {
  kind: 'BadDecl';
}

export interface GenDecl extends NodeBase {
  kind: 'GenDecl';
  tok: 'IMPORT' | 'CONST' | 'TYPE' | 'VAR';
  /** Offset of `(` for a grouped declaration, or null. */
  lparen: Pos | null;
  specs: Spec[];
}

export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl';
  /** Receiver list for methods, or null. */
  recv: FieldList | null;
  name: Ident;
  type: FuncType;
  /** Null for a declaration without body (reported by the checker: "missing function body"). */
  body: BlockStmt | null;
}

export type Decl = GenDecl | FuncDecl | BadDecl;

export interface Comment extends NodeBase {
  kind: 'Comment';
  /** Including the `//` or `/* … *\/` delimiters. */
  text: string;
}

export interface File extends NodeBase {
  kind: 'File';
  package: Pos;
  name: Ident;
  imports: ImportSpec[];
  decls: Decl[];
  comments: Comment[];
}

export type Node = Expr | Stmt | Spec | Decl | Field | FieldList | File | Comment;
