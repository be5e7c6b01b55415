// The trace writer: appends events to growable typed-array columns, with no object per event.
//
// Layout (TraceData): one Int32Array stream `data` holding, per event, [kind, step, g, fields…]
// in the schema's field order (events.ts); `offsets[i]` is where event i starts. Field storage:
// int/bool/uint → one int (uint as its int32 bits); num → index into the Float64Array `nums`;
// str/bytes → index into the interned string table; val → a tag and a payload (values.ts);
// moves/tophashes → a count, then each entry's ints inline (11 per move, 4 per tophash change);
// snapshots → index into `extras`, the side table for rare payloads (a map clear's buckets).
// Arrays grow by doubling, so appending is amortised O(1).
//
// Memory: a goroutine.line event is 5 ints (20 bytes) plus its 4-byte offset; a map slot write
// about 14 ints. Keyframes (snapshots every N events for far seeks) are not written yet.
import { eventCodes, eventFields, type EventName, type TraceHeader, type TraceMove, type TraceTophashChange, type TraceValue } from './events.ts';
import { nonFiniteText, describeValue, ValueTag } from './values.ts';

/** A finished trace: plain data, structured-clone friendly (typed arrays can be transferred). */
export interface TraceData {
  header: TraceHeader;
  count: number;
  data: Int32Array;
  offsets: Int32Array;
  nums: Float64Array;
  strings: string[];
  extras: unknown[];
  /**
   * Set when the writer's event limit was reached: the trace holds the run's first `truncatedAt`
   * events (a consistent prefix) and then only its `run.ended`; the run itself went on to its end.
   */
  truncatedAt?: number;
}

export class TraceWriter {
  private keptCount = -1;
  private data = new Int32Array(1024);
  private len = 0;
  private offsets = new Int32Array(256);
  private nums = new Float64Array(64);
  private nnums = 0;
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly extras: unknown[] = [];
  count = 0;
  /** Where dropped events are scribbled (and overwritten) once the limit is reached; -1 before. */
  private dropAt = -1;
  private closing = false;

  constructor(
    readonly header: TraceHeader,
    /** Events kept at most: memory stays bounded (about 25–50 bytes an event) however long the run. */
    readonly limit = Number.MAX_SAFE_INTEGER,
  ) {}

  /** True once events are being dropped. */
  get truncated(): boolean {
    return this.dropAt >= 0;
  }

  /** Lets the run's closing events through even past the limit, so a truncated trace still says how it ended. */
  close(): void {
    if (this.dropAt >= 0) this.len = this.dropAt;
    this.closing = true;
  }

  /** Starts event `code` (eventCodes[name]); its fields must follow in schema order. */
  begin(code: number, step: number, g: number): void {
    if (this.count >= this.limit && !this.closing) {
      // Past the limit: the event's fields are written after dropAt and overwritten by the next one.
      if (this.dropAt < 0) {
        this.dropAt = this.len;
        this.keptCount = this.count;
      }
      this.len = this.dropAt;
      this.reserve(3);
      this.len += 3;
      return;
    }
    if (this.count === this.offsets.length) this.offsets = grow(this.offsets, this.count + 1);
    this.offsets[this.count++] = this.len;
    this.reserve(3);
    this.data[this.len++] = code;
    this.data[this.len++] = step;
    this.data[this.len++] = g;
  }

  int(v: number): void {
    this.reserve(1);
    this.data[this.len++] = v;
  }

  bool(v: boolean): void {
    this.int(v ? 1 : 0);
  }

  num(v: number): void {
    if (this.nnums === this.nums.length) {
      const next = new Float64Array(this.nums.length * 2);
      next.set(this.nums);
      this.nums = next;
    }
    this.nums[this.nnums] = v;
    this.int(this.nnums++);
  }

  str(s: string): void {
    this.int(this.intern(s));
  }

  extra(payload: unknown): void {
    this.extras.push(payload);
    this.int(this.extras.length - 1);
  }

  /** A raw VM value: see ValueTag. */
  val(v: unknown): void {
    this.reserve(2);
    let tag: ValueTag;
    let payload = 0;
    switch (typeof v) {
      case 'undefined':
        tag = ValueTag.Absent;
        break;
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          tag = ValueTag.Int;
          payload = v;
        } else if (Number.isFinite(v)) {
          this.data[this.len++] = ValueTag.Num;
          this.num(v);
          return;
        } else {
          tag = ValueTag.Text;
          payload = this.intern(nonFiniteText(v));
        }
        break;
      case 'string':
        tag = ValueTag.Bytes;
        payload = this.intern(v);
        break;
      case 'boolean':
        tag = ValueTag.Bool;
        payload = v ? 1 : 0;
        break;
      default:
        if (v === null) tag = ValueTag.Nil;
        else {
          tag = ValueTag.Text;
          payload = this.intern(describeValue(v));
        }
    }
    this.data[this.len++] = tag;
    this.data[this.len++] = payload;
  }

  /** An already decoded value (side payloads built by map-fields.ts). */
  traceVal(v: TraceValue): void {
    if (typeof v === 'string') {
      this.reserve(2);
      this.data[this.len++] = ValueTag.Str;
      this.data[this.len++] = this.intern(v);
    } else if (v !== null && typeof v === 'object') {
      this.reserve(2);
      this.data[this.len++] = ValueTag.Text;
      this.data[this.len++] = this.intern(v.text);
    } else this.val(v);
  }

  /** Evacuation moves, inline: count, then per move 7 ints and two values (reader.ts mirrors this). */
  moves(moves: readonly TraceMove[]): void {
    this.int(moves.length);
    for (const m of moves) {
      this.reserve(7);
      const d = this.data;
      d[this.len++] = m.fromBucket;
      d[this.len++] = m.fromSlot;
      d[this.len++] = m.toBucket;
      d[this.len++] = m.toSlot;
      d[this.len++] = m.tophashBefore;
      d[this.len++] = m.mark;
      d[this.len++] = m.tophashTo;
      this.traceVal(m.key);
      this.traceVal(m.elem);
    }
  }

  /** Tophash changes, inline: count, then bucket, slot, before, after for each. */
  tophashes(changes: readonly TraceTophashChange[]): void {
    this.int(changes.length);
    for (const c of changes) {
      this.reserve(4);
      this.data[this.len++] = c.bucket;
      this.data[this.len++] = c.slot;
      this.data[this.len++] = c.before;
      this.data[this.len++] = c.after;
    }
  }

  /**
   * Appends a whole event from an object holding its fields by name (raw values for `val`
   * fields, already-decoded payloads for side-table fields). For rare events; hot paths use
   * begin() and the field writers directly.
   */
  append(name: EventName, step: number, g: number, fields: Record<string, unknown>): void {
    const code = eventCodes[name];
    this.begin(code, step, g);
    for (const [field, type] of eventFields[code]) {
      const v = fields[field];
      switch (type) {
        case 'int':
        case 'uint':
          this.int(typeof v === 'number' ? v | 0 : 0);
          break;
        case 'num':
          this.num(typeof v === 'number' ? v : 0);
          break;
        case 'bool':
          this.bool(v === true);
          break;
        case 'str':
        case 'bytes':
          this.str(typeof v === 'string' ? v : '');
          break;
        case 'val':
          this.val(v);
          break;
        case 'moves':
          this.moves(Array.isArray(v) ? (v as TraceMove[]) : []);
          break;
        case 'tophashes':
          this.tophashes(Array.isArray(v) ? (v as TraceTophashChange[]) : []);
          break;
        default:
          this.extra(v ?? []);
      }
    }
  }

  /** The trace so far, trimmed to size (the writer can keep appending afterwards). */
  finish(): TraceData {
    if (this.dropAt >= 0 && !this.closing) this.len = this.dropAt;
    return {
      ...(this.keptCount >= 0 ? { truncatedAt: this.keptCount } : {}),
      header: this.header,
      count: this.count,
      data: this.data.slice(0, this.len),
      offsets: this.offsets.slice(0, this.count),
      nums: this.nums.slice(0, this.nnums),
      strings: this.strings.slice(),
      extras: this.extras.slice(),
    };
  }

  private intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  private reserve(n: number): void {
    if (this.len + n > this.data.length) this.data = grow(this.data, this.len + n);
  }
}

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const next = new Int32Array(size);
  next.set(a);
  return next;
}
