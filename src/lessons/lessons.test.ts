// Every lesson's claims, challenges and jumps, checked by the engine (the registry test for lessons/).
//
// Seed counts are chosen in each claim so that the whole file needs about 15 s of CPU (40 s wall on
// a busy shared 2-core machine): crash rates over 100 seeds are cheap (runs end at the crash), full
// runs get 20 to 60 seeds, and passing explorer claims are kept to tiny programs.
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
  it('holds the lessons from the issue (at least twelve, distinct orders), each with steps and a claim', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(12);
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
  it('jumps to a write whose goroutine set hashWriting and is still inside it when another goroutine fails', () => {
    const lesson = lessons.find((l) => l.id === '01-the-crash')!;
    const step = lesson.steps.find((s) => s.title === 'The collision')!;
    const trace = runSource(lesson.files[step.program!], { seed: step.seed, procs: step.procs, trace: true }).trace!;
    const target = resolveJump(trace, step.jump!)!;
    const r = new TraceReader(trace);
    const began = r.get(target.eventIndex);
    expect(began?.kind === 'map.write.began' && (began.flagsAfter & 4) === 4 && (began.flagsBefore & 4) === 0).toBe(true);
    let fatal = target.eventIndex;
    while (r.kindAt(fatal) !== 'fatal.raised') fatal++;
    expect(r.goroutineAt(fatal)).not.toBe(target.g);
    for (let i = target.eventIndex + 1; i < fatal; i++) expect(r.kindAt(i) === 'map.write.ended' && r.goroutineAt(i) === target.g).toBe(false);
  });
});
