import { describe, expect, it } from 'vitest';
import { createLessonStore, lessonPersistKey, sanitizeLessonState, stepKey } from './lesson-store.ts';
import { lessonProgress, progressLabel } from './progress.ts';
import { parseLesson } from '../../lessons/parse-lesson.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe('lesson store', () => {
  it('keeps place, progress and edits across a reload (a new store on the same storage)', () => {
    const storage = memoryStorage();
    const a = createLessonStore(storage);
    a.getState().openLesson('05-mutex', 1);
    a.getState().recordEdit(stepKey('05-mutex', 1), 'package main // mine');
    a.getState().markPassed(stepKey('05-mutex', 1));
    a.getState().setLoaded(stepKey('05-mutex', 1));
    const b = createLessonStore(storage);
    const s = b.getState();
    expect(s.open).toBe(true);
    expect(s.place).toEqual({ lessonId: '05-mutex', step: 1 });
    expect(s.seen).toEqual({ '05-mutex#1': true });
    expect(s.passed).toEqual({ '05-mutex#1': true });
    expect(s.edits).toEqual({ '05-mutex#1': 'package main // mine' });
    expect(s.loaded).toBe('05-mutex#1');
  });

  it('forgets an edit when asked, and toggles the sidebar', () => {
    const a = createLessonStore(memoryStorage());
    a.getState().recordEdit('x#0', 'text');
    a.getState().recordEdit('x#0', null);
    expect(a.getState().edits).toEqual({});
    a.getState().toggleOpen();
    expect(a.getState().open).toBe(true);
    a.getState().closeLesson();
    expect(a.getState().place).toBeNull();
  });

  it('survives corrupt or hand-edited storage', () => {
    const storage = memoryStorage();
    storage.setItem(lessonPersistKey, '{not json');
    expect(createLessonStore(storage).getState().edits).toEqual({});
    storage.setItem(lessonPersistKey, JSON.stringify({ state: { open: 'yes', place: { lessonId: 3, step: -1 }, seen: { a: 1, b: true }, edits: { a: 5, b: 'ok' }, loaded: 7 }, version: 1 }));
    const s = createLessonStore(storage).getState();
    expect(s.open).toBe(false);
    expect(s.place).toBeNull();
    expect(s.seen).toEqual({ b: true });
    expect(s.edits).toEqual({ b: 'ok' });
    expect(s.loaded).toBeNull();
    expect(sanitizeLessonState(null)).toEqual({});
  });

  it('still works when storage throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    const a = createLessonStore(broken);
    a.getState().openLesson('01', 0);
    expect(a.getState().place).toEqual({ lessonId: '01', step: 0 });
  });
});

describe('progress', () => {
  const lesson = parseLesson('05-mutex', {
    'lesson.md': '---\ntitle: M\norder: 5\n---\n## A\n## B\nprogram: a.go\nchallenge: do it\ncheck: a.go finishes\nsolution: a.go\n## C\nprogram: a.go\npredict: What?\nanswer: nothing\n',
    'a.go': 'package main\n\nfunc main() {}\n',
  });
  it('counts steps seen and challenges passed', () => {
    expect(lesson.problems).toEqual([]);
    const none = lessonProgress(lesson, {}, {});
    expect(progressLabel(none)).toBe('not started');
    const some = lessonProgress(lesson, { '05-mutex#0': true, '05-mutex#1': true }, {});
    expect(some).toMatchObject({ stepsSeen: 2, steps: 3, challenges: 2, challengesPassed: 0, done: false });
    expect(progressLabel(some)).toBe('2 of 3 steps, 2 challenges open');
    const almost = lessonProgress(lesson, { '05-mutex#0': true, '05-mutex#1': true, '05-mutex#2': true }, { '05-mutex#1': true });
    expect(progressLabel(almost)).toBe('3 of 3 steps, challenge open');
    const all = lessonProgress(lesson, { '05-mutex#0': true, '05-mutex#1': true, '05-mutex#2': true }, { '05-mutex#1': true, '05-mutex#2': true });
    expect(all.done).toBe(true);
    expect(progressLabel(all)).toBe('done');
  });
});
