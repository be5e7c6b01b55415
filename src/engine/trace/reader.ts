// The trace reader: decodes event i on demand from TraceData, and iterates ranges of events.
//
// Cheap accessors (kindAt, stepAt, goroutineAt) read the columns without building an event, so a
// player can scan for "next map change" or "next step" over millions of events without garbage.
import { fromByteString } from '../runtime/values/bytes.ts';
import { eventCodes, eventFields, eventNames, type EventName, type TraceEvent, type TraceMove, type TraceTophashChange, type TraceValue } from './events.ts';
import { ValueTag } from './values.ts';
import type { TraceData } from './writer.ts';

export class TraceReader {
  constructor(readonly trace: TraceData) {}

  get length(): number {
    return this.trace.count;
  }

  kindAt(i: number): EventName {
    return eventNames[this.trace.data[this.trace.offsets[i]]];
  }

  stepAt(i: number): number {
    return this.trace.data[this.trace.offsets[i] + 1];
  }

  goroutineAt(i: number): number {
    return this.trace.data[this.trace.offsets[i] + 2];
  }

  /** Event i, decoded; undefined outside [0, length). */
  get(i: number): TraceEvent | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.trace.count) return undefined;
    const { data, offsets, nums, strings, extras } = this.trace;
    let p = offsets[i];
    const code = data[p];
    const ev: Record<string, unknown> = { kind: eventNames[code], index: i, step: data[p + 1], g: data[p + 2] };
    p += 3;
    for (const [field, type] of eventFields[code]) {
      switch (type) {
        case 'int':
          ev[field] = data[p++];
          break;
        case 'uint':
          ev[field] = data[p++] >>> 0;
          break;
        case 'num':
          ev[field] = nums[data[p++]];
          break;
        case 'bool':
          ev[field] = data[p++] !== 0;
          break;
        case 'str':
          ev[field] = strings[data[p++]];
          break;
        case 'bytes':
          ev[field] = fromByteString(strings[data[p++]]);
          break;
        case 'val':
          ev[field] = decodeValue(data[p], data[p + 1], nums, strings);
          p += 2;
          break;
        case 'moves': {
          const moves: TraceMove[] = [];
          for (let n = data[p++]; n > 0; n--) {
            moves.push({
              fromBucket: data[p], fromSlot: data[p + 1], toBucket: data[p + 2], toSlot: data[p + 3],
              tophashBefore: data[p + 4], mark: data[p + 5], tophashTo: data[p + 6],
              key: decodeValue(data[p + 7], data[p + 8], nums, strings),
              elem: decodeValue(data[p + 9], data[p + 10], nums, strings),
            });
            p += 11;
          }
          ev[field] = moves;
          break;
        }
        case 'tophashes': {
          const changes: TraceTophashChange[] = [];
          for (let n = data[p++]; n > 0; n--) {
            changes.push({ bucket: data[p], slot: data[p + 1], before: data[p + 2], after: data[p + 3] });
            p += 4;
          }
          ev[field] = changes;
          break;
        }
        default:
          ev[field] = extras[data[p++]];
      }
    }
    return ev as unknown as TraceEvent;
  }

  /** Events from `from` (inclusive) to `to` (exclusive), clamped to the trace. */
  *range(from = 0, to = this.trace.count): Generator<TraceEvent> {
    const end = Math.min(Math.max(0, to), this.trace.count);
    for (let i = Math.max(0, from); i < end; i++) yield this.get(i)!;
  }

  /** Index of the first event at or after `from` whose kind is one of `kinds`, or -1. */
  findNext(from: number, kinds: readonly EventName[]): number {
    const codes = new Set(kinds.map((k) => eventCodes[k]));
    const { data, offsets, count } = this.trace;
    for (let i = Math.max(0, from); i < count; i++) if (codes.has(data[offsets[i]])) return i;
    return -1;
  }
}

function decodeValue(tag: number, payload: number, nums: Float64Array, strings: readonly string[]): TraceValue {
  switch (tag as ValueTag) {
    case ValueTag.Int:
      return payload;
    case ValueTag.Num:
      return nums[payload];
    case ValueTag.Bytes:
      return fromByteString(strings[payload]);
    case ValueTag.Bool:
      return payload !== 0;
    case ValueTag.Nil:
      return null;
    case ValueTag.Text:
      return { text: strings[payload] };
    case ValueTag.Str:
      return strings[payload];
    default:
      return undefined;
  }
}
