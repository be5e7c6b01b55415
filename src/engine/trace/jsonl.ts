// JSON Lines export of a trace: a header object, then one object per event (`gomaplab run --trace`).
//
// Each event line is {"i":index,"step":…,"g":…,"kind":…, …fields}; values are JSON numbers,
// strings, booleans and null, an absent value (zeroed memory) is left out of its object, and
// values without a JSON form (NaN, structs, pointers) are {"text":"…"}.
import type { TraceReader } from './reader.ts';

/** The trace as JSON Lines text, ending with a newline. */
export function traceToJsonl(r: TraceReader): string {
  const lines: string[] = [JSON.stringify({ trace: 'gomaplab', version: 1, ...r.trace.header, events: r.length })];
  for (const e of r.range()) {
    const { index, kind, step, g, ...fields } = e;
    lines.push(JSON.stringify({ i: index, step, g, kind, ...fields }));
  }
  return lines.join('\n') + '\n';
}
