// Narration of Swiss-table maps (Go 1.26 runs): every swiss.* kind gets a sentence, and every number
// in a sentence is the one the event (or the trace before it) holds, recomputed here independently.
import { describe, expect, it } from 'vitest';
import { sampleProgram } from './testdata/crash-sample.ts';
import { eventNames, type EventOf, type TraceEvent } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import { narrateAt, narrateRange } from './narrate.ts';
import { narrationLinks } from './narrate-links.ts';
import { sampleTraces, smallRaceTrace, swissTraces } from './testdata/narrate-swiss-cases.ts';
import { crashPosition } from './step-boundaries.ts';

const traces = swissTraces(sampleProgram);
const swissKinds = eventNames.filter((k) => k.startsWith('swiss.'));

type Swiss = Extract<TraceEvent, { kind: `swiss.${string}` }>;

/** Each table's capacity and last known growthLeft, folded forwards over the trace (the test's own bookkeeping). */
class Tables {
  capacity = new Map<string, number>();
  growthLeft = new Map<string, number>();
  apply(e: TraceEvent): void {
    const put = (map: number, t: { table: number; capacity: number; growthLeft: number }) => {
      this.capacity.set(`${map}/${t.table}`, t.capacity);
      this.growthLeft.set(`${map}/${t.table}`, t.growthLeft);
    };
    if (e.kind === 'swiss.made' || e.kind === 'swiss.grew.to.table' || e.kind === 'swiss.table.grown' || e.kind === 'swiss.table.split') for (const t of e.tables) put(e.map, t);
    if ((e.kind === 'swiss.slot.written' || e.kind === 'swiss.slot.deleted') && e.table >= 0) this.growthLeft.set(`${e.map}/${e.table}`, e.growthLeftAfter);
    if (e.kind === 'swiss.cleared') for (const t of e.tables) this.growthLeft.set(`${e.map}/${t.table}`, t.capacity === 8 ? 7 : (t.capacity * 7) / 8);
    if (e.kind === 'swiss.tombstones.pruned') this.growthLeft.set(`${e.map}/${e.table}`, e.growthLeftAfter);
  }
}

/** A table's growthLeft when new: 7/8 of its slots, or capacity − 1 for a single group (go-facts §2.1). */
const initialGrowth = (capacity: number) => (capacity === 8 ? 7 : (capacity * 7) / 8);

/** What each kind's sentence must say, from the event's own fields and the test's bookkeeping before it. */
function expectations(e: Swiss, tables: Tables): Array<string | RegExp> {
  const h = (n: number) => `0x${(n >>> 0).toString(16)}`;
  const m = `m${e.map}`;
  switch (e.kind) {
    case 'swiss.made':
      return [m, e.tables.length === 0 ? 'small group of 8 slots' : `hint of ${e.hint}`];
    case 'swiss.group.allocated':
      return [`${m}'s small group`];
    case 'swiss.write.began':
      if (e.writingBefore !== 0) return [m, 'turned it off', e.op === 'mapdelete' ? 'to delete key' : e.op === 'mapclear' ? 'to clear it' : 'to write key'];
      return [m, "set m1's writing flag".replace('m1', m), e.op === 'mapdelete' ? 'deleting key' : e.op === 'mapclear' ? 'clearing it' : 'writing key'];
    case 'swiss.write.ended':
      return [m, `writing ${e.writingBefore} → ${e.writingAfter}`];
    case 'swiss.slot.written':
      return [`slot ${e.slot} `, `H2 ${h(e.ctrlAfter)}`, `used ${e.usedBefore} → ${e.usedAfter}`, e.ctrlBefore === 0xfe ? 'reusing a tombstone' : 'an empty slot', e.table < 0 ? `${m}'s small group` : `${m}'s table t${e.table}`];
    case 'swiss.key.updated':
      return [`slot ${e.slot} `, 'rewrote the stored key'];
    case 'swiss.elem.stored':
      return [`slot ${e.slot} `, e.table < 0 ? `${m}'s small group` : `${m}'s table t${e.table}`];
    case 'swiss.slot.deleted':
      return [`used ${e.usedBefore} → ${e.usedAfter}`, e.table < 0 ? 'small group needs no tombstones' : e.ctrlAfter === 0xfe ? 'becomes a tombstone' : 'empty again'];
    case 'swiss.seed.changed':
      return [`${h(e.seedBefore)} → ${h(e.seedAfter)}`];
    case 'swiss.grew.to.table': {
      const n = e.small.ctrl.filter((c) => c < 0x80).length;
      return [`t${e.tables[0].table} of ${e.tables[0].capacity} slots`, `${n} entr`, `growthLeft ${e.tables[0].growthLeft}`];
    }
    case 'swiss.table.grown': {
      const t = e.tables[0];
      // growthLeft counts down for inserts into empty slots only, so what it lost beyond the live entries went to tombstones.
      const dead = initialGrowth(e.oldCapacity) - t.used - tables.growthLeft.get(`${e.map}/${e.old}`)!;
      return [`Table t${e.old} of ${m} (${e.oldCapacity} slots)`, `t${t.table} of ${t.capacity} slots`, `${t.used} live entr`, dead === 0 ? 'no tombstones' : `${dead} tombstone${dead === 1 ? '' : 's'} dropped`];
    }
    case 'swiss.directory.doubled':
      return [`globalDepth ${e.globalDepthBefore} → ${e.globalDepthAfter}`, `to ${2 ** e.globalDepthAfter}`];
    case 'swiss.table.split': {
      const [l, r] = e.tables;
      const dead = initialGrowth(1024) - l.used - r.used - tables.growthLeft.get(`${e.map}/${e.old}`)!;
      return [`Table t${e.old}`, h(e.bit), `t${l.table} (${l.used} entries`, `t${r.table} (${r.used} entries`, dead === 0 ? /^(?!.*tombstone)/ : `${dead} tombstone`];
    }
    case 'swiss.cleared':
      return [`${e.usedBefore} entr`, 'never shrinks'];
    case 'swiss.cloned':
      return [`into m${e.clone}`, `${e.used} entr`];
    case 'swiss.tombstones.pruned':
      return [`Table t${e.table} of ${m}`, `${e.slots.length} tombstone`, `growthLeft ${e.growthLeftBefore} → ${e.growthLeftAfter}`, 'Go 1.25+'];
    case 'swiss.read':
      return [e.found ? `found in slot ${e.slot} ` : 'zero value'];
    case 'swiss.probed': {
      const out: Array<string | RegExp> = [`H2 is ${h(e.hash & 0x7f)}`];
      if (e.table >= 0) {
        const groups = tables.capacity.get(`${e.map}/${e.table}`)! / 8;
        out.push(`H1 picks group ${(e.hash >>> 7) & (groups - 1)} of table t${e.table} (directory entry ${e.dirIndex})`, `${e.probes} group${e.probes === 1 ? '' : 's'} probed`);
      }
      out.push(e.found ? `found in slot ${e.slot}.` : e.slot >= 0 ? `takes slot ${e.slot}.` : e.op === 'assign' ? 'no' : 'not there.');
      return out;
    }
    case 'swiss.iter.started':
      return e.small ? [`slot ${(e.entryOffset >>> 0) % 8} of its small group`] : [`directory entry ${(e.dirOffset >>> 0) % 2 ** e.globalDepth} of ${2 ** e.globalDepth}`];
    case 'swiss.iter.yielded':
      return [`range over ${m}`];
    case 'swiss.iter.finished':
      return [`finished its range over ${m}`];
  }
}

describe('Swiss-table narration', () => {
  it('covers every swiss.* kind of the schema across the traces', () => {
    const seen = new Set<string>();
    for (const { reader } of traces) for (let i = 0; i < reader.length; i++) seen.add(reader.kindAt(i));
    expect(swissKinds.filter((k) => !seen.has(k))).toEqual([]);
  });

  for (const { name, reader } of traces) {
    it(`${name}: each swiss event's sentence says what the event holds`, () => {
      const tables = new Tables();
      let told = 0;
      for (const e of reader.range()) {
        if (e.kind.startsWith('swiss.')) {
          const n = narrateRange(reader, e.index, e.index + 1);
          expect(n.topic, e.kind).toBe('map');
          expect(n.index).toBe(e.index);
          expect(n.text, e.kind).toMatch(new RegExp(`\\bm${(e as Swiss).map}\\b`));
          expect(n.text, e.kind).not.toMatch(/swiss\.|undefined|NaN|\[object/);
          for (const want of expectations(e as Swiss, tables)) {
            if (typeof want === 'string') expect(n.text, e.kind).toContain(want);
            else expect(n.text, e.kind).toMatch(want);
          }
          told++;
        }
        tables.apply(e);
      }
      if (/sample|tour|split|tombstones/.test(name)) expect(told).toBeGreaterThan(10);
    });
  }

  it('stepping by phase, the probe of a write is told with where it ended', () => {
    const { reader } = traces.find((t) => t.name === 'tour')!;
    const probe = [...reader.range()].find((e): e is EventOf<'swiss.probed'> => e.kind === 'swiss.probed' && e.table >= 0 && e.found)!;
    const n = narrateAt(reader, probe.index + 1);
    expect(n.index).toBe(probe.index);
    expect(n.text).toMatch(new RegExp(`^g1 hashes key ${probe.key} to (write|read|delete) it in m1: H1 picks group \\d+ of table t\\d+ \\(directory entry 0\\); H2 is 0x[0-9a-f]+; \\d+ groups? probed; found in slot ${probe.slot}\\.$`));
  });

  it('tells a whole statement as one write: where the key landed and that the window closed', () => {
    const { reader } = traces.find((t) => t.name === 'split')!;
    const began = [...reader.range()].find((e) => e.kind === 'swiss.write.began' && e.key === 9)!;
    const landed = reader.get(reader.findNext(began.index, ['swiss.slot.written'])) as EventOf<'swiss.slot.written'>;
    const n = narrateAt(reader, reader.findNext(began.index, ['goroutine.line']) + 1);
    expect(n.index).toBe(began.index);
    expect(n.text).toBe(`g1 set m1's writing flag, was writing key 9 in slot ${landed.slot} (group ${landed.slot >> 3}) of table t${landed.table}, and cleared the flag again.`);
  });

  it('tells a statement that grew the map as the growth', () => {
    const { reader } = traces.find((t) => t.name === 'split')!;
    const grew = reader.findNext(0, ['swiss.grew.to.table']);
    const n = narrateAt(reader, reader.findNext(grew, ['goroutine.line']) + 1);
    expect(n.index).toBe(grew);
    expect(n.text).toMatch(/^m1's small group was full \(8 entries\), so g1's write grew it into its first table t1 of 16 slots \(2 groups\), growthLeft \d+: the 8 entries were rehashed into it\.$/);
  });
});

/** The write windows open at the fatal error (swiss.write.began with no ended yet), by goroutine. */
function openAt(reader: TraceReader, at: number): Map<number, number> {
  const open = new Map<number, number>();
  for (const e of reader.range(0, at)) {
    if (e.kind === 'swiss.write.began') open.set(e.g, e.index);
    if (e.kind === 'swiss.write.ended') open.delete(e.g);
  }
  return open;
}

describe('Swiss-table crash narration', () => {
  for (const { name, reader } of sampleTraces(sampleProgram)) {
    it(`${name}: the crash names who found the writing flag set, with Go's message, and links to the other write`, () => {
      const at = crashPosition(reader);
      expect(at).toBeGreaterThan(0);
      // Several CPUs may each hit a check in the crash's step (Go's double report): the last one is told.
      const fatal = [...reader.range(0, at)].reverse().find((e): e is EventOf<'fatal.raised'> => e.kind === 'fatal.raised')!;
      const n = narrateAt(reader, at);
      expect(n.topic).toBe('crash');
      expect(n.index).toBe(fatal.index);
      expect(n.text).toContain(`Go stops the program here with fatal error: ${fatal.message}.`);
      expect(n.text.startsWith(`g${fatal.g} `)).toBe(true);
      expect(n.text).toContain('the writing flag');
      expect(n.text).not.toContain('hashWriting');
      const open = openAt(reader, fatal.index);
      const others = [...open].filter(([g]) => g !== fatal.g);
      if (open.has(fatal.g)) expect(n.text).toContain('found the writing flag cleared');
      else expect(n.text).toContain('found the writing flag already set');
      if (others.length > 0) expect(n.text).toMatch(new RegExp(`\\bg(${others.map(([g]) => g).join('|')})\\b`));
      const links = narrationLinks(reader, n);
      for (const [g, began] of others) expect(links).toContainEqual({ label: `g${g}'s write that was in progress`, index: began });
      if (open.has(fatal.g)) expect(links).toContainEqual({ label: `the start of g${fatal.g}'s write window`, index: open.get(fatal.g)! });
    });
  }
});

describe('Swiss-only fatal error', () => {
  it('tells who took the small group\'s last free slot before the writer that found none', () => {
    const { reader } = smallRaceTrace();
    const fatalAt = reader.findNext(0, ['fatal.raised']);
    const fatal = reader.get(fatalAt) as EventOf<'fatal.raised'>;
    expect(fatal.message).toBe('small map with no empty slot (concurrent map writes?)');
    const fill = [...reader.range(0, fatalAt)].reverse().find((e): e is EventOf<'swiss.slot.written'> => e.kind === 'swiss.slot.written' && e.table === -1)!;
    expect(fill.g).not.toBe(fatal.g);
    expect(fill.usedAfter).toBe(8);
    const n = narrateRange(reader, fatalAt, fatalAt + 1);
    expect(n.text).toBe(
      `g${fatal.g} saw fewer than 8 entries in m1's small group, but by the time it wrote, all 8 slots were taken: g${fill.g} took slot ${fill.slot}, the last free one, in between. Go stops the program here with fatal error: small map with no empty slot (concurrent map writes?).`,
    );
    expect(narrationLinks(reader, n).map((l) => l.label)).toEqual([`g${fill.g}'s write that was in progress`, `the start of g${fatal.g}'s write window`]);
  });
});

describe('Swiss-table narration links', () => {
  it('links a grow to its write window, and the rebuild to the table it replaced', () => {
    const { reader } = traces.find((t) => t.name === 'split')!;
    const split = reader.findNext(0, ['swiss.table.split']);
    const e = reader.get(split) as EventOf<'swiss.table.split'>;
    const links = narrationLinks(reader, narrateRange(reader, split, split + 1));
    const labels = Object.fromEntries(links.map((l) => [l.label, l.index]));
    expect(reader.kindAt(labels['the start of this write window'])).toBe('swiss.write.began');
    expect(reader.kindAt(labels['the end of this write window'])).toBe('swiss.write.ended');
    expect(labels['the start of this write window']).toBeLessThan(split);
    expect(labels['the end of this write window']).toBeGreaterThan(split);
    // The table that split was built by the grow before it, whose snapshot names it.
    const built = reader.get(labels[`where table t${e.old} was built`]) as EventOf<'swiss.table.grown'>;
    expect(built.kind).toBe('swiss.table.grown');
    expect(built.tables.map((t) => t.table)).toContain(e.old);
    // From the probe that found no room, the rebuild is one link away.
    const full = [...reader.range(0, split)].reverse().find((x) => x.kind === 'swiss.probed' && x.slot < 0)!;
    const fromProbe = narrationLinks(reader, narrateRange(reader, full.index, full.index + 1));
    expect(fromProbe.find((l) => l.label === 'the rebuild')?.index).toBe(split);
  });

  it('gives nothing to link before the first event or for an event outside a map story', () => {
    const { reader } = traces[0];
    expect(narrationLinks(reader, narrateAt(reader, 0))).toEqual([]);
    expect(narrationLinks(reader, { text: '', topic: 'line', index: reader.length + 5, g: 1 })).toEqual([]);
    expect(narrationLinks(reader, narrateRange(reader, 0, 1))).toEqual([]);
  });
});
