// A pointer to a field or an element (`&s.x`, `&a[i]`): the container and the index, read and written through `.v`.

export class ElemRef {
  constructor(
    readonly obj: unknown[],
    readonly index: number,
  ) {}
  get v(): unknown {
    return this.obj[this.index];
  }
  set v(x: unknown) {
    this.obj[this.index] = x;
  }
}

/** Go's `==` on pointers: the same variable, field or element. */
export function samePointer(a: unknown, b: unknown): boolean {
  if (a instanceof ElemRef && b instanceof ElemRef) return a.obj === b.obj && a.index === b.index;
  return a === b;
}
