import { describe, expect, it } from 'vitest';
import { defaultMaxSteps, maxMaxSteps, normalizeRunSettings, normalizeSeed } from './run-settings.ts';

describe('normalizeRunSettings', () => {
  it('keeps valid settings as they are', () => {
    const s = { seed: 42, procs: 3, policy: 'round-robin', maxSteps: 1000 } as const;
    expect(normalizeRunSettings(s)).toEqual(s);
  });

  it('fills in defaults for anything missing or of the wrong type', () => {
    for (const v of [undefined, null, 'x', {}, { seed: 'a', procs: '2', policy: 7, maxSteps: null }]) {
      expect(normalizeRunSettings(v)).toEqual({ seed: 1, procs: 8, policy: 'random', maxSteps: defaultMaxSteps });
    }
  });

  it('clamps numbers into the engine\'s ranges', () => {
    expect(normalizeRunSettings({ seed: 1, procs: 0, policy: 'random', maxSteps: 0 })).toMatchObject({ procs: 1, maxSteps: defaultMaxSteps });
    expect(normalizeRunSettings({ seed: 1, procs: -4, policy: 'random', maxSteps: 1.5 })).toMatchObject({ procs: 1, maxSteps: 1 });
    expect(normalizeRunSettings({ seed: 1, procs: 1e6, policy: 'random', maxSteps: 1e300 })).toMatchObject({ procs: 256, maxSteps: maxMaxSteps });
    expect(normalizeRunSettings({ seed: 1, procs: 2.9, policy: 'random', maxSteps: NaN })).toMatchObject({ procs: 2, maxSteps: defaultMaxSteps });
  });

  it('wraps seeds to uint32 as the engine\'s PRNG reads them', () => {
    expect(normalizeSeed(2 ** 32 + 5)).toBe(5);
    expect(normalizeSeed(-1)).toBe(2 ** 32 - 1);
    expect(normalizeSeed(7.9)).toBe(7);
    expect(normalizeSeed(Infinity)).toBe(1);
  });
});
