// Fuzzing the decoder: random, mutated and hostile fragments must never throw and never take long.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../app/sample-program.ts';
import { toBase64url } from './base64url.ts';
import { decodeFragment, encodeScenario, type FragmentResult } from './codec.ts';
import { limits, type Scenario } from './scenario.ts';

/** A small seeded PRNG (mulberry32), so a failing case can be reproduced from its index. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The bound a single decode must stay under. Unloaded, the slowest cases (the zip bomb, 300 KB of
 * nesting) take 20-50 ms here and ~130 ms with other test runs on both cores; a bug that decoded
 * without bounds would take seconds.
 */
const slowLimitMs = 1000;

const valid: Scenario = {
  program: sampleProgram,
  lesson: { id: '01-map-crash', step: 2 },
  seed: 7,
  policy: 'manual',
  procs: 4,
  granularity: 'phase',
  schedule: [1, 1, 2, 1, 3, 2],
  cursor: { event: 500, step: 40 },
  goVersion: '1.23',
  views: ['console', 'map'],
};
const good = encodeScenario(valid);
const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const junk = `${b64}+/=%#?&<>"' \u0000\u00e9\u4e16\ud83d\uddfa`;

function pack(text: string): string {
  return `s1=${toBase64url(deflateSync(new TextEncoder().encode(text), { level: 6 }))}`;
}

/** Decodes and checks the answer is well formed; returns the time taken in ms. */
function decodeChecked(fragment: string): number {
  const t0 = performance.now();
  let r: FragmentResult;
  try {
    r = decodeFragment(fragment);
  } catch (e) {
    throw new Error(`decodeFragment threw on ${JSON.stringify(fragment.slice(0, 80))}: ${String(e)}`);
  }
  const ms = performance.now() - t0;
  if (r.kind === 'error') {
    expect(r.error.message.length).toBeGreaterThan(10);
  } else if (r.kind === 'scenario') {
    // Whatever was accepted must be a scenario the app can use and share again unchanged.
    const again = decodeFragment(encodeScenario(r.scenario));
    expect(again).toEqual(r);
  }
  return ms;
}

function mutate(rand: () => number, text: string): string {
  const at = Math.floor(rand() * text.length);
  switch (Math.floor(rand() * 6)) {
    case 0: // truncate
      return text.slice(0, at);
    case 1: // replace one character with another base64url character
      return text.slice(0, at) + b64[Math.floor(rand() * 64)] + text.slice(at + 1);
    case 2: // insert junk
      return text.slice(0, at) + junk[Math.floor(rand() * junk.length)] + text.slice(at);
    case 3: // delete a run
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 8));
    case 4: // duplicate a run
      return text.slice(0, at) + text.slice(at, at + 16) + text.slice(at);
    default: // change the version digit
      return `s${Math.floor(rand() * 12)}${text.slice(2)}`;
  }
}

describe('decodeFragment under fuzzing', () => {
  it('survives 3,000 mutations of a valid link', () => {
    const rand = prng(1);
    let worst = 0;
    const kinds = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      let f = good;
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) f = mutate(rand, f);
      worst = Math.max(worst, decodeChecked(f));
      const r = decodeFragment(f);
      const key = r.kind === 'error' ? r.error.kind : r.kind;
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    console.log(`fuzz (mutations): outcomes ${JSON.stringify(Object.fromEntries(kinds))}; slowest ${worst.toFixed(1)} ms`);
    // Several kinds of failure were actually exercised, not just one early exit.
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(worst).toBeLessThan(slowLimitMs);
  });

  it('survives 2,000 bit flips in the compressed bytes', () => {
    const rand = prng(2);
    const bytes = deflateSync(new TextEncoder().encode(JSON.stringify({ program: sampleProgram, seed: 1, policy: 'random', procs: 8 })), { level: 9 });
    let worst = 0;
    for (let i = 0; i < 2000; i++) {
      const copy = bytes.slice();
      const flips = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < flips; k++) copy[Math.floor(rand() * copy.length)] ^= 1 << Math.floor(rand() * 8);
      worst = Math.max(worst, decodeChecked(`s1=${toBase64url(copy)}`));
    }
    expect(worst).toBeLessThan(slowLimitMs);
  });

  it('survives 2,000 random strings, random bytes and junk', () => {
    const rand = prng(3);
    let worst = 0;
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(rand() * 400);
      let f: string;
      if (i % 3 === 0) f = `s1=${Array.from({ length: len }, () => b64[Math.floor(rand() * 64)]).join('')}`;
      else if (i % 3 === 1) f = `s1=${toBase64url(Uint8Array.from({ length: len }, () => Math.floor(rand() * 256)))}`;
      else f = `s${i % 4}=${Array.from({ length: len }, () => junk[Math.floor(rand() * junk.length)]).join('')}`;
      worst = Math.max(worst, decodeChecked(f));
    }
    expect(worst).toBeLessThan(slowLimitMs);
  });

  it('refuses hostile payloads quickly and names them', () => {
    const hostile: [string, string][] = [
      ['deep array nesting', `${'['.repeat(150_000)}${']'.repeat(150_000)}`],
      ['deep object nesting in a field', `{"program":"","seed":1,"policy":"random","procs":2,"cursor":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`],
      ['huge numbers', `{"program":"","seed":${'9'.repeat(5000)},"policy":"random","procs":2}`],
      ['HTML everywhere', '{"program":"<script>alert(1)</script>","seed":1,"policy":"<img src=x onerror=alert(1)>","procs":2}'],
      ['a long schedule', JSON.stringify({ program: '', seed: 1, policy: 'manual', procs: 2, schedule: Array(limits.maxScheduleNumbers + 2).fill(1) })],
      ['many views', JSON.stringify({ program: '', seed: 1, policy: 'random', procs: 2, views: Array.from({ length: 1000 }, (_, i) => `v${i}`) })],
      ['a zip bomb', ' '.repeat(50_000_000)],
      ['__proto__ keys', '{"__proto__":{"polluted":1},"program":"","seed":1,"policy":"random","procs":2,"constructor":{"prototype":{"x":1}}}'],
    ];
    for (const [name, text] of hostile) {
      // The zip bomb compresses ~1000:1, well inside the fragment limit; the others are plain payloads.
      const fragment = pack(text);
      const t0 = performance.now();
      const r = decodeFragment(fragment);
      const ms = performance.now() - t0;
      console.log(`hostile payload: ${name}: ${fragment.length} chars → ${r.kind === 'error' ? r.error.kind : r.kind} in ${ms.toFixed(1)} ms`);
      expect(ms, name).toBeLessThan(slowLimitMs);
      if (name === 'HTML everywhere') expect(r.kind === 'error' && r.error.message).toMatch(/policy must be one of/);
      else if (name === '__proto__ keys') {
        expect(r.kind).toBe('scenario');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      } else expect(r.kind, name).toBe('error');
    }
  });

  it('a program holding HTML is kept as plain text (the UI renders it as text, never as markup)', () => {
    const s: Scenario = { ...valid, program: 'package main\n// </textarea><script>alert(1)</script>\nfunc main() {}\n' };
    const r = decodeFragment(encodeScenario(s));
    expect(r.kind === 'scenario' && r.scenario.program).toBe(s.program);
  });
});
