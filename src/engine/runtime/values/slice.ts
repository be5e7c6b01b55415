// Slices: a window [off, off+len) on a backing array with capacity cap, as Go's slice header.

export class SliceVal {
  constructor(
    readonly arr: unknown[],
    readonly off: number,
    readonly len: number,
    readonly cap: number,
  ) {}
}
