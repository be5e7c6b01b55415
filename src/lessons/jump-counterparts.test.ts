import { describe, expect, it } from 'vitest';
import { runSource } from '../engine/index.ts';
import { eventNames, TraceReader, type EventName } from '../engine/trace/index.ts';
import { kindInDesign, swissCounterparts } from './jump-counterparts.ts';

// Every map operation the lab models, once: writes that grow, an update, a read, deletes, a range,
// a clone, a clear, and deletes down to an empty map.
const everyOp = `package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	m[3] = 30
	_ = m[4]
	delete(m, 5)
	for k, v := range m {
		_ = k + v
	}
	c := maps.Clone(m)
	clear(m)
	for k := range c {
		delete(c, k)
	}
	fmt.Println(len(m), len(c))
}
`;

const kindsIn = (goVersion: string) => {
  const r = new TraceReader(runSource(everyOp, { goVersion, trace: true }).trace!);
  const kinds = new Set<EventName>();
  for (let i = 0; i < r.length; i++) kinds.add(r.kindAt(i));
  return kinds;
};

describe('jump counterparts between the bucket map and the Swiss table', () => {
  it.each([
    ['map.write.began', 'swiss', 'swiss.write.began'],
    ['map.write.ended', 'swiss', 'swiss.write.ended'],
    ['map.slot.written', 'swiss', 'swiss.slot.written'],
    ['map.slot.deleted', 'swiss', 'swiss.slot.deleted'],
    ['map.read', 'swiss', 'swiss.read'],
    ['map.iter.yielded', 'swiss', 'swiss.iter.yielded'],
    ['map.buckets.allocated', 'swiss', 'swiss.group.allocated'],
    ['swiss.write.began', 'bucket', 'map.write.began'],
    ['swiss.cleared', 'bucket', 'map.cleared'],
    ['swiss.seed.changed', 'bucket', 'map.hash0.changed'],
    // Growth, overflow chains, tophash marks and evacuation have no Swiss moment, nor probing and splits a bucket one.
    ['map.grew', 'swiss', null],
    ['map.bucket.evacuated', 'swiss', null],
    ['map.overflow.linked', 'swiss', null],
    ['map.tophash.marked', 'swiss', null],
    ['swiss.grew.to.table', 'bucket', null],
    ['swiss.table.split', 'bucket', null],
    ['swiss.probed', 'bucket', null],
    // Kinds of the run's own design, and kinds that are not about maps, stay as they are.
    ['map.grew', 'bucket', 'map.grew'],
    ['swiss.probed', 'swiss', 'swiss.probed'],
    ['fatal.raised', 'swiss', 'fatal.raised'],
    ['lock.acquired', 'bucket', 'lock.acquired'],
  ] as const)('%s in a %s run → %s', (kind, design, want) => {
    expect(kindInDesign(kind, design)).toBe(want);
  });

  it('pair real kinds one to one', () => {
    const pairs = Object.entries(swissCounterparts);
    for (const [bucket, swiss] of pairs) {
      expect(eventNames).toContain(bucket);
      expect(eventNames).toContain(swiss);
      expect(bucket.startsWith('map.') && swiss!.startsWith('swiss.')).toBe(true);
    }
    expect(new Set(pairs.map(([, s]) => s)).size).toBe(pairs.length);
  });

  it('name moments that happen in both: what a program does to its map in Go 1.23, it does in Go 1.26', () => {
    const bucket = kindsIn('1.23');
    const swiss = kindsIn('1.26');
    const seen = Object.entries(swissCounterparts).filter(([b]) => bucket.has(b as EventName));
    // Everything but the reseed (which the bucket model reports inside map.cleared) occurs in this program.
    expect(seen.length).toBeGreaterThanOrEqual(Object.keys(swissCounterparts).length - 1);
    for (const [b, s] of seen) expect(swiss.has(s!), `${b} → ${s}`).toBe(true);
  });
});
