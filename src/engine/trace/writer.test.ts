// TraceWriter → TraceReader round trips: every kind, every field type, value edge cases, growth.
import { describe, expect, it } from 'vitest';
import { eventCodes, eventFields, eventNames, type FieldType, type TraceEvent } from './events.ts';
import { TraceReader } from './reader.ts';
import { TraceWriter } from './writer.ts';
import { toByteString } from '../runtime/values/bytes.ts';
import { runSource } from '../run-source.ts';

const header = { fileName: 'prog.go', seed: 1, procs: 2, policy: 'random' };

/** A sample raw field value of each storage type, varied by n, with its expected decoded form. */
function sample(type: FieldType, n: number): [unknown, unknown] {
  switch (type) {
    case 'int':
      return [n * 7 - 3, n * 7 - 3];
    case 'uint':
      return [0xfffffff0 - n, 0xfffffff0 - n];
    case 'num':
      return [n * 1e10 + 0.5, n * 1e10 + 0.5];
    case 'bool':
      return [n % 2 === 0, n % 2 === 0];
    case 'str':
      return [`s${n % 3}`, `s${n % 3}`];
    case 'bytes':
      return [toByteString(`héllo ${n}\n`), `héllo ${n}\n`];
    case 'val':
      return [n, n];
    case 'moves':
      return [
        [
          { fromBucket: n, fromSlot: 1, toBucket: -1, toSlot: -1, tophashBefore: 5, mark: 4, tophashTo: 5, key: 'k', elem: undefined },
          { fromBucket: n, fromSlot: 2, toBucket: n + 1, toSlot: 0, tophashBefore: 9, mark: 2, tophashTo: 9, key: { text: 'NaN' }, elem: 2.5 },
        ].slice(0, (n % 3)),
        undefined,
      ];
    case 'tophashes':
      return [[{ bucket: n, slot: 2, before: 0x80, after: 1 }, { bucket: n, slot: 3, before: 7, after: 0 }].slice(0, n % 3), undefined];
    case 'snapshots':
      return [[{ bucket: n, tophash: [0, 1], keys: [undefined, 3], elems: [undefined, 'x'], overflow: -1 }], undefined];
    // Swiss-table map (engineer H): side-table payloads, kept as given.
    case 'swissTables':
      return [[{ table: n, capacity: 8, used: 1, growthLeft: 6, localDepth: 0, index: 0, ctrl: [0x80, 0x12], keys: [undefined, 'k'], elems: [undefined, 2] }], undefined];
    case 'swissGroups':
      return [{ ctrl: [0xfe, n & 0x7f], keys: [undefined, n], elems: [undefined, true] }, undefined];
    case 'swissIndexChanges':
      return [[{ table: n, before: 1, after: 2 }], undefined];
    case 'ints':
      return [[n, n + 8, 3].slice(0, 1 + (n % 3)), undefined];
  }
}

describe('TraceWriter and TraceReader', () => {
  it('round-trip every event kind with every field in schema order', () => {
    const w = new TraceWriter(header);
    const expected: Array<Record<string, unknown>> = [];
    for (let round = 0; round < 3; round++) {
      eventNames.forEach((name, code) => {
        const n = round * 100 + code;
        const raw: Record<string, unknown> = {};
        const want: Record<string, unknown> = { kind: name, index: expected.length, step: round, g: code + 1 };
        for (const [field, type] of eventFields[code]) {
          const [r, d] = sample(type, n);
          raw[field] = r;
          want[field] = d === undefined ? r : d;
        }
        w.append(name, round, code + 1, raw);
        expected.push(want);
      });
    }
    const r = new TraceReader(w.finish());
    expect(r.length).toBe(expected.length);
    expected.forEach((want, i) => {
      expect(r.get(i)).toEqual(want);
      expect(r.kindAt(i)).toBe(want.kind);
      expect(r.stepAt(i)).toBe(want.step);
      expect(r.goroutineAt(i)).toBe(want.g);
    });
  });

  it('keeps Go values exactly, and what JSON cannot hold as text', () => {
    const raws: unknown[] = [0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 - 1, -0, 0.1, NaN, Infinity, -Infinity, true, false, null, undefined, '', toByteString('日本'), '\xff', [1, 'a', [true]], {}];
    const want: unknown[] = [0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 - 1, -0, 0.1, { text: 'NaN' }, { text: '+Inf' }, { text: '-Inf' }, true, false, null, undefined, '', '日本', '\uFFFD', { text: '{1 "a" {true}}' }, { text: '0x…' }];
    const w = new TraceWriter(header);
    for (const v of raws) w.append('map.read', 0, 1, { map: 1, key: v, found: false, bucket: -1, slot: -1 });
    const r = new TraceReader(w.finish());
    raws.forEach((_, i) => {
      const e = r.get(i) as Extract<TraceEvent, { kind: 'map.read' }>;
      expect(e.key, String(i)).toEqual(want[i]);
      if (i === 6) expect(Object.is(e.key, -0)).toBe(true);
    });
  });

  it('grows its columns past their first capacity without losing events', () => {
    const w = new TraceWriter(header);
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      w.begin(eventCodes['goroutine.line'], i >> 4, (i % 7) + 1); // fields: line, lineBefore
      w.int(i);
      w.int(i - 1);
      if (i % 1000 === 0) w.append('run.ended', i, 0, { exitCode: i, instructions: i * 0.5, stopped: `at ${i}` });
    }
    const t = w.finish();
    const r = new TraceReader(t);
    expect(r.length).toBe(n + n / 1000);
    expect(t.data.length).toBeLessThan(r.length * 6);
    let lines = 0;
    for (let i = 0; i < r.length; i++) {
      const e = r.get(i)!;
      if (e.kind === 'goroutine.line') {
        expect([e.line, e.lineBefore, e.g]).toEqual([lines, lines - 1, (lines % 7) + 1]);
        lines++;
      } else {
        expect(e).toMatchObject({ kind: 'run.ended', instructions: (lines - 1) * 0.5, stopped: `at ${lines - 1}` });
      }
    }
    expect(lines).toBe(n);
  });

  it('reads ranges, finds kinds and answers out-of-range reads with undefined', () => {
    const w = new TraceWriter(header);
    w.append('goroutine.created', 0, 1, { parent: 0, line: 0, createdBy: '' });
    w.append('sched.switched', 1, 1, { from: 0, p: 0 });
    w.append('fatal.raised', 1, 1, { message: 'concurrent map writes' });
    const r = new TraceReader(w.finish());
    expect([...r.range(1, 99)].map((e) => e.kind)).toEqual(['sched.switched', 'fatal.raised']);
    expect([...r.range(-5, 1)].map((e) => e.index)).toEqual([0]);
    expect(r.findNext(0, ['fatal.raised'])).toBe(2);
    expect(r.findNext(0, ['map.read'])).toBe(-1);
    for (const i of [-1, 3, 1.5, NaN]) expect(r.get(i)).toBeUndefined();
  });

  it('finish() snapshots: later appends do not change an earlier snapshot', () => {
    const w = new TraceWriter(header);
    w.append('goroutine.created', 0, 1, { parent: 0, line: 0, createdBy: '' });
    const first = w.finish();
    w.append('goroutine.ended', 0, 1, { line: 9 });
    expect(new TraceReader(first).length).toBe(1);
    expect(new TraceReader(w.finish()).get(1)).toMatchObject({ kind: 'goroutine.ended', line: 9 });
  });
});

describe('event limit', () => {
  const program = 'package main\nimport "fmt"\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 2000; i++ {\n\t\tm[i] = i\n\t}\n\tfmt.Println(len(m))\n}\n';

  it.each([1, 10, 500, 5000])('keeps the first %i events exactly, then only run.ended; the run goes on', (limit) => {
    const full = runSource(program, { trace: true });
    const cut = runSource(program, { trace: true, traceLimit: limit });
    expect(cut.stdout).toBe('2000\n');
    expect(cut.trace!.truncatedAt).toBe(limit);
    expect(cut.trace!.count).toBe(limit + 1);
    const a = new TraceReader(full.trace!), b = new TraceReader(cut.trace!);
    for (let i = 0; i < limit; i++) expect(b.get(i)).toEqual(a.get(i));
    expect(b.get(limit)).toEqual({ ...a.get(full.trace!.count - 1)!, index: limit });
  });

  it('a limit the run stays under changes nothing', () => {
    const full = runSource(program, { trace: true });
    const under = runSource(program, { trace: true, traceLimit: full.trace!.count });
    expect(under.trace!.truncatedAt).toBeUndefined();
    expect(under.trace!.data).toEqual(full.trace!.data);
  });
});
