// The JSON Lines export: a header line, then one object per event with its fields by name.
import { describe, expect, it } from 'vitest';
import { TraceReader } from './reader.ts';
import { TraceWriter } from './writer.ts';
import { jsonlChunks, traceToJsonl } from './jsonl.ts';
import { toByteString } from '../runtime/values/bytes.ts';

describe('traceToJsonl', () => {
  it('writes the header, then each event with index, step, goroutine, kind and fields', () => {
    const w = new TraceWriter({ fileName: 'x.go', seed: 9, procs: 3, policy: 'random' });
    w.append('map.slot.written', 4, 7, {
      map: 1, bucket: 0, slot: 2, tophashBefore: 0, tophashAfter: 0x2d, keyBefore: undefined, keyAfter: toByteString('clé'), countBefore: 0, countAfter: 1,
    });
    w.append('map.elem.stored', 4, 7, { map: 1, bucket: 0, slot: 2, elemBefore: NaN, elemAfter: [1, 2] });
    w.append('output.written', 5, 7, { fd: 1, text: 'a\n"b"\n' });
    const lines = traceToJsonl(new TraceReader(w.finish())).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { trace: 'gomaplab', version: 1, fileName: 'x.go', seed: 9, procs: 3, policy: 'random', events: 3 },
      // An absent value (zeroed memory) is left out of the object.
      { i: 0, step: 4, g: 7, kind: 'map.slot.written', map: 1, bucket: 0, slot: 2, tophashBefore: 0, tophashAfter: 45, keyAfter: 'clé', countBefore: 0, countAfter: 1 },
      { i: 1, step: 4, g: 7, kind: 'map.elem.stored', map: 1, bucket: 0, slot: 2, elemBefore: { text: 'NaN' }, elemAfter: { text: '{1 2}' } },
      { i: 2, step: 5, g: 7, kind: 'output.written', fd: 1, text: 'a\n"b"\n' },
    ]);
  });

  it('chunks whole lines, and the chunks join to the same text', () => {
    const w = new TraceWriter({ fileName: 'x.go', seed: 1, procs: 1, policy: 'random' });
    for (let i = 0; i < 25; i++) w.append('goroutine.line', 0, 1, { line: i + 1, lineBefore: i });
    const r = new TraceReader(w.finish());
    const chunks = [...jsonlChunks(r, 10)];
    expect(chunks.length).toBe(4);
    for (const c of chunks) expect(c.endsWith('\n')).toBe(true);
    expect(chunks.slice(1).map((c) => c.split('\n').length - 1)).toEqual([10, 10, 5]);
    expect(chunks.join('')).toBe(traceToJsonl(r));
  });
});
