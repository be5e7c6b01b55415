// The universe scope: Go's predeclared types, constants, nil and builtin functions.
import { boolValue, intValue } from './constant-value.ts';
import { Scope } from './scope.ts';
import {
  newBasic, newConst, newFunc, newInterface, newNamed, newSignature, newParam,
  type Basic, type BasicKind, type BuiltinId, type Interface, type Named, type Obj,
} from './types.ts';

const basics = new Map<BasicKind, Basic>();
function basic(kind: BasicKind, name: string = kind): Basic {
  const b = newBasic(kind, name);
  if (name === kind) basics.set(kind, b);
  return b;
}

export const Typ = {
  bool: basic('bool'),
  int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'), int64: basic('int64'),
  uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'), uint32: basic('uint32'), uint64: basic('uint64'),
  uintptr: basic('uintptr'),
  float32: basic('float32'), float64: basic('float64'), complex64: basic('complex64'), complex128: basic('complex128'),
  string: basic('string'),
  /** byte and rune are the same types as uint8/int32 but print under their own names, as in gc. */
  byte: basic('uint8', 'byte'),
  rune: basic('int32', 'rune'),
  untypedBool: basic('untyped bool'),
  untypedInt: basic('untyped int'),
  untypedRune: basic('untyped rune'),
  untypedFloat: basic('untyped float'),
  untypedComplex: basic('untyped complex'),
  untypedString: basic('untyped string'),
  untypedNil: basic('untyped nil'),
} as const;

/** The canonical Basic type of a kind (byte → uint8). */
export function basicType(kind: BasicKind): Basic {
  return basics.get(kind) ?? Typ.int;
}

/** `any`: the empty interface, printed as `any`. */
export const anyType: Interface = { ...newInterface([]), isAny: true };

/** The predeclared `error` interface: `interface{ Error() string }`. */
export const errorType: Named = (() => {
  const n = newNamed('error', null);
  const m = newFunc('Error', newSignature([], [newParam('', Typ.string)]), null);
  n.underlying = newInterface([m]);
  n.underlying.allMethods = [m];
  return n;
})();

/** `comparable` exists only as a constraint; using it elsewhere is an error in gc too. */
export const comparableType: Named = (() => {
  const n = newNamed('comparable', null);
  n.underlying = newInterface([]);
  return n;
})();

const builtinIds: BuiltinId[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make',
  'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover',
];

function buildUniverse(): Scope {
  const u = new Scope(null, 'universe');
  const add = (o: Obj) => u.insert(o);
  for (const t of Object.values(Typ)) {
    if (t.basic.startsWith('untyped')) continue;
    add({ kind: 'TypeName', name: t.name, pkg: null, pos: -1, type: t });
  }
  add({ kind: 'TypeName', name: 'any', pkg: null, pos: -1, type: anyType, isAlias: true });
  add(errorType.obj);
  add(comparableType.obj);
  add(newConst('true', Typ.untypedBool, boolValue(true), null));
  add(newConst('false', Typ.untypedBool, boolValue(false), null));
  add(newConst('iota', Typ.untypedInt, intValue(0), null));
  add({ kind: 'Nil', name: 'nil', pkg: null, pos: -1, type: Typ.untypedNil });
  for (const id of builtinIds) add({ kind: 'Builtin', name: id, id, pkg: null, pos: -1, type: Typ.untypedNil });
  return u;
}

export const universe: Scope = buildUniverse();
