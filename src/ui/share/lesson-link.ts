// Share links and lessons: the lesson step on screen travels with the link, and opening a link
// keeps the lessons' record of the learner's edits honest.
//
// The lessons keep the learner's typing as an edit of the step whose program the editor holds
// (lessons/lesson-actions.ts, `loaded`). A link's program is not an edit of that step, so before
// it is loaded the editor is marked as holding no step; when it is the linked step's own program,
// the mark is set to that step afterwards, and typing counts as an edit of it again.
import type { Lesson } from '../../lessons/lesson.ts';
import { stepKey, type LessonState } from '../lessons/lesson-store.ts';
import type { Scenario, ScenarioLesson } from './scenario.ts';

interface Lessons {
  getState(): Pick<LessonState, 'place' | 'openLesson' | 'setLoaded'>;
}

/** The lesson step the sidebar shows, if any. */
export function lessonOnScreen(lessons: Lessons): ScenarioLesson | undefined {
  const place = lessons.getState().place;
  return place ? { id: place.lessonId, step: place.step } : undefined;
}

/** Call before a link's program replaces the editor's text. */
export function detachLessonEdits(lessons: Lessons): void {
  lessons.getState().setLoaded(null);
}

/** Call after a link's program is in the editor: opens its lesson step, when this build has it. */
export function openLinkedLesson(scenario: Scenario, lessons: Lessons, find: (id: string) => Lesson | undefined): void {
  if (!scenario.lesson) return;
  const lesson = find(scenario.lesson.id);
  const step = lesson?.steps[scenario.lesson.step];
  if (!lesson || !step) return;
  lessons.getState().openLesson(lesson.id, step.index);
  if (step.program && lesson.files[step.program] === scenario.program) lessons.getState().setLoaded(stepKey(lesson.id, step.index));
}

/** Every program the lessons provide: replacing one of them loses none of the learner's work. */
export function lessonPrograms(all: readonly Lesson[]): string[] {
  return all.flatMap((l) => l.steps.flatMap((s) => (s.program && l.files[s.program] !== undefined ? [l.files[s.program]] : [])));
}
