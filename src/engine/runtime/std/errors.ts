// errors.New values: a runtime error value with its message (Go's *errors.errorString).

export class GoError {
  constructor(
    /** The message as a byte string. */
    readonly message: string,
    /** For fmt.Errorf with %w: the wrapped error, or null. */
    readonly wrapped: unknown = null,
  ) {}
}

import { under, type Named, type Type } from '../../check/types.ts';

/** The dynamic type errors.New's values have (`*errors.errorString`), for %T and type switches. */
function syntheticPointer(pkg: string, name: string): Type {
  const named = { kind: 'Named', obj: { kind: 'TypeName', name, pkg, pos: -1, type: null as unknown as Type }, underlying: { kind: 'Struct', fields: [], tags: [] }, methods: [] } as unknown as Named;
  named.obj.type = named;
  return { kind: 'Pointer', elem: named };
}

export const errorStringType = syntheticPointer('errors', 'errorString');
export const wrapErrorType = syntheticPointer('fmt', 'wrapError');
export const joinErrorType = syntheticPointer('errors', 'joinError');
export const wrapErrorsType = syntheticPointer('fmt', 'wrapErrors');

/** True for the runtime's own error types (errors.New, Errorf, Join, runtime errors): their value is a GoError. */
export function isRuntimeErrorType(t: Type): boolean {
  const n = t.kind === 'Pointer' ? t.elem : t;
  return n.kind === 'Named' && n.obj.pos === -1 && n.obj.pkg !== 'main' && n.methods.length === 0 && under(n).kind === 'Struct';
}

const runtimeTypes = new Map<string, Type>();
function runtimeType(name: string, pointer = false): Type {
  const key = `${pointer}${name}`;
  let t = runtimeTypes.get(key);
  if (!t) {
    const named = { kind: 'Named', obj: { kind: 'TypeName', name, pkg: 'runtime', pos: -1, type: null as unknown as Type }, underlying: { kind: 'Struct', fields: [], tags: [] }, methods: [] } as unknown as Named;
    named.obj.type = named;
    t = pointer ? { kind: 'Pointer', elem: named } : named;
    runtimeTypes.set(key, t);
  }
  return t;
}

const stringType: Type = basicType('string');

/** What recover() returns for panic(nil) since Go 1.21: a *runtime.PanicNilError. */
export function panicNilValue(): Iface {
  return new Iface(runtimeType('PanicNilError', true), new GoError('panic called with nil argument'));
}

/**
 * The value recover() returns for a panic the runtime raised: runtime errors are `runtime.Error`
 * values (boundsError, TypeAssertionError, errorString), map and channel misuse are
 * `runtime.plainError`, and sync's panics are plain strings — as Go 1.23 makes them.
 */
export function runtimePanicValue(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    if ('runtimeError' in v) {
      const msg = String((v as { runtimeError: string }).runtimeError);
      const t = msg.startsWith('index out of range') || msg.startsWith('slice bounds') ? runtimeType('boundsError') : msg.startsWith('interface conversion') ? runtimeType('TypeAssertionError', true) : runtimeType('errorString');
      return new Iface(t, new GoError(msg.startsWith('interface conversion') ? msg : `runtime error: ${msg}`));
    }
    if ('plainError' in v) return new Iface(runtimeType('plainError'), new GoError(String((v as { plainError: string }).plainError)));
  }
  if (typeof v === 'string') return new Iface(stringType, v);
  return v;
}

import { Iface } from '../values/iface.ts';
import { basicType } from '../../check/universe.ts';
