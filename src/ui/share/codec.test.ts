import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../app/sample-program.ts';
import { toBase64url } from './base64url.ts';
import { decodeFragment, encodeScenario } from './codec.ts';
import { limits, type Scenario } from './scenario.ts';

const base: Scenario = {
  program: sampleProgram,
  seed: 1,
  policy: 'random',
  procs: 8,
  granularity: 'statement',
  schedule: [],
  goVersion: '1.23',
};

/** A fragment holding `json` exactly as given, packed the way links are. */
function pack(json: string, version = 1): string {
  return `s${version}=${toBase64url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
}

function roundTrip(s: Scenario): Scenario {
  const r = decodeFragment(`#${encodeScenario(s)}`);
  if (r.kind !== 'scenario') throw new Error(`expected a scenario, got ${JSON.stringify(r)}`);
  return r.scenario;
}

describe('round trip', () => {
  it('keeps the minimal scenario exactly', () => {
    expect(roundTrip(base)).toEqual(base);
  });

  it('keeps every field', () => {
    const full: Scenario = {
      program: 'package main\n\nfunc main() {\n\tprintln("héllo, 世界 🗺", "\\u0000", `"<b>`)\n}\n',
      lesson: { id: '03-mutex', step: 4 },
      seed: 0xffff_ffff,
      policy: 'manual',
      procs: 256,
      granularity: 'phase',
      schedule: [1, 1, 3, 2, 4, 1, 3, 7],
      cursor: { event: 1234, step: 212 },
      goVersion: '1.26',
      views: ['console', 'map', 'goroutines'],
      race: true,
    };
    expect(roundTrip(full)).toEqual(full);
  });

  it.each([
    ['seed 0', { seed: 0 }],
    ['round-robin', { policy: 'round-robin' }],
    ['GOMAXPROCS 1', { procs: 1 }],
    ['only an event cursor', { cursor: { event: 0 } }],
    ['only a step cursor', { cursor: { step: 9 } }],
    ['no views open', { views: [] }],
    ['an empty program', { program: '' }],
    ['the largest program', { program: 'x'.repeat(limits.maxProgramChars) }],
  ] as [string, Partial<Scenario>][])('keeps %s', (_, change) => {
    const s = { ...base, ...change };
    expect(roundTrip(s)).toEqual(s);
  });

  it('fills defaults for optional fields a link leaves out', () => {
    const r = decodeFragment(pack(JSON.stringify({ program: 'package main', seed: 5, policy: 'random', procs: 2 })));
    expect(r).toEqual({ kind: 'scenario', version: 1, scenario: { program: 'package main', seed: 5, policy: 'random', procs: 2, granularity: 'statement', schedule: [], goVersion: '1.23' } });
  });

  it('ignores fields it does not know (a later build may add optional ones)', () => {
    const r = decodeFragment(pack(JSON.stringify({ program: 'p', seed: 5, policy: 'random', procs: 2, futureField: { x: 1 } })));
    expect(r.kind).toBe('scenario');
  });

  it('treats fragments that are not share links as no link', () => {
    for (const hash of ['', '#', '#top', '#section-2', 's1', '#s=abc', '#x1=abc']) expect(decodeFragment(hash)).toEqual({ kind: 'none' });
  });
});

describe('bad links name what was wrong', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a newer format', 's2=AAAA', 'unknown-version', /newer Go Map Lab \(link format 2\)/],
    ['format 0', 's0=AAAA', 'unknown-version', /unknown format \(0\)/],
    ['characters outside base64url', 's1=abc$def', 'not-base64', /characters a share link never has/],
    ['an impossible base64 length', 's1=abcde', 'not-base64', /damaged/],
    ['an empty payload', 's1=', 'corrupt', /could not be unpacked/],
    ['a truncated payload', encodeScenario(base).slice(0, 63), 'corrupt', /cut short/],
    ['a payload that is not JSON', pack('{"program": '), 'not-json', /not a readable scenario/],
    ['invalid UTF-8', `s1=${toBase64url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))}`, 'not-json', /not a readable scenario/],
    ['a JSON array', pack('[1,2,3]'), 'invalid', /does not hold a scenario object/],
    ['no program', pack('{"seed":1,"policy":"random","procs":8}'), 'invalid', /the program is missing/],
    ['a seed out of range', pack('{"program":"","seed":4294967296,"policy":"random","procs":8}'), 'invalid', /seed must be a whole number from 0 to 4294967295/],
    ['a fractional seed', pack('{"program":"","seed":1.5,"policy":"random","procs":8}'), 'invalid', /seed must be a whole number/],
    ['a huge number', pack('{"program":"","seed":1e400,"policy":"random","procs":8}'), 'invalid', /seed must be a whole number/],
    ['a string seed', pack('{"program":"","seed":"1","policy":"random","procs":8}'), 'invalid', /seed/],
    ['an unknown policy', pack('{"program":"","seed":1,"policy":"fifo","procs":8}'), 'invalid', /policy must be one of random, round-robin, manual/],
    ['GOMAXPROCS 0', pack('{"program":"","seed":1,"policy":"random","procs":0}'), 'invalid', /GOMAXPROCS must be a whole number from 1 to 256/],
    ['an odd schedule', pack('{"program":"","seed":1,"policy":"manual","procs":2,"schedule":[1,1,2]}'), 'invalid', /pairs/],
    ['goroutine 0 in the schedule (ids start at 1)', pack('{"program":"","seed":1,"policy":"manual","procs":2,"schedule":[0,1]}'), 'invalid', /goroutine id in the schedule must be a whole number from 1/],
    ['a zero quantum', pack('{"program":"","seed":1,"policy":"manual","procs":2,"schedule":[1,0]}'), 'invalid', /quantum/],
    ['a negative cursor', pack('{"program":"","seed":1,"policy":"random","procs":2,"cursor":{"event":-1}}'), 'invalid', /cursor event/],
    ['an empty cursor', pack('{"program":"","seed":1,"policy":"random","procs":2,"cursor":{}}'), 'invalid', /cursor must name an event or a step/],
    ['a lesson id with markup', pack('{"program":"","seed":1,"policy":"random","procs":2,"lesson":{"id":"<img src=x>","step":0}}'), 'invalid', /lesson id/],
    ['a view name with markup', pack('{"program":"","seed":1,"policy":"random","procs":2,"views":["<script>"]}'), 'invalid', /views must be view names/],
    ['a repeated view', pack('{"program":"","seed":1,"policy":"random","procs":2,"views":["map","map"]}'), 'invalid', /names map twice/],
    ['race as a string', pack('{"program":"","seed":1,"policy":"random","procs":2,"race":"yes"}'), 'invalid', /race must be true or false/],
    ['a strange Go version', pack('{"program":"","seed":1,"policy":"random","procs":2,"go":"2.0; drop"}'), 'invalid', /Go version/],
    ['a program over the limit', pack(JSON.stringify({ program: 'x'.repeat(limits.maxProgramChars + 1), seed: 1, policy: 'random', procs: 2 })), 'invalid', /program is too long/],
    ['a fragment over the limit', `s1=${'A'.repeat(limits.maxFragmentChars)}`, 'too-long', /too long to open/],
    ['a payload that unpacks past the cap', pack(' '.repeat(limits.maxJsonBytes + 1)), 'too-large', /too much data/],
  ];
  it.each(cases)('%s', (_, fragment, kind, message) => {
    const r = decodeFragment(`#${fragment}`);
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error.kind).toBe(kind);
    expect(r.error.message).toMatch(message);
  });
});

describe('link length', () => {
  // The whole link is an origin and path plus `#` and the fragment; 60 characters covers a typical host.
  const originAllowance = 60;
  const programs: [string, string][] = [
    ['sample program', sampleProgram],
    ...readdirSync(new URL('./testdata/programs/', import.meta.url))
      .filter((f) => f.endsWith('.go'))
      .map((f): [string, string] => [f, readFileSync(new URL(`./testdata/programs/${f}`, import.meta.url), 'utf8')]),
  ];

  it.each(programs)('a lesson-sized program (%s) gives a link under 2,000 characters, with a cursor, lesson, views and a schedule', (name, program) => {
    const s: Scenario = { ...base, program, lesson: { id: '07-sharded-map', step: 3 }, cursor: { event: 123_456, step: 212 }, views: ['console', 'map', 'goroutines', 'timeline'], schedule: [1, 1, 2, 3, 3, 1, 2, 2, 4, 1] };
    const fragment = encodeScenario(s);
    console.log(`share link: ${name}: ${program.length} chars of Go → ${fragment.length} chars of fragment`);
    expect(fragment.length + originAllowance).toBeLessThan(2000);
  });

  it('every lesson program in lessons/ gives a link under 2,000 characters', () => {
    const root = new URL('../../../lessons/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.go'));
    const lengths = files.map((f) => {
      const program = readFileSync(new URL(f, root), 'utf8');
      const fragment = encodeScenario({ ...base, program, lesson: { id: f.split('/')[0], step: 9 }, cursor: { event: 123_456, step: 212 }, views: ['map'] });
      return { f, chars: program.length, link: fragment.length + originAllowance };
    });
    const longest = lengths.reduce((a, b) => (b.link > a.link ? b : a), { f: '(none)', chars: 0, link: 0 });
    console.log(`share link: ${lengths.length} lesson programs; longest link ${longest.link} chars (${longest.f}, ${longest.chars} chars of Go)`);
    for (const l of lengths) expect(l.link, l.f).toBeLessThan(2000);
  });
});
