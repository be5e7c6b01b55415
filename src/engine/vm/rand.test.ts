import { describe, expect, it } from 'vitest';
import { Rand } from './rand.ts';

describe('Rand', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = new Rand(42), b = new Rand(42), c = new Rand(43);
    const sa = Array.from({ length: 8 }, () => a.nextU32());
    const sb = Array.from({ length: 8 }, () => b.nextU32());
    const sc = Array.from({ length: 8 }, () => c.nextU32());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('intn stays in range and covers every value', () => {
    const r = new Rand(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.intn(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });

  it('intn is roughly uniform', () => {
    const r = new Rand(9);
    const counts = new Array(4).fill(0);
    for (let i = 0; i < 40000; i++) counts[r.intn(4)]++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(600);
  });

  it('float64 is in [0,1)', () => {
    const r = new Rand(5);
    for (let i = 0; i < 1000; i++) {
      const f = r.float64();
      expect(f >= 0 && f < 1).toBe(true);
    }
  });

  it('save and restore resume the same stream', () => {
    const r = new Rand(77);
    r.nextU32();
    const s = r.save();
    const next = [r.nextU32(), r.nextU32()];
    r.restore(s);
    expect([r.nextU32(), r.nextU32()]).toEqual(next);
  });
});
