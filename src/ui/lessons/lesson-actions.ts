// What the lesson view's buttons do to the rest of the app: load a step's program into the editor,
// run it and move the player to the step's moment, and open a failing seed of a challenge check.
//
// The lesson store remembers which step's program the editor holds (`loaded`); `watchEdits` keeps
// the learner's typing as that step's edit, so it comes back after switching steps or reloading.
import type { StoreApi } from 'zustand';
import type { AppState } from '../store/index.ts';
import type { Lesson, LessonStep } from '../../lessons/lesson.ts';
import { resolveJump, type JumpTarget } from '../../lessons/jump.ts';
import { unpinnedRunVersion } from '../../lessons/go-version.ts';
import { stepKey, type LessonState } from './lesson-store.ts';
import { sampleProgram } from '../app/sample-program.ts';

type App = Pick<StoreApi<AppState>, 'getState' | 'subscribe'>;
type Lessons = Pick<StoreApi<LessonState>, 'getState' | 'subscribe'>;

/** The text a step starts from: the learner's edit if there is one, else the lesson's program. */
export function stepProgram(lesson: Lesson, step: LessonStep, lessons: Lessons): string | null {
  if (!step.program) return null;
  return lessons.getState().edits[stepKey(lesson.id, step.index)] ?? lesson.files[step.program] ?? null;
}

/**
 * The Go version a step runs as: its pin (`go:` in the lesson), or for an unpinned step the
 * learner's own choice (not a version a pinned step left behind) as far as the step is checked
 * under it (unpinnedRunVersion: its text, claims and jumps hold in both map designs, checked in CI).
 */
export function stepGoVersion(step: LessonStep, app: App): string {
  return step.go ?? unpinnedRunVersion(app.getState().chosenGoVersion);
}

/** Puts the step's program (or the learner's edit of it) in the editor, with the step's seed and GOMAXPROCS. */
export function loadStep(lesson: Lesson, step: LessonStep, app: App, lessons: Lessons): boolean {
  const text = stepProgram(lesson, step, lessons);
  if (text === null) return false;
  const key = stepKey(lesson.id, step.index);
  // Mark first, so the code change below is recognised as this step's text, not an edit of another.
  lessons.getState().setLoaded(key);
  const s = app.getState();
  s.setCode(text);
  s.setSeed(step.seed);
  s.setProcs(step.procs);
  // A step about one map design runs as its Go version (without saving it as the learner's
  // choice); any other step runs as the learner's own choice, even after a pinned one.
  s.runAsGoVersion(stepGoVersion(step, app));
  // A step driven by hand starts with no choices made; any other step runs on the seeded scheduler.
  s.setPolicy(step.scheduler ?? 'random');
  if (step.scheduler === 'manual') s.setManualSchedule([]);
  return true;
}

/** Drops the learner's edit and loads the lesson's own program again. */
export function resetStep(lesson: Lesson, step: LessonStep, app: App, lessons: Lessons): void {
  lessons.getState().recordEdit(stepKey(lesson.id, step.index), null);
  loadStep(lesson, step, app, lessons);
}

/**
 * Keeps typing in the editor as the loaded step's edit (and forgets the edit when the text is the
 * lesson's again). Returns the unsubscribe function.
 */
export function watchEdits(app: App, lessons: Lessons, find: (id: string) => Lesson | undefined): () => void {
  return app.subscribe((s, prev) => {
    if (s.code === prev.code) return;
    const key = lessons.getState().loaded;
    if (key === null) return;
    // "Reset to sample program" leaves the lesson's program: the sample is nobody's edit of it.
    if (s.code === sampleProgram) {
      lessons.getState().setLoaded(null);
      return;
    }
    const [id, index] = splitKey(key);
    const step = find(id)?.steps[index];
    const original = step?.program ? find(id)?.files[step.program] : undefined;
    if (original === undefined) return;
    lessons.getState().recordEdit(key, s.code === original ? null : s.code);
  });
}

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf('#');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

/** Resolves when the run started now has ended (runsDone moves on); null if it did not end well. */
function nextRunEnd(app: App, timeoutMs: number): Promise<AppState | null> {
  const before = app.getState().runsDone;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(null);
    }, timeoutMs);
    const unsubscribe = app.subscribe((s) => {
      if (s.runsDone === before) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(s.runStatus === 'done' ? s : null);
    });
  });
}

export type JumpOutcome = { kind: 'moved'; target: JumpTarget } | { kind: 'missed'; message: string };

/**
 * Loads the step's program, runs it with the step's settings, and moves the player to the event
 * the step's jump names (and the editor's cursor to that goroutine's line).
 */
export async function jumpToMoment(lesson: Lesson, step: LessonStep, app: App, lessons: Lessons, timeoutMs = 60_000): Promise<JumpOutcome> {
  if (!step.jump) return { kind: 'missed', message: 'This step has no moment to jump to.' };
  if (!loadStep(lesson, step, app, lessons)) return { kind: 'missed', message: 'This step has no program.' };
  const ended = nextRunEnd(app, timeoutMs);
  app.getState().requestRun();
  const s = await ended;
  const trace = s?.runReply?.trace;
  if (!s || !trace) return { kind: 'missed', message: 'The run did not finish, so there is no moment to show.' };
  const target = resolveJump(trace, step.jump);
  if (!target) return { kind: 'missed', message: 'This run never reached that moment. If you changed the program, Reset step brings the lesson\'s version back.' };
  // The player loads the run's trace when the run ends; seek once it holds this trace.
  await waitFor(() => app.getState().playerLength === trace.count, 2000);
  app.getState().playerSeek(target.eventIndex + 1);
  if (target.line > 0) app.getState().revealPosition(target.line, 1);
  return { kind: 'moved', target };
}

/** Runs the editor's program with a seed that broke a challenge check: the player opens at its crash. */
export function openSeed(app: App, seed: number, procs: number): void {
  const s = app.getState();
  s.setSeed(seed);
  s.setProcs(procs);
  s.requestRun();
}

function waitFor(ready: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const poll = () => {
      if (ready()) resolve(true);
      else if (Date.now() - started > timeoutMs) resolve(false);
      else setTimeout(poll, 10);
    };
    poll();
  });
}
