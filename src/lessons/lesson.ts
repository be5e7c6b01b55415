// The lesson format as data: a lesson is a folder of Markdown and Go files, read into these shapes.
//
// A lesson folder `lessons/NN-slug/` holds `lesson.md` and the Go programs its steps load.
// lesson.md starts with a header (`---` / `title: …` / `order: N` / `---`), then free text,
// then one `## heading` per step. Right under a step's heading, `key: value` lines set the step's
// program, jump, challenge, checks, solution and Go version (see parse-lesson.ts). Fenced ```claims blocks
// anywhere in a step hold the machine-checked sentences that back the text around them.
import type { Claim } from './claim.ts';
import type { Jump } from './jump.ts';
import type { LessonGoVersion } from './go-version.ts';

/** Something wrong with a lesson file, said plainly: a lesson never crashes the loader. */
export interface LessonProblem {
  /** The file the problem is in, relative to lessons/ (e.g. `01-the-crash/lesson.md`). */
  file: string;
  line: number;
  message: string;
}

/** A step's machine check: the claims the learner's version of `program` must satisfy. */
export interface Challenge {
  /** The win condition in plain words, shown before the learner starts. */
  goal: string;
  /** Claims about the step's program; the learner's text stands in for the program when checking. */
  checks: Claim[];
}

/** A step's prediction question: the learner types what the program prints before running it. */
export interface Prediction {
  question: string;
  /** One line of the program's output (seed and GOMAXPROCS of the step); checked in CI. */
  answer: string;
}

export interface LessonStep {
  /** 0-based position in the lesson. */
  index: number;
  title: string;
  /** Markdown text of the step with its claims blocks taken out. */
  text: string;
  /** The Go file the step loads into the editor (a name in Lesson.files), if any. */
  program: string | null;
  /** Run settings the step loads with its program; the jump is resolved with these. */
  seed: number;
  procs: number;
  /**
   * The Go version the step is pinned to (its own `go:` line, else the lesson's), or null: the step
   * runs with the learner's chosen version and is checked under both map designs (go-version.ts).
   */
  go: LessonGoVersion | null;
  /** `manual` when the step is driven by hand (the player's manual scheduling); null: the seeded random scheduler. */
  scheduler: 'manual' | null;
  jump: Jump | null;
  challenge: Challenge | null;
  /** A Go file in Lesson.files that meets the challenge. */
  solution: string | null;
  prediction: Prediction | null;
  /** The claims written in this step's text. */
  claims: Claim[];
}

export interface Lesson {
  /** The folder name, e.g. `01-the-crash`; stable, used as the key for progress. */
  id: string;
  title: string;
  order: number;
  /** The lesson-wide pin (`go:` in the header), inherited by steps without their own; null: none. */
  go: LessonGoVersion | null;
  /** Markdown before the first step. */
  intro: string;
  steps: LessonStep[];
  /** File name → text for every other file in the folder (Go programs, expected outputs). */
  files: Record<string, string>;
  problems: LessonProblem[];
}
