// Every lesson's claims, challenges and jumps, checked by the engine (the registry test for lessons/).
//
// Unpinned steps are checked under Go 1.23 and Go 1.26 (check-lessons.ts), so every run-time claim
// runs twice. Seed counts are chosen in each claim so that the whole file needs about 20 s of CPU
// (under 60 s wall on a busy shared 2-core machine): crash rates over 100 seeds are cheap (runs end
// at the crash), full runs get 20 to 60 seeds, and passing explorer claims are kept to tiny programs.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonsFromFiles } from './catalog.ts';
import { checkLesson } from './check-lessons.ts';
import { readLessonFiles } from './load-from-disk.ts';
import { resolveJump } from './jump.ts';
import { runSource } from '../engine/index.ts';
import { TraceReader } from '../engine/trace/index.ts';

const root = fileURLToPath(new URL('../../lessons', import.meta.url));
const lessons = lessonsFromFiles(readLessonFiles(root));

describe('lessons/', () => {
  it('holds the lessons from the issues (at least thirteen, distinct orders), each with steps and a claim', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(13);
    expect(new Set(lessons.map((l) => l.order)).size).toBe(lessons.length);
    for (const l of lessons) {
      expect(l.problems, l.id).toEqual([]);
      expect(l.steps.length, l.id).toBeGreaterThan(0);
      expect(l.steps.flatMap((s) => s.claims).length, l.id).toBeGreaterThan(0);
      for (const s of l.steps) if (s.program) expect(l.files[s.program], `${l.id} step ${s.index + 1}`).toBeDefined();
    }
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s: every claim holds', (_id, lesson) => {
    const verdicts = checkLesson(lesson);
    const failed = verdicts.filter((v) => !v.ok).map((v) => `step ${v.step}: ${v.what}: ${v.detail}`);
    expect(failed).toEqual([]);
    expect(verdicts.length).toBeGreaterThan(0);
  });
});

describe('lesson 1, "The collision"', () => {
  it.each(['1.23', '1.26'])('jumps to a write whose goroutine set the writing flag and is still inside it when another goroutine fails (Go %s)', (goVersion) => {
    const lesson = lessons.find((l) => l.id === '01-the-crash')!;
    const step = lesson.steps.find((s) => s.title === 'The collision')!;
    expect(step.go).toBeNull();
    const trace = runSource(lesson.files[step.program!], { seed: step.seed, procs: step.procs, trace: true, goVersion }).trace!;
    const target = resolveJump(trace, step.jump!)!;
    const r = new TraceReader(trace);
    const began = r.get(target.eventIndex);
    const setIt = began?.kind === 'map.write.began' ? (began.flagsAfter & 4) === 4 && (began.flagsBefore & 4) === 0 : began?.kind === 'swiss.write.began' && began.writingAfter !== 0 && began.writingBefore === 0;
    expect(setIt).toBe(true);
    let fatal = target.eventIndex;
    while (r.kindAt(fatal) !== 'fatal.raised') fatal++;
    expect(r.goroutineAt(fatal)).not.toBe(target.g);
    for (let i = target.eventIndex + 1; i < fatal; i++) expect(/^(map|swiss)\.write\.ended$/.test(r.kindAt(i)) && r.goroutineAt(i) === target.g).toBe(false);
  });
});

describe('lesson 13, "Same crash, different insides": what its text says about each jump', () => {
  const lesson = lessons.find((l) => l.id.startsWith('13-'))!;
  const at = (title: string) => {
    const step = lesson.steps.find((s) => s.title === title)!;
    const trace = runSource(lesson.files[step.program!], { seed: step.seed, procs: step.procs, trace: true, goVersion: step.go ?? undefined }).trace!;
    const target = resolveJump(trace, step.jump!)!;
    return { step, r: new TraceReader(trace), target };
  };
  const count = (r: TraceReader, kind: string, end: number) => {
    let n = 0;
    for (let i = 0; i < end; i++) if (r.kindAt(i) === kind) n++;
    return n;
  };

  it('Go 1.23, seed 18: the write in progress has hashWriting set, in a grow from 8 to 16 buckets that the 53rd key started and two evacuations into', () => {
    const { step, r, target } = at('Go 1.23: hashWriting, buckets, a grow half done');
    expect(step.go).toBe('1.23');
    const began = r.get(target.eventIndex);
    expect(began?.kind === 'map.write.began' && began.flagsAfter === 4).toBe(true);
    let grew = -1;
    for (let i = target.eventIndex; i >= 0 && grew < 0; i--) if (r.kindAt(i) === 'map.grew') grew = i;
    const g = r.get(grew);
    expect(g?.kind === 'map.grew' && g.BBefore === 3 && g.BAfter === 4).toBe(true);
    expect(count(r, 'map.slot.written', grew)).toBe(52);
    let fatal = target.eventIndex;
    while (r.kindAt(fatal) !== 'fatal.raised') fatal++;
    const evacuations: boolean[] = [];
    for (let i = grew; i < fatal; i++) {
      const e = r.get(i);
      if (e?.kind === 'map.bucket.evacuated') evacuations.push(e.growFinished);
    }
    expect(evacuations).toEqual([false, false]);
  });

  it('Go 1.26: the write in progress toggled writing on, in a map that is one table, not small and not split', () => {
    const { step, r, target } = at('Go 1.24+: the writing flag and a table of groups');
    expect(step.go).toBe('1.26');
    const began = r.get(target.eventIndex);
    expect(began?.kind === 'swiss.write.began' && began.writingBefore === 0 && began.writingAfter === 1).toBe(true);
    expect(count(r, 'swiss.grew.to.table', target.eventIndex)).toBe(1);
    expect(count(r, 'swiss.table.split', target.eventIndex)).toBe(0);
  });

  it('Go 1.26: the last key placed before the crash probed two groups, the second one after H1 picked the first', () => {
    const { r, target } = at('Where a key goes');
    const p = r.get(target.eventIndex);
    if (p?.kind !== 'swiss.probed') throw new Error(`landed on ${p?.kind}`);
    let capacity = 0;
    for (let i = target.eventIndex; i >= 0 && capacity === 0; i--) {
      const e = r.get(i);
      if (e?.kind === 'swiss.table.grown' || e?.kind === 'swiss.grew.to.table') capacity = e.tables[0].capacity;
    }
    const groups = capacity / 8;
    expect(p).toMatchObject({ op: 'assign', found: false, probes: 2, dirIndex: 0 });
    expect(p.table).toBeGreaterThan(0);
    expect(Math.floor(p.slot / 8)).toBe(((p.hash >>> 7) + 1) & (groups - 1));
  });

  it('Go 1.26, seed 198: both fatals fire, and the jump lands on the small-map one, in a small map, after another goroutine ended its write with the other', () => {
    const { step, r, target } = at('One message of its own');
    expect(step.seed).toBe(198);
    const fatal = r.get(target.eventIndex);
    expect(fatal?.kind === 'fatal.raised' && fatal.message).toBe('small map with no empty slot (concurrent map writes?)');
    const messages: string[] = [];
    for (let i = 0; i < target.eventIndex; i++) {
      const e = r.get(i);
      if (e?.kind === 'fatal.raised') messages.push(`${e.g}: ${e.message}`);
      expect(e?.kind).not.toBe('swiss.grew.to.table');
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^\d+: concurrent map writes$/);
    expect(messages[0].startsWith(`${target.g}:`)).toBe(false);
  });

  it('Go 1.26: the 9th key builds the first table, and the 897th splits a full 1024-slot table after doubling the directory', () => {
    const grew = at('Go 1.24+ rebuilds a table in one go');
    expect(count(grew.r, 'swiss.slot.written', grew.target.eventIndex)).toBe(8);
    const grewEvent = grew.r.get(grew.target.eventIndex);
    expect(grewEvent?.kind === 'swiss.grew.to.table' && grewEvent.tables[0].capacity === 16).toBe(true);
    const split = at('Past 1024 slots: a directory of tables');
    expect(count(split.r, 'swiss.slot.written', split.target.eventIndex)).toBe(896);
    const doubled = split.r.get(split.target.eventIndex - 1);
    expect(doubled?.kind === 'swiss.directory.doubled' && doubled.globalDepthBefore === 0 && doubled.globalDepthAfter === 1).toBe(true);
    const s = split.r.get(split.target.eventIndex);
    expect(s?.kind === 'swiss.table.split' && s.tables.every((t) => t.capacity === 1024)).toBe(true);
  });
});
