// Every link format this build can read, by version number, and the one it writes.
//
// A link is `#s<version>=<payload>`. To change the format: add a reader for the new version here,
// keep every older reader (old links never expire), and make each older reader return the current
// `Scenario` shape, filling new fields with the value that reproduces what the old link meant (a
// migration). Then commit fixtures of the new version in testdata/v<N>/ beside the old ones; the
// fixture test decodes every version's fixtures, so a change that breaks an old link fails there.
import type { ReadResult } from './read-scenario.ts';
import { readScenarioV1 } from './read-scenario.ts';
import type { Scenario } from './scenario.ts';

export const currentVersion = 1;

/** Readers of each known format: parsed JSON in, a current-shape Scenario (or a plain error) out. */
export const readers: Readonly<Record<number, (json: unknown) => ReadResult>> = {
  1: readScenarioV1,
};

/** The JSON object written for the current format. Optional fields are left out when empty, to keep links short. */
export function scenarioToJson(s: Scenario): Record<string, unknown> {
  const json: Record<string, unknown> = {
    program: s.program,
    seed: s.seed,
    policy: s.policy,
    procs: s.procs,
    granularity: s.granularity,
    // Always written: a link made today must keep meaning Go 1.23 even if the default moves on.
    go: s.goVersion,
  };
  if (s.schedule.length > 0) json.schedule = s.schedule;
  if (s.lesson) json.lesson = { id: s.lesson.id, step: s.lesson.step };
  if (s.cursor) {
    const cursor: Record<string, number> = {};
    if (s.cursor.event !== undefined) cursor.event = s.cursor.event;
    if (s.cursor.step !== undefined) cursor.step = s.cursor.step;
    json.cursor = cursor;
  }
  if (s.views) json.views = s.views;
  if (s.race) json.race = true;
  return json;
}
