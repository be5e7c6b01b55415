import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../lessons/lesson.ts';
import { createLessonStore, stepKey } from '../lessons/lesson-store.ts';
import { watchEdits } from '../lessons/lesson-actions.ts';
import { createAppStore } from '../store/index.ts';
import { applyScenario } from './apply-scenario.ts';
import { detachLessonEdits, lessonOnScreen, lessonPrograms, openLinkedLesson } from './lesson-link.ts';
import type { Scenario } from './scenario.ts';
import { createShareStore } from './share-store.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const crashProgram = 'package main\n\nfunc main() { /* the crash */ }\n';
const fixProgram = 'package main\n\nfunc main() { /* the fix */ }\n';
const step = (index: number, program: string | null) => ({ index, title: `step ${index}`, text: '', program, seed: 1, procs: 8, jump: null, challenge: null });
const lesson = { id: '05-mutex', title: 'Mutex', order: 5, intro: '', steps: [step(0, null), step(1, 'crash.go'), step(2, 'fix.go')], files: { 'crash.go': crashProgram, 'fix.go': fixProgram }, problems: [] } as unknown as Lesson;
const find = (id: string) => (id === lesson.id ? lesson : undefined);

const scenario: Scenario = { program: fixProgram, lesson: { id: '05-mutex', step: 2 }, seed: 1, policy: 'random', procs: 8, granularity: 'statement', schedule: [], goVersion: '1.23' };

function setup() {
  const app = createAppStore('playground', memoryStorage());
  const lessons = createLessonStore(memoryStorage());
  watchEdits(app, lessons, find);
  const hooks = { beforeLoad: () => detachLessonEdits(lessons), afterLoad: (s: Scenario) => openLinkedLesson(s, lessons, find) };
  return { app, lessons, hooks };
}

describe('links and lessons', () => {
  it('a link opens its lesson step, and typing then counts as an edit of that step', () => {
    const { app, lessons, hooks } = setup();
    applyScenario(scenario, app, createShareStore(), hooks);
    expect(lessons.getState().place).toEqual({ lessonId: '05-mutex', step: 2 });
    expect(lessons.getState().open).toBe(true);
    expect(lessons.getState().loaded).toBe(stepKey('05-mutex', 2));
    app.getState().setCode(`${fixProgram}// tried something\n`);
    expect(lessons.getState().edits[stepKey('05-mutex', 2)]).toContain('tried something');
    expect(lessonOnScreen(lessons)).toEqual({ id: '05-mutex', step: 2 });
  });

  it('a link\'s program never lands in the edits of the step the editor held before', () => {
    const { app, lessons, hooks } = setup();
    lessons.getState().setLoaded(stepKey('05-mutex', 1));
    app.getState().setCode(crashProgram);
    applyScenario({ ...scenario, lesson: undefined, program: 'package main // someone else\'s program\n' }, app, createShareStore(), hooks);
    expect(lessons.getState().edits).toEqual({});
    expect(lessons.getState().loaded).toBeNull();
  });

  it('a changed lesson program opens the step without tying the editor to it', () => {
    const { app, lessons, hooks } = setup();
    applyScenario({ ...scenario, program: `${fixProgram}// the teacher's variant\n` }, app, createShareStore(), hooks);
    expect(lessons.getState().place).toEqual({ lessonId: '05-mutex', step: 2 });
    expect(lessons.getState().loaded).toBeNull();
  });

  it('a lesson or step this build does not have is skipped; the program still opens', () => {
    const { app, lessons, hooks } = setup();
    applyScenario({ ...scenario, lesson: { id: '99-future', step: 0 } }, app, createShareStore(), hooks);
    applyScenario({ ...scenario, lesson: { id: '05-mutex', step: 40 } }, app, createShareStore(), hooks);
    expect(lessons.getState().place).toBeNull();
    expect(app.getState().code).toBe(fixProgram);
  });

  it('lesson programs count as provided: replacing one loses nothing', () => {
    expect(lessonPrograms([lesson])).toEqual([crashProgram, fixProgram]);
  });
});
