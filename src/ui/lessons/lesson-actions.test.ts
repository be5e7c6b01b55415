import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/index.ts';
import { parseLesson } from '../../lessons/parse-lesson.ts';
import { createLessonStore, stepKey } from './lesson-store.ts';
import { loadStep, openSeed, resetStep, stepGoVersion, stepProgram, watchEdits } from './lesson-actions.ts';
import { sampleProgram } from '../app/sample-program.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const a = 'package main\n\nfunc main() { println("a") }\n';
const b = 'package main\n\nfunc main() { println("b") }\n';
const lesson = parseLesson('01-x', {
  'lesson.md': '---\ntitle: X\norder: 1\n---\n## One\nprogram: a.go\nseed: 7\nprocs: 2\n\n## Two\nprogram: b.go\n\n## Three\nNo program.\n## Four\nprogram: a.go\nscheduler: manual\n## Five\nprogram: b.go\ngo: 1.23\n',
  'a.go': a,
  'b.go': b,
});

function setup() {
  const app = createAppStore('playground', memoryStorage());
  const lessons = createLessonStore(memoryStorage());
  const stop = watchEdits(app, lessons, (id) => (id === lesson.id ? lesson : undefined));
  return { app, lessons, stop };
}

describe('lesson actions', () => {
  it('load a step program with its seed and GOMAXPROCS', () => {
    const { app, lessons } = setup();
    app.getState().setGoVersion('1.26');
    expect(loadStep(lesson, lesson.steps[0], app, lessons)).toBe(true);
    // An unpinned step holds in both map designs: it keeps the version the learner chose.
    expect(app.getState()).toMatchObject({ code: a, seed: 7, procs: 2, goVersion: '1.26' });
    expect(lessons.getState().loaded).toBe(stepKey('01-x', 0));
    expect(loadStep(lesson, lesson.steps[2], app, lessons)).toBe(false);
    // A step driven by hand switches to manual scheduling with no choices made; others go back to random.
    app.getState().setManualSchedule([2, 1]);
    expect(loadStep(lesson, lesson.steps[3], app, lessons)).toBe(true);
    expect(app.getState()).toMatchObject({ policy: 'manual', manualSchedule: [] });
    loadStep(lesson, lesson.steps[1], app, lessons);
    expect(app.getState().policy).toBe('random');
  });

  it.each([
    ['1.26', 4, '1.23', '1.23'],
    ['1.21', 4, '1.23', '1.23'],
    ['1.23', 0, '1.23', '1.23'],
    ['1.26', 0, '1.26', '1.26'],
    // Unpinned steps are checked as 1.23 and 1.26 only: a learner on 1.21 runs them as 1.23.
    ['1.21', 1, '1.23', '1.23'],
  ])('with Go %s chosen, step %i loads as Go %s (runs as %s)', (chosen, index, after, runsAs) => {
    const { app, lessons } = setup();
    app.getState().setGoVersion(chosen);
    loadStep(lesson, lesson.steps[index], app, lessons);
    expect(app.getState().goVersion).toBe(after);
    expect(stepGoVersion(lesson.steps[index], app)).toBe(runsAs);
    // The learner's saved choice is untouched by a pinned step, and comes back on an unpinned one.
    expect(app.getState().chosenGoVersion).toBe(chosen);
    loadStep(lesson, lesson.steps[0], app, lessons);
    expect(app.getState().goVersion).toBe(lesson.steps[0].go ?? (chosen === '1.21' ? '1.23' : chosen));
  });

  it('after a pinned step, an unpinned one runs (and is checked) as the learner\'s own choice', () => {
    const { app, lessons } = setup();
    app.getState().setGoVersion('1.26');
    loadStep(lesson, lesson.steps[4], app, lessons);
    expect(app.getState().goVersion).toBe('1.23');
    // Before it is loaded: the challenge panel and the note already speak of the learner's version.
    expect(stepGoVersion(lesson.steps[1], app)).toBe('1.26');
    loadStep(lesson, lesson.steps[1], app, lessons);
    expect(app.getState().goVersion).toBe('1.26');
  });

  it('keep typing as the loaded step edit, bring it back on load, and forget it on reset', () => {
    const { app, lessons, stop } = setup();
    loadStep(lesson, lesson.steps[0], app, lessons);
    app.getState().setCode(a + '// mine\n');
    expect(lessons.getState().edits).toEqual({ '01-x#0': a + '// mine\n' });
    loadStep(lesson, lesson.steps[1], app, lessons);
    expect(app.getState().code).toBe(b);
    // Loading step two did not count as an edit of either step.
    expect(lessons.getState().edits).toEqual({ '01-x#0': a + '// mine\n' });
    loadStep(lesson, lesson.steps[0], app, lessons);
    expect(app.getState().code).toBe(a + '// mine\n');
    expect(stepProgram(lesson, lesson.steps[0], lessons)).toBe(a + '// mine\n');
    // Typing the lesson's text again is no edit at all.
    app.getState().setCode(a);
    expect(lessons.getState().edits).toEqual({});
    app.getState().setCode('x');
    resetStep(lesson, lesson.steps[0], app, lessons);
    expect(app.getState().code).toBe(a);
    expect(lessons.getState().edits).toEqual({});
    stop();
    app.getState().setCode('after stop');
    expect(lessons.getState().edits).toEqual({});
  });

  it('let go of the step when the editor is reset to the sample program', () => {
    const { app, lessons } = setup();
    loadStep(lesson, lesson.steps[0], app, lessons);
    app.getState().setCode(a + '// mine\n');
    app.getState().setCode(sampleProgram);
    expect(lessons.getState().loaded).toBeNull();
    expect(lessons.getState().edits).toEqual({ '01-x#0': a + '// mine\n' });
    app.getState().setCode('typing in the sample');
    expect(lessons.getState().edits).toEqual({ '01-x#0': a + '// mine\n' });
  });

  it('ignore typing when no step is loaded or the loaded step is unknown', () => {
    const { app, lessons } = setup();
    app.getState().setCode('free text');
    expect(lessons.getState().edits).toEqual({});
    lessons.getState().setLoaded('99-gone#3');
    app.getState().setCode('more');
    expect(lessons.getState().edits).toEqual({});
  });
});

describe('opening a failure in the player', () => {
  it('runs a failing seed with its GOMAXPROCS', () => {
    const { app } = setup();
    const before = app.getState().runRequest;
    openSeed(app, 17, 4);
    expect(app.getState()).toMatchObject({ seed: 17, procs: 4, runRequest: before + 1 });
  });
});
