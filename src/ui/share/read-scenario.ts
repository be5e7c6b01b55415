// Turns parsed JSON from a link into a Scenario, checking every field's type, range and length.
//
// Whatever a link holds was written by someone else (or by nobody: a damaged or forged link), so
// nothing is trusted: each field is read on its own, unknown fields are ignored (a later build may
// add optional ones within the same format), and the first problem is reported in plain words.
import { linkError, type LinkError } from './link-error.ts';
import {
  defaultGoVersion,
  defaultGranularity,
  granularities,
  limits,
  scenarioPolicies,
  type Granularity,
  type Scenario,
  type ScenarioCursor,
  type ScenarioLesson,
  type ScenarioPolicy,
} from './scenario.ts';

export type ReadResult = { ok: true; scenario: Scenario } | { ok: false; error: LinkError };

const lessonIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const viewIdPattern = /^[a-z][a-z0-9-]{0,31}$/;
const goVersionPattern = /^1\.\d{1,3}$/;

class Invalid {
  constructor(readonly message: string) {}
}

function fail(message: string): never {
  throw new Invalid(message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wholeNumber(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    fail(`${name} must be a whole number from ${min} to ${max}.`);
  }
  return v;
}

function oneOf<T extends string>(v: unknown, name: string, choices: readonly T[]): T {
  if (typeof v !== 'string' || !choices.includes(v as T)) fail(`${name} must be one of ${choices.join(', ')}.`);
  return v as T;
}

function readLesson(v: unknown): ScenarioLesson {
  if (!isRecord(v)) fail('lesson must be an object with an id and a step.');
  if (typeof v.id !== 'string' || !lessonIdPattern.test(v.id)) fail('lesson id must be a lesson folder name (lower-case letters, digits and dashes).');
  return { id: v.id, step: wholeNumber(v.step, 'lesson step', 0, limits.maxLessonStep) };
}

function readCursor(v: unknown): ScenarioCursor {
  if (!isRecord(v)) fail('cursor must be an object with an event and/or a step.');
  const cursor: ScenarioCursor = {};
  if (v.event !== undefined) cursor.event = wholeNumber(v.event, 'cursor event', 0, Number.MAX_SAFE_INTEGER);
  if (v.step !== undefined) cursor.step = wholeNumber(v.step, 'cursor step', 0, Number.MAX_SAFE_INTEGER);
  if (cursor.event === undefined && cursor.step === undefined) fail('cursor must name an event or a step.');
  return cursor;
}

function readSchedule(v: unknown): number[] {
  if (!Array.isArray(v)) fail('schedule must be a list of numbers.');
  if (v.length > limits.maxScheduleNumbers) fail(`schedule is too long (${v.length} numbers; at most ${limits.maxScheduleNumbers}).`);
  if (v.length % 2 !== 0) fail('schedule must hold pairs of goroutine and quantum.');
  return v.map((n, i) =>
    i % 2 === 0 ? wholeNumber(n, 'a goroutine id in the schedule', 1, limits.maxScheduleValue) : wholeNumber(n, 'a quantum in the schedule', 1, limits.maxScheduleValue),
  );
}

function readViews(v: unknown): string[] {
  if (!Array.isArray(v)) fail('views must be a list of view names.');
  if (v.length > limits.maxViews) fail(`views lists too many views (at most ${limits.maxViews}).`);
  const seen = new Set<string>();
  for (const id of v) {
    if (typeof id !== 'string' || !viewIdPattern.test(id)) fail('views must be view names (lower-case letters, digits and dashes).');
    if (seen.has(id)) fail(`views names ${id} twice.`);
    seen.add(id);
  }
  return [...seen];
}

/** Reads the fields of a format-1 scenario object (the `v` field has already been checked by the caller). */
export function readScenarioV1(value: unknown): ReadResult {
  try {
    if (!isRecord(value)) fail('the link does not hold a scenario object.');
    if (typeof value.program !== 'string') fail('the program is missing.');
    if (value.program.length > limits.maxProgramChars) fail(`the program is too long (${value.program.length} characters; at most ${limits.maxProgramChars}).`);
    const scenario: Scenario = {
      program: value.program,
      seed: wholeNumber(value.seed, 'seed', 0, limits.maxSeed),
      policy: oneOf<ScenarioPolicy>(value.policy, 'policy', scenarioPolicies),
      procs: wholeNumber(value.procs, 'GOMAXPROCS', limits.minProcs, limits.maxProcs),
      granularity: value.granularity === undefined ? defaultGranularity : oneOf<Granularity>(value.granularity, 'granularity', granularities),
      schedule: value.schedule === undefined ? [] : readSchedule(value.schedule),
      goVersion: defaultGoVersion,
    };
    if (value.go !== undefined) {
      if (typeof value.go !== 'string' || !goVersionPattern.test(value.go)) fail('go must be a Go version such as 1.23.');
      scenario.goVersion = value.go;
    }
    if (value.lesson !== undefined) scenario.lesson = readLesson(value.lesson);
    if (value.cursor !== undefined) scenario.cursor = readCursor(value.cursor);
    if (value.views !== undefined) scenario.views = readViews(value.views);
    if (value.race !== undefined) {
      if (typeof value.race !== 'boolean') fail('race must be true or false.');
      if (value.race) scenario.race = true;
    }
    return { ok: true, scenario };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: linkError('invalid', `The link's scenario is invalid: ${e.message}`) };
    return { ok: false, error: linkError('invalid', "The link's scenario could not be read.") };
  }
}
