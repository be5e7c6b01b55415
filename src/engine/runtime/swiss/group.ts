// Groups: runs of 8 slots, each group with its 8 control bytes, and Go's per-group match operations.
//
// Go lays out a group as an 8-byte control word followed by 8 key/elem slots. The model keeps a
// whole array of groups in three flat arrays (control bytes, keys, elems) indexed by
// group * 8 + slot, which is the same information without an object per slot. The matches return
// an 8-bit mask (bit i = slot i), as Go's bitset does; Go compares the 8 bytes at once (SWAR or
// SIMD), the model loops, with identical results.
import { ctrlEmpty, groupSlots, groupSlotsBits } from './ctrl.ts';

export class GroupArray<K, V> {
  /** Control bytes, 8 per group. A fresh array is all ctrlEmpty (Go's 0x8080808080808080). */
  readonly ctrl: Uint8Array;
  readonly keys: Array<K | undefined>;
  readonly elems: Array<V | undefined>;

  constructor(readonly ngroups: number) {
    const n = ngroups << groupSlotsBits;
    this.ctrl = new Uint8Array(n).fill(ctrlEmpty);
    this.keys = new Array<K | undefined>(n).fill(undefined);
    this.elems = new Array<V | undefined>(n).fill(undefined);
  }

  /** Go's groups.lengthMask. */
  get lengthMask(): number {
    return this.ngroups - 1;
  }

  /** Slots whose control byte equals `h2` (candidates; the key still has to be compared). */
  matchH2(group: number, h2: number): number {
    const base = group << groupSlotsBits;
    const c = this.ctrl;
    let m = 0;
    for (let i = 0; i < groupSlots; i++) if (c[base + i] === h2) m |= 1 << i;
    return m;
  }

  /** Slots that are empty (not deleted). A group with one ends every probe sequence through it. */
  matchEmpty(group: number): number {
    const base = group << groupSlotsBits;
    const c = this.ctrl;
    let m = 0;
    for (let i = 0; i < groupSlots; i++) if (c[base + i] === ctrlEmpty) m |= 1 << i;
    return m;
  }

  /** Slots that are empty or deleted (top bit set). */
  matchEmptyOrDeleted(group: number): number {
    const base = group << groupSlotsBits;
    const c = this.ctrl;
    let m = 0;
    for (let i = 0; i < groupSlots; i++) if ((c[base + i] & ctrlEmpty) !== 0) m |= 1 << i;
    return m;
  }

  /** A copy with the same control bytes, keys and elems (tombstones included), as Go's clone does. */
  copy(): GroupArray<K, V> {
    const g = new GroupArray<K, V>(this.ngroups);
    g.ctrl.set(this.ctrl);
    for (let i = 0; i < this.keys.length; i++) {
      g.keys[i] = this.keys[i];
      g.elems[i] = this.elems[i];
    }
    return g;
  }

  /** Every slot back to empty with no key or elem. */
  reset(): void {
    this.ctrl.fill(ctrlEmpty);
    this.keys.fill(undefined);
    this.elems.fill(undefined);
  }
}

/** Index of the lowest set bit of a match mask (Go's bitset.first); the mask must be non-zero. */
export function firstBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

