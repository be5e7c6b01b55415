// Interface values: the dynamic type (the checker's Type) and the value; a nil interface is null.
import type { Type } from '../../check/types.ts';

export class Iface {
  constructor(
    readonly t: Type,
    readonly v: unknown,
  ) {}
}
