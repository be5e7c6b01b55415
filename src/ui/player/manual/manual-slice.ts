// Manual scheduling in the store: the learner's choices so far, and what the paused run offers next.
//
// The engine keeps no machine alive between choices. A manual run replays `manualSchedule` (flat
// [g, quantum] pairs, as RunReply.schedule) and pauses at the first decision beyond it, answering
// the goroutines that could run (RunReply.paused.candidates). Choosing one appends [g, 1] and asks
// for the run again; the player then opens at the end of the new trace. Because the schedule is
// plain data here, share links carry it (share/player-extras.ts reads `manualSchedule`).
import type { StateCreator, StoreApi } from 'zustand';
import type { RunReply, RunSettings } from '../../../worker/api.ts';

export interface ManualSlice {
  /** The choices so far, flat [g, quantum] pairs; a manual run replays them, then pauses. */
  manualSchedule: number[];
  /** The goroutines that could run where the last manual run paused; null when it did not pause. */
  manualCandidates: number[] | null;
  /** The last run could not follow the choices (the program or settings changed): they were cut to what ran. */
  manualDiverged: boolean;
  /** Replaces the choices (a share link, a lesson); nonsense becomes no choices. */
  setManualSchedule(schedule: number[]): void;
  /** Runs goroutine g for one scheduling step: appends [g, 1] and runs again. Ignored unless g is offered. */
  manualChoose(g: number): void;
  /** Takes back the last choice and runs again. */
  manualUndo(): void;
  /** Forgets every choice and runs again from the first decision. */
  manualRestart(): void;
}

/** Flat [g, quantum] pairs of positive whole numbers, or [] (a share link or storage may hold anything). */
export function sanitizeSchedule(value: unknown): number[] {
  if (!Array.isArray(value) || value.length % 2 !== 0 || value.length > 2_000_000) return [];
  return value.every((n) => Number.isSafeInteger(n) && n > 0) ? (value as number[]).slice() : [];
}

/** What a run adds to its settings in manual mode: the choices to replay. */
export function manualRunSettings(state: Pick<ManualSlice, 'manualSchedule'> & { policy: RunSettings['policy'] }): Pick<RunSettings, 'schedule'> {
  return state.policy === 'manual' ? { schedule: state.manualSchedule.slice() } : {};
}

type Host = ManualSlice & {
  runReply: RunReply | null;
  runSettings: RunSettings | null;
  requestRun(): void;
};

export const createManualSlice: StateCreator<Host, [], [], ManualSlice> = (set, get, api) => {
  watchManualRuns(api as unknown as StoreApi<Host>);
  return {
    manualSchedule: [],
    manualCandidates: null,
    manualDiverged: false,
    setManualSchedule: (schedule) => set({ manualSchedule: sanitizeSchedule(schedule), manualDiverged: false }),
    manualChoose: (g) => {
      const s = get();
      if (s.manualCandidates === null || !s.manualCandidates.includes(g)) return;
      set({ manualSchedule: [...s.manualSchedule, g, 1], manualCandidates: null });
      get().requestRun();
    },
    manualUndo: () => {
      const s = get();
      if (s.manualSchedule.length < 2) return;
      set({ manualSchedule: s.manualSchedule.slice(0, -2), manualCandidates: null, manualDiverged: false });
      get().requestRun();
    },
    manualRestart: () => {
      set({ manualSchedule: [], manualCandidates: null, manualDiverged: false });
      get().requestRun();
    },
  };
};

/** After each manual run: offer its candidates, and keep only the choices that could be followed. */
function watchManualRuns(api: StoreApi<Host>): void {
  api.subscribe((state, previous) => {
    if (state.runReply === previous.runReply) return;
    const reply = state.runReply;
    if (reply === null || state.runSettings?.policy !== 'manual') {
      if (state.manualCandidates !== null) api.setState({ manualCandidates: null });
      return;
    }
    const paused = reply.paused && Array.isArray(reply.paused.candidates) ? reply.paused.candidates.filter((g) => Number.isSafeInteger(g) && g > 0) : null;
    const update: Partial<ManualSlice> = { manualCandidates: paused, manualDiverged: reply.diverged === true };
    // A diverged replay ran something else from the point it diverged: what ran is the truth now.
    if (reply.diverged === true) update.manualSchedule = sanitizeSchedule(reply.schedule);
    api.setState(update);
  });
}
