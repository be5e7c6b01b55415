// Lexical scopes: the universe, the package, each file's imports, and every block and function.
import type { Obj } from './types.ts';

export class Scope {
  readonly names = new Map<string, Obj>();
  /** Objects in insertion order (for the unused-variable report, which follows declaration order). */
  readonly order: Obj[] = [];

  constructor(
    readonly parent: Scope | null,
    /** 'func' scopes start a function body: a lookup that crosses one reaches a captured variable. */
    readonly kind: 'universe' | 'package' | 'file' | 'func' | 'block' = 'block',
  ) {}

  /** Declares obj; returns the object already declared under that name in this scope, if any. */
  insert(obj: Obj): Obj | undefined {
    const prev = this.names.get(obj.name);
    if (prev) return prev;
    this.names.set(obj.name, obj);
    this.order.push(obj);
    return undefined;
  }

  /** Finds name here or in an enclosing scope, with the scope it was found in. */
  lookupParent(name: string): { obj: Obj; scope: Scope } | undefined {
    const here = this.names.get(name);
    if (here) return { obj: here, scope: this };
    return this.parent?.lookupParent(name);
  }

  lookup(name: string): Obj | undefined {
    return this.lookupParent(name)?.obj;
  }
}
