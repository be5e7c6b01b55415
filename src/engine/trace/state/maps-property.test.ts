// Property: fold the trace of a random map program and the folded map holds exactly what the
// program printed at that point (fmt prints maps sorted by key: `map[k:v k:v]`).
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { Rand } from '../../vm/rand.ts';
import type { TraceValue } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { liveEntries } from './maps-read.ts';
import { mapsSlice } from './maps.ts';

/** A random sequence of loops writing, overwriting, incrementing, deleting and clearing keys. */
function randomProgram(seed: number, stringKeys: boolean): string {
  const r = new Rand(seed);
  const key = (expr: string, space: number) => (stringKeys ? `fmt.Sprint("k", (${expr})%${space})` : `(${expr})%${space}`);
  const lines: string[] = [];
  const space = 20 + r.intn(300);
  for (let n = 0; n < 8; n++) {
    const count = 1 + r.intn(150);
    const a = 1 + r.intn(97);
    const b = r.intn(50);
    const k = key(`i*${a}+${b}`, space);
    switch (r.intn(6)) {
      case 0:
      case 1:
        lines.push(`for i := 0; i < ${count}; i++ { m[${k}] = i*${b + 1} }`);
        break;
      case 2:
        lines.push(`for i := 0; i < ${count}; i++ { m[${k}]++ }`);
        break;
      case 3:
        lines.push(`for i := 0; i < ${count}; i++ { delete(m, ${k}) }`);
        break;
      case 4:
        lines.push(r.intn(4) === 0 ? 'clear(m)' : `for i := 0; i < ${count}; i++ { _ = m[${k}] }`);
        break;
      default:
        lines.push(`for i := 0; i < ${count}; i += 2 { if _, ok := m[${k}]; ok { delete(m, ${k}) } }`);
    }
    lines.push('fmt.Println(len(m), m)');
  }
  return `package main

import "fmt"

func main() {
	m := make(map[${stringKeys ? 'string' : 'int'}]int${r.intn(2) === 0 ? '' : `, ${r.intn(100)}`})
	${lines.join('\n\t')}
}
`;
}

/** fmt's %v of a map[int]int or map[string]int from its entries. */
function goPrint(entries: Array<[TraceValue, TraceValue]>): string {
  const sorted = entries.slice().sort(([a], [b]) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1));
  return `${entries.length} map[${sorted.map(([k, v]) => `${String(k)}:${String(v ?? 0)}`).join(' ')}]\n`;
}

describe('folded maps equal what the program printed', () => {
  for (let seed = 1; seed <= 12; seed++) {
    const stringKeys = seed % 3 === 0;
    it(`random program ${seed}${stringKeys ? ' (string keys)' : ''}`, () => {
      const source = randomProgram(seed, stringKeys);
      const run = runSource(source, { seed, procs: 1, trace: true });
      expect(run.stderr).toBe('');
      const reader = new TraceReader(run.trace!);
      const s = mapsSlice.init();
      const printed: string[] = [];
      for (const e of reader.range()) {
        mapsSlice.apply(s, e);
        if (e.kind === 'output.written' && e.fd === 1) {
          const m = s.maps.get(1)!;
          expect(e.text).toBe(goPrint(liveEntries(m)));
          printed.push(e.text);
        }
      }
      expect(printed.join('')).toBe(run.stdout);
      expect(printed.length).toBe(8);
    });
  }
});
