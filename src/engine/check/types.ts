// The type representation of the checker: Go's types and the objects names denote, as go/types models them.
//
// Types are plain objects discriminated by `kind`. Identity is structural except for Named types
// (identical only to themselves) — see identical() in predicates.ts. Objects carry the package path
// they belong to: null for the universe, 'main' for the learner's file, a std path ('sync') otherwise.
import type { Pos } from '../source/source-file.ts';
import type { Expr } from '../syntax/ast.ts';
import type { ConstValue } from './constant-value.ts';

// ---------------------------------------------------------------- basic types

export type BasicKind =
  | 'invalid'
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128'
  | 'string' | 'unsafe.Pointer'
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped complex'
  | 'untyped string' | 'untyped nil';

export interface Basic {
  kind: 'Basic';
  basic: BasicKind;
  /** The name it prints as: equals `basic` except for the aliases `byte` and `rune`. */
  name: string;
}

export interface Named {
  kind: 'Named';
  /** The type's declaring object (for its name and package). */
  obj: TypeName;
  /** Null while the declaration is being resolved; `invalidType` after an error. */
  underlying: Type | null;
  /** Methods declared with this type (or its pointer) as receiver, in source order. */
  methods: Func[];
}

export interface Pointer {
  kind: 'Pointer';
  elem: Type;
}

export interface Slice {
  kind: 'Slice';
  elem: Type;
}

export interface ArrayType {
  kind: 'Array';
  /** -1 when the length is unknown because of an error. */
  len: number;
  elem: Type;
}

export interface MapType {
  kind: 'Map';
  key: Type;
  elem: Type;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface Chan {
  kind: 'Chan';
  dir: ChanDir;
  elem: Type;
}

export interface Struct {
  kind: 'Struct';
  /** Fields in order; an embedded field's name is its type name. */
  fields: Var[];
  tags: (string | null)[];
}

export interface Tuple {
  kind: 'Tuple';
  vars: Var[];
}

export interface Signature {
  kind: 'Signature';
  /** The receiver of a method, or null. */
  recv: Var | null;
  params: Tuple;
  results: Tuple;
  /** The last parameter is `...T`; its type is recorded as []T. */
  variadic: boolean;
}

export interface Interface {
  kind: 'Interface';
  /** Explicitly declared methods. */
  methods: Func[];
  /** Embedded interfaces (types whose underlying type is an Interface). */
  embeddeds: Type[];
  /** Method set after embedding, sorted by name; filled by completeInterface(). */
  allMethods: Func[] | null;
  /** Printed as `any` (the predeclared alias) rather than `interface{}`. */
  isAny?: boolean;
}

export type Type = Basic | Named | Pointer | Slice | ArrayType | MapType | Chan | Struct | Tuple | Signature | Interface;

/**
 * A type reached through an alias declaration (`type T2 = map[string]int`) is the aliased type
 * itself for every rule of the language, but gc 1.23 prints it by the alias's name. aliasView makes
 * a view carrying that name: a copy for structural types, an object inheriting from the target for
 * a Named type (so identity, methods and a later-resolved underlying type stay the target's).
 */
export function aliasView(t: Type, alias: TypeName): Type {
  if (t.kind === 'Tuple' || (t.kind === 'Basic' && (t.basic === 'invalid' || t.basic.startsWith('untyped')))) return t;
  if (t.kind === 'Named') return Object.create(unalias(t), { alias: { value: alias, enumerable: false } }) as Named;
  return { ...t, alias } as unknown as Type;
}

/** The alias name a type is printed by, if any. */
export function aliasOf(t: Type): TypeName | undefined {
  return (t as { alias?: TypeName }).alias;
}

/** The Named type behind an alias view (identity of Named types is that of their declaration). */
export function unalias<T extends Type>(t: T): T {
  let cur: Type = t;
  while (cur.kind === 'Named' && Object.prototype.hasOwnProperty.call(cur, 'alias')) cur = Object.getPrototypeOf(cur) as Type;
  return cur as T;
}

// ---------------------------------------------------------------- objects

interface ObjectBase {
  name: string;
  /** Declaring position, or -1 for predeclared and std objects. */
  pos: Pos;
  /** Package path: null for the universe. */
  pkg: string | null;
  type: Type;
}

export interface Var extends ObjectBase {
  kind: 'Var';
  /** A struct field (rather than a variable or parameter). */
  isField: boolean;
  /** An embedded struct field. */
  embedded: boolean;
  /** Set once the variable is read (for "declared and not used"). */
  used: boolean;
  /** Package-level variable. */
  isGlobal?: boolean;
  /** Function parameter or result (never reported as unused). */
  isParam?: boolean;
}

export interface Const extends ObjectBase {
  kind: 'Const';
  value: ConstValue;
}

export interface TypeName extends ObjectBase {
  kind: 'TypeName';
  /** `type A = B`. */
  isAlias?: boolean;
}

export interface Func extends ObjectBase {
  kind: 'Func';
  type: Signature;
  /** Typing hook for generic std functions the checker cannot express (slices.Contains …). */
  generic?: GenericHook;
  /** The method has a pointer receiver (`func (c *T) M()`). */
  ptrRecv?: boolean;
}

export interface PkgName extends ObjectBase {
  kind: 'PkgName';
  /** Import path ("sync/atomic"). */
  path: string;
  used: boolean;
}

export type BuiltinId =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make'
  | 'max' | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover';

export interface Builtin extends ObjectBase {
  kind: 'Builtin';
  id: BuiltinId;
}

export interface Label extends ObjectBase {
  kind: 'Label';
  used: boolean;
}

/** The predeclared `nil`. */
export interface Nil extends ObjectBase {
  kind: 'Nil';
}

export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil;

// ---------------------------------------------------------------- generic std functions

/** One argument as a generic hook sees it. */
export interface GenericArg {
  type: Type;
  /** The argument is an untyped constant or nil (its default type applies if the hook needs one). */
  untyped: boolean;
  /** The argument expression (gc quotes it in some inference errors). */
  expr?: Expr | null;
}

/**
 * The outcome of "instantiating" a generic std function for a call: either the parameter and result
 * types the checker then applies as for an ordinary call, or an error worded as gc words it.
 */
export type GenericResult =
  | { ok: true; signature: Signature }
  | { ok: false; message: string; /** Index of the argument the error is reported at, or -1 for the call. */ argIndex: number };

export interface GenericHook {
  /** How gc prints the function's type, e.g. `func[S ~[]E, E comparable](s S, v E) bool`. */
  typeString: string;
  instantiate(args: GenericArg[], hasEllipsis: boolean): GenericResult;
}

// ---------------------------------------------------------------- constructors

export function newBasic(basic: BasicKind, name: string = basic): Basic {
  return { kind: 'Basic', basic, name };
}

export const invalidType: Basic = newBasic('invalid', 'invalid type');

export function newPointer(elem: Type): Pointer {
  return { kind: 'Pointer', elem };
}
export function newSlice(elem: Type): Slice {
  return { kind: 'Slice', elem };
}
export function newArray(elem: Type, len: number): ArrayType {
  return { kind: 'Array', elem, len };
}
export function newMap(key: Type, elem: Type): MapType {
  return { kind: 'Map', key, elem };
}
export function newChan(dir: ChanDir, elem: Type): Chan {
  return { kind: 'Chan', dir, elem };
}
export function newTuple(vars: Var[]): Tuple {
  return { kind: 'Tuple', vars };
}
export function newStruct(fields: Var[], tags: (string | null)[] = fields.map(() => null)): Struct {
  return { kind: 'Struct', fields, tags };
}
export function newSignature(params: Var[], results: Var[], variadic = false, recv: Var | null = null): Signature {
  return { kind: 'Signature', recv, params: newTuple(params), results: newTuple(results), variadic };
}
export function newInterface(methods: Func[], embeddeds: Type[] = []): Interface {
  return { kind: 'Interface', methods, embeddeds, allMethods: null };
}

export function newVar(name: string, type: Type, pkg: string | null, pos: Pos = -1): Var {
  return { kind: 'Var', name, type, pkg, pos, isField: false, embedded: false, used: false };
}
export function newParam(name: string, type: Type, pkg: string | null = null, pos: Pos = -1): Var {
  return { ...newVar(name, type, pkg, pos), isParam: true };
}
export function newField(name: string, type: Type, pkg: string | null, embedded = false, pos: Pos = -1): Var {
  return { kind: 'Var', name, type, pkg, pos, isField: true, embedded, used: false };
}
export function newConst(name: string, type: Type, value: ConstValue, pkg: string | null, pos: Pos = -1): Const {
  return { kind: 'Const', name, type, value, pkg, pos };
}
export function newFunc(name: string, sig: Signature, pkg: string | null, pos: Pos = -1): Func {
  return { kind: 'Func', name, type: sig, pkg, pos };
}

/** Declares a named type; set `underlying` (and add methods) afterwards, which allows recursive types. */
export function newNamed(name: string, pkg: string | null, underlying: Type | null = null, pos: Pos = -1): Named {
  const obj: TypeName = { kind: 'TypeName', name, pkg, pos, type: invalidType };
  const named: Named = { kind: 'Named', obj, underlying, methods: [] };
  obj.type = named;
  return named;
}

/** Adds a method to a named type (std packages use this to describe e.g. `(*sync.Mutex).Lock`). */
export function addMethod(named: Named, name: string, sig: Signature, ptrRecv: boolean): Func {
  const recvType: Type = ptrRecv ? newPointer(named) : named;
  const m: Func = { kind: 'Func', name, pkg: named.obj.pkg, pos: -1, type: { ...sig, recv: newParam('', recvType, named.obj.pkg) }, ptrRecv };
  named.methods.push(m);
  return m;
}

// ---------------------------------------------------------------- basic queries

/** The underlying type: itself except for Named types. */
export function under(t: Type): Type {
  let cur: Type = t;
  for (let i = 0; i < 100 && cur.kind === 'Named'; i++) cur = cur.underlying ?? invalidType;
  return cur.kind === 'Named' ? invalidType : cur;
}

export function isInvalid(t: Type): boolean {
  return t.kind === 'Basic' && t.basic === 'invalid';
}
