// One text line per trace event, for golden traces and reading a run in a terminal.
//
//   0042 s17 g3 map.write.began m1 op=mapassign key=7 flags=+hashWriting
//
// event index, scheduler step, goroutine, kind, then the fields: `m1` for a map, `at=b3/2` for
// a bucket and slot, `x=a->b` for a before/after pair (`flags=+bit/-bit` for the flag bits a
// change set or cleared), tophash bytes in hex, Go strings quoted, absent values as `_`.
// run.ended's instruction count is left out (it moves with every compiler change).
import { flagsString } from '../runtime/map/flags.ts';
import type { TraceEvent, TraceMove, TraceSwissGroups, TraceSwissIndexChange, TraceSwissTable, TraceTophashChange, TraceValue } from './events.ts';
import type { TraceReader } from './reader.ts';

export function formatValue(v: TraceValue, absent = '_'): string {
  if (v === undefined) return absent;
  if (v === null) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return v.text;
  return String(v);
}

/** formatValue cut to `max` characters (with an ellipsis), for views with little room. */
export function clippedValue(v: TraceValue, max: number): string {
  const text = formatValue(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function hex(n: number): string {
  return '0x' + n.toString(16).padStart(2, '0');
}

function flagsChange(before: number, after: number): string {
  if (before === after) return flagsString(after);
  const set = flagsString(after & ~before);
  const cleared = flagsString(before & ~after);
  return [after & ~before ? '+' + set : '', before & ~after ? '-' + cleared : ''].filter(Boolean).join(',');
}

function slot(bucket: number, s: number): string {
  return bucket < 0 ? '-' : `b${bucket}/${s}`;
}

function moveText(mv: TraceMove): string {
  const to = mv.toBucket < 0 ? 'empty' : slot(mv.toBucket, mv.toSlot);
  return `${slot(mv.fromBucket, mv.fromSlot)}->${to}:${formatValue(mv.key)}`;
}

function tophashText(c: TraceTophashChange): string {
  return `${slot(c.bucket, c.slot)}:${hex(c.before)}->${hex(c.after)}`;
}


/** The fields of `e` after its kind, as text. */
export function formatFields(e: TraceEvent): string {
  const rec = e as unknown as Record<string, unknown>;
  const parts: string[] = [];
  // The instruction count changes with every compiler improvement; goldens leave it out.
  const done = new Set(['kind', 'index', 'step', 'g', 'instructions']);
  for (const key of Object.keys(rec)) {
    if (done.has(key)) continue;
    done.add(key);
    const v = rec[key];
    if (key === 'map' || key === 'clone') {
      parts.push(key === 'map' ? `m${v as number}` : `clone=m${v as number}`);
    } else if (key === 'bucket' && 'slot' in rec) {
      done.add('slot');
      parts.push(`at=${slot(v as number, rec.slot as number)}`);
    } else if (key.endsWith('Before') && key.slice(0, -6) + 'After' in rec) {
      const base = key.slice(0, -6);
      const after = rec[base + 'After'];
      done.add(base + 'After');
      if (base === 'flags') parts.push(`flags=${flagsChange(v as number, after as number)}`);
      else parts.push(`${base}=${one(base, v)}->${one(base, after)}`);
    } else if (key === 'moves') {
      parts.push(`moves=[${(v as TraceMove[]).map(moveText).join(' ')}]`);
    } else if (key === 'changes') {
      parts.push(`changes=[${(v as TraceTophashChange[]).map(tophashText).join(' ')}]`);
    } else if (key === 'table' && 'slot' in rec && rec.kind !== undefined && String(rec.kind).startsWith('swiss.')) {
      // Swiss-table map (engineer H): `at=t2/17` (table 2, slot 17), `at=small/3`, `at=-` for none.
      done.add('slot');
      parts.push(`at=${swissSlot(v as number, rec.slot as number)}`);
    } else if (key === 'tables' || key === 'small' || key === 'indexChanges') {
      parts.push(`${key}=${swissPayload(key, v)}`);
    } else if (key === 'buckets') {
      parts.push(`buckets=${(v as unknown[]).length}`);
    } else {
      parts.push(`${key}=${one(key, v)}`);
    }
  }
  return parts.join(' ');
}

function swissSlot(table: number, s: number): string {
  if (s < 0) return '-';
  return table < 0 ? `small/${s}` : `t${table}/${s}`;
}

/** Swiss payloads in brief: each table's id, capacity, used, local depth and index; a group's full-slot count. */
function swissPayload(key: string, v: unknown): string {
  if (key === 'small') {
    const g = v as TraceSwissGroups;
    return g.ctrl.length === 0 ? 'none' : `${g.ctrl.filter((c) => c < 0x80).length}/${g.ctrl.length}`;
  }
  if (key === 'indexChanges') return `[${(v as TraceSwissIndexChange[]).map((c) => `t${c.table}:${c.before}->${c.after}`).join(' ')}]`;
  return `[${(v as TraceSwissTable[]).map((t) => `t${t.table}:cap${t.capacity},used${t.used},left${t.growthLeft},depth${t.localDepth},index${t.index}`).join(' ')}]`;
}

function one(key: string, v: unknown): string {
  if (key.startsWith('tophash') && typeof v === 'number') return hex(v);
  if (key.startsWith('ctrl') && typeof v === 'number') return hex(v);
  if (key.startsWith('hash0') && typeof v === 'number') return '0x' + v.toString(16).padStart(8, '0');
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return formatValue(v as TraceValue);
}

export function formatEvent(e: TraceEvent): string {
  const fields = formatFields(e);
  return `${String(e.index).padStart(4, '0')} s${e.step} g${e.g} ${e.kind}${fields ? ' ' + fields : ''}`;
}

/** The whole trace as text: `#` header lines (how to reproduce it), then one line per event. */
export function formatTrace(r: TraceReader): string {
  const h = r.trace.header;
  let out = `# gomaplab trace v1\n# file ${h.fileName}\n# seed ${h.seed} procs ${h.procs} policy ${h.policy}\n# events ${r.length}\n`;
  for (const e of r.range()) out += formatEvent(e) + '\n';
  return out;
}
