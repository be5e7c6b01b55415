// Runs one explored schedule's machine to its end, with the race detector when asked, and turns
// the way it ended into an Outcome. One place, so every search path treats endings alike.
import type { Machine, MachineState } from '../vm/machine.ts';
import { runToEnd } from '../vm/scheduler.ts';
import { attachRaceDetector, finishRace } from '../race/attach.ts';
import { classify, type Claim, type Outcome, type RunView } from './outcome.ts';

export interface FinishSettings {
  race?: boolean;
  fileName?: string;
  claim: Claim | null;
}

/**
 * Runs `m` to its end and classifies it. An engine bug during the run is written to the run's
 * stderr (so the summary can show it) and counts as a cut run: it proves nothing either way.
 */
export function finishRun(m: Machine, settings: FinishSettings): { outcome: Outcome; view: RunView } {
  const race = settings.race ? attachRaceDetector(m, { fileName: settings.fileName ?? 'prog.go' }) : null;
  let end: MachineState;
  try {
    end = runToEnd(m);
    // Go's race runtime at exit: `Found N data race(s)` and status 66 after a clean exit.
    if (race && end.kind === 'exited') end = { kind: 'exited', code: finishRace(m, race, end.code) };
  } catch (e) {
    const detail = `internal error in Go Map Lab: ${e instanceof Error ? e.message : String(e)}`;
    m.stderr += `${detail}\n`;
    const { view } = classify(m, { kind: 'exited', code: 2 }, null);
    return { outcome: { kind: 'cut', why: 'internal', detail }, view };
  }
  return classify(m, end, settings.claim, race?.count ?? 0);
}
