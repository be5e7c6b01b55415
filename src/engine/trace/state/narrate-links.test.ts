// The narration's links in both map models: at every cursor position of real traces, each link
// points at the event its label names, checked against a plain decode of the trace.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { TraceEvent } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { loadCase } from '../testdata/cases.ts';
import { sampleProgram } from './testdata/crash-sample.ts';
import { narrateAt } from './narrate.ts';
import { narrationLinks } from './narrate-links.ts';
import { sampleTraces, splitProgram, tombstoneProgram } from './testdata/narrate-swiss-cases.ts';

function bucket(file: string): TraceReader {
  const c = loadCase(file);
  return new TraceReader(runSource(c.source, { seed: c.seed, procs: c.procs, trace: true, goVersion: '1.23' }).trace!);
}

const traces: Array<{ name: string; reader: TraceReader }> = [
  { name: 'bucket two-writers-crash', reader: bucket('two-writers-crash.go') },
  { name: 'bucket map-growth', reader: bucket('map-growth.go') },
  ...sampleTraces(sampleProgram, [1, 2, 3]),
  { name: 'swiss split', reader: new TraceReader(runSource(splitProgram, { seed: 1, procs: 1, trace: true, goVersion: '1.26' }).trace!) },
  { name: 'swiss tombstones', reader: new TraceReader(runSource(tombstoneProgram, { seed: 1, procs: 1, trace: true, goVersion: '1.26' }).trace!) },
];

const began = (k: string) => k === 'map.write.began' || k === 'swiss.write.began';
const ended = (k: string) => k === 'map.write.ended' || k === 'swiss.write.ended';
const mapOf = (e: TraceEvent) => ('map' in e ? e.map : -1);

/** Whether goroutine g's window on `map` opened at `from` is still open just before `at` (a plain decode). */
function openUntil(events: TraceEvent[], from: number, at: number, g: number, map: number): boolean {
  for (let j = from + 1; j < at; j++) if (ended(events[j].kind) && events[j].g === g && mapOf(events[j]) === map) return false;
  return true;
}

describe('narration links', () => {
  for (const { name, reader } of traces) {
    it(`${name}: every link at every position lands on what its label says`, () => {
      const events = [...reader.range()];
      const labels = new Set<string>();
      // Every position of the short traces; every 7th of the long ones.
      const stride = reader.length > 5000 ? 7 : 1;
      for (let p = 1; p <= reader.length; p += stride) {
        const n = narrateAt(reader, p);
        const told = events[n.index];
        for (const l of narrationLinks(reader, n)) {
          labels.add(l.label.replace(/\d+/g, 'N'));
          expect(l.index).not.toBe(n.index);
          const e = events[l.index];
          expect(e, l.label).toBeDefined();
          const other = /^g(\d+)'s write that was in progress$/.exec(l.label);
          if (other) {
            expect(told.kind).toBe('fatal.raised');
            expect(began(e.kind) && e.g === Number(other[1])).toBe(true);
            expect(openUntil(events, l.index, n.index, e.g, mapOf(e))).toBe(true);
          } else if (/^the start of (this|g\d+'s) write window$/.test(l.label)) {
            expect(began(e.kind)).toBe(true);
            expect(e.g).toBe(n.g);
            expect(l.index).toBeLessThan(n.index);
            expect(openUntil(events, l.index, n.index, e.g, mapOf(e))).toBe(true);
          } else if (l.label === 'the end of this write window') {
            expect(ended(e.kind)).toBe(true);
            expect(e.g).toBe(n.g);
            expect(l.index).toBeGreaterThan(n.index);
          } else if (l.label === 'the crash') {
            expect(e.kind).toBe('fatal.raised');
            // The window the narrated event belongs to never closed before the run stopped.
            const opened = [...events.slice(0, n.index + 1)].reverse().find((x) => began(x.kind) && x.g === n.g)!;
            expect(events.slice(opened.index + 1).some((x) => ended(x.kind) && x.g === n.g && mapOf(x) === mapOf(opened))).toBe(false);
          } else if (l.label === 'the rebuild') {
            expect(['swiss.grew.to.table', 'swiss.table.grown', 'swiss.table.split']).toContain(e.kind);
            expect(e.g).toBe(n.g);
          } else if (l.label === 'the grow' || l.label === 'the start of this grow') {
            expect(e.kind).toBe('map.grew');
          } else if (/^where table t\d+ was built$/.test(l.label)) {
            const id = Number(/t(\d+)/.exec(l.label)![1]);
            expect('tables' in e && (e.tables as Array<{ table: number }>).some((t) => t.table === id)).toBe(true);
          } else {
            throw new Error(`unexpected link label ${l.label}`);
          }
        }
      }
      if (name.includes('crash') || name.includes('sample')) expect([...labels].some((l) => l.includes('in progress') || l.includes('write window'))).toBe(true);
      if (name === 'swiss split') expect(labels).toContain('the rebuild');
      if (name === 'sample seed 1') expect(labels).toContain('the crash');
      if (name === 'bucket map-growth') expect(labels).toContain('the grow');
    });
  }
});
