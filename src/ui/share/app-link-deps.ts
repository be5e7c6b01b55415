// The share-link machinery wired to the app: its store, the address bar, the lessons, and whether this page is an embed.
import { sampleProgram } from '../app/sample-program.ts';
import { isEmbedded } from '../embed/embed-params.ts';
import { lessonById, lessons } from '../lessons/lesson-content.ts';
import { lessonStore } from '../lessons/lesson-store.ts';
import { appStore } from '../store/index.ts';
import { detachLessonEdits, lessonPrograms, openLinkedLesson } from './lesson-link.ts';
import { browserLinkEnvironment, type LinkDeps } from './open-link.ts';
import { shareStore } from './share-store.ts';

let provided: string[] | null = null;

export function appLinkDeps(): LinkDeps {
  const embedded = isEmbedded(typeof location === 'undefined' ? '' : location.search);
  return {
    app: appStore,
    share: shareStore,
    env: browserLinkEnvironment(),
    providedPrograms: () => (provided ??= [sampleProgram, ...lessonPrograms(lessons)]),
    embedded,
    hooks: {
      beforeLoad: () => detachLessonEdits(lessonStore),
      // An embed shows no lessons sidebar; opening the lesson there would only move the learner's place.
      afterLoad: embedded ? undefined : (scenario) => openLinkedLesson(scenario, lessonStore, lessonById),
    },
  };
}
