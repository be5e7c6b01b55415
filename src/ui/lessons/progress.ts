// Progress through a lesson, from the steps seen and the challenges passed (pure, for the sidebar).
import type { Lesson } from '../../lessons/lesson.ts';
import { stepKey } from './lesson-store.ts';

export interface LessonProgress {
  stepsSeen: number;
  steps: number;
  challengesPassed: number;
  challenges: number;
  /** Every step seen and every challenge met. */
  done: boolean;
}

export function lessonProgress(lesson: Lesson, seen: Record<string, true>, passed: Record<string, true>): LessonProgress {
  let stepsSeen = 0;
  let challenges = 0;
  let challengesPassed = 0;
  for (const step of lesson.steps) {
    const key = stepKey(lesson.id, step.index);
    if (seen[key]) stepsSeen++;
    // A prediction counts like a challenge: something the learner must get right.
    if (step.challenge || step.prediction) {
      challenges++;
      if (passed[key]) challengesPassed++;
    }
  }
  const steps = lesson.steps.length;
  return { stepsSeen, steps, challengesPassed, challenges, done: steps > 0 && stepsSeen === steps && challengesPassed === challenges };
}

/** The learner's words for it: "done", "2 of 4 steps, challenge open", "not started". */
export function progressLabel(p: LessonProgress): string {
  if (p.done) return 'done';
  if (p.stepsSeen === 0 && p.challengesPassed === 0) return 'not started';
  const open = p.challenges - p.challengesPassed;
  return `${p.stepsSeen} of ${p.steps} steps${open > 0 ? `, ${open === 1 ? 'challenge' : `${open} challenges`} open` : ''}`;
}
