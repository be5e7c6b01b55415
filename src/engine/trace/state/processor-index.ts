// Which goroutine held each P before an event: the before-values `sched.switched`, `goroutine.blocked`
// and `goroutine.ended` do not carry, computed once per trace so the goroutines slice can revert them.
//
// A switch says "g now runs on p" but not who had p before, nor which P g had before; a goroutine that
// blocks, ends or is descheduled gives its P up. One forward pass over the trace's raw columns records, for each such
// event, g's previous P and p's previous holder: 8 bytes per event of those kinds, no per-event objects.
import { eventCodes } from '../events.ts';
import type { TraceData } from '../writer.ts';

const switched = eventCodes['sched.switched'];
const blocked = eventCodes['goroutine.blocked'];
const ended = eventCodes['goroutine.ended'];
const descheduled = eventCodes['goroutine.descheduled'];

/** Before-values of the P-changing events, found by event index. */
export class ProcessorIndex {
  private constructor(
    /** Event indices, ascending. */
    private readonly at: Int32Array,
    /** The event's goroutine's P before it (-1 none). */
    private readonly pBefore: Int32Array,
    /** The goroutine holding the affected P before it (0 none). */
    private readonly holderBefore: Int32Array,
  ) {}

  static build(trace: TraceData): ProcessorIndex {
    const { data, offsets, count } = trace;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const k = data[offsets[i]];
      if (k === switched || k === blocked || k === ended || k === descheduled) n++;
    }
    const at = new Int32Array(n);
    const pBefore = new Int32Array(n);
    const holderBefore = new Int32Array(n);
    const pOf = new Map<number, number>();
    const holder: number[] = [];
    let j = 0;
    for (let i = 0; i < count; i++) {
      const o = offsets[i];
      const k = data[o];
      if (k !== switched && k !== blocked && k !== ended && k !== descheduled) continue;
      const g = data[o + 2];
      const gp = pOf.get(g) ?? -1;
      at[j] = i;
      pBefore[j] = gp;
      if (k === switched) {
        // Fields after kind, step, g: from, p. The same moves as goroutines.ts's apply.
        const p = data[o + 4];
        const h = p >= 0 ? (holder[p] ?? 0) : 0;
        holderBefore[j] = h;
        if (gp >= 0 && holder[gp] === g) holder[gp] = 0;
        if (h !== 0 && h !== g) pOf.set(h, -1);
        if (p >= 0) holder[p] = g;
        pOf.set(g, p);
      } else {
        holderBefore[j] = gp >= 0 ? (holder[gp] ?? 0) : 0;
        if (gp >= 0 && holder[gp] === g) holder[gp] = 0;
        pOf.set(g, -1);
      }
      j++;
    }
    return new ProcessorIndex(at, pBefore, holderBefore);
  }

  /** An index for a trace without P information (tests of single events): every before-value unknown. */
  static empty(): ProcessorIndex {
    return new ProcessorIndex(new Int32Array(0), new Int32Array(0), new Int32Array(0));
  }

  /** g's P before event `index`, and the holder of the P the event affects; undefined if not indexed. */
  before(index: number): { p: number; holder: number } | undefined {
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.at[mid];
      if (v === index) return { p: this.pBefore[mid], holder: this.holderBefore[mid] };
      if (v < index) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  get bytes(): number {
    return this.at.byteLength * 3;
  }
}
