// JSON Lines export of a trace: a header object, then one object per event (`gomaplab run --trace`).
//
// Each event line is {"i":index,"step":…,"g":…,"kind":…, …fields}; values are JSON numbers,
// strings, booleans and null, an absent value (zeroed memory) is left out of its object, and
// values without a JSON form (NaN, structs, pointers) are {"text":"…"}.
import type { TraceReader } from './reader.ts';

/** The trace as JSON Lines text, ending with a newline. */
export function traceToJsonl(r: TraceReader): string {
  return [...jsonlChunks(r)].join('');
}

/**
 * The same text in chunks of whole lines (`perChunk` events each), for writing a long trace
 * without building one string of hundreds of megabytes (V8 caps a string near 512 M chars).
 */
export function* jsonlChunks(r: TraceReader, perChunk = 10_000): Generator<string> {
  yield JSON.stringify({ trace: 'gomaplab', version: 1, ...r.trace.header, events: r.length }) + '\n';
  for (let from = 0; from < r.length; from += perChunk) {
    let chunk = '';
    for (const e of r.range(from, from + perChunk)) {
      const { index, kind, step, g, ...fields } = e;
      chunk += JSON.stringify({ i: index, step, g, kind, ...fields }) + '\n';
    }
    yield chunk;
  }
}
