// errors.New values: a runtime error value with its message (Go's *errors.errorString).

export class GoError {
  constructor(
    /** The message as a byte string. */
    readonly message: string,
    /** For fmt.Errorf with %w: the wrapped error, or null. */
    readonly wrapped: unknown = null,
  ) {}
}

import type { Named, Type } from '../../check/types.ts';

/** The dynamic type errors.New's values have (`*errors.errorString`), for %T and type switches. */
function syntheticPointer(pkg: string, name: string): Type {
  const named = { kind: 'Named', obj: { kind: 'TypeName', name, pkg, pos: -1, type: null as unknown as Type }, underlying: { kind: 'Struct', fields: [], tags: [] }, methods: [] } as unknown as Named;
  named.obj.type = named;
  return { kind: 'Pointer', elem: named };
}

export const errorStringType = syntheticPointer('errors', 'errorString');
export const wrapErrorType = syntheticPointer('fmt', 'wrapError');
