// The run slice: the last run of the program, where it stands, and requests to start or stop one.
//
// Commands only ask (`requestRun`, `requestStop` bump a counter); the run controller
// (ui/run/run-controller.ts) watches the counters, talks to the worker and reports back through
// the other actions. So the store holds plain data and never a worker.
import type { StateCreator } from 'zustand';
import type { RunProgress, RunReply, RunSettings } from '../../worker/api.ts';

/** Output a run has written so far, as the worker reports it while the run goes on. */
export interface LiveOutput {
  stdout: string;
  stderr: string;
  steps: number;
}

/** The most live output kept (each stream): a program printing without end must not fill memory. */
export const maxLiveChars = 1_000_000;

/**
 * `idle` before the first run; `running` while the worker has it; `done` when it ended on its own
 * (any exit status); `stopped` when the learner stopped it; `failed` when the worker broke or hung.
 */
export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

export interface RunSlice {
  runStatus: RunStatus;
  /** The finished run's output; null while running and after a stop or failure. */
  runReply: RunReply | null;
  /** Why a run was stopped or failed, in words for the learner. */
  runMessage: string | null;
  /** Output of the current run so far; kept after Stop so the learner sees what it printed. */
  runLive: LiveOutput | null;
  /** The settings the current or last run used (the controls may have changed since). */
  runSettings: RunSettings | null;
  /** Wall-clock milliseconds from Run to the answer, as the learner waited. */
  runElapsedMs: number | null;
  /** Runs that have ended (any way); lets tests see that an answer arrived. */
  runsDone: number;
  /** Bumped by `requestRun`; the run controller starts a run when it changes. */
  runRequest: number;
  /** Bumped by `requestStop`; the run controller stops the run when it changes. */
  stopRequest: number;
  /** Asks for the program to be run with the current settings (a running one is replaced). */
  requestRun(): void;
  /** Asks for the running program to be stopped; does nothing when none is running. */
  requestStop(): void;
  runStarted(settings: RunSettings): void;
  /** Adds output the running program wrote since the last report. */
  runProgress(progress: Pick<RunProgress, 'stdout' | 'stderr' | 'steps'>): void;
  runFinished(reply: RunReply, elapsedMs: number): void;
  runStopped(elapsedMs: number): void;
  runFailed(message: string, elapsedMs: number): void;
}

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set) => ({
  runStatus: 'idle',
  runReply: null,
  runMessage: null,
  runLive: null,
  runSettings: null,
  runElapsedMs: null,
  runsDone: 0,
  runRequest: 0,
  stopRequest: 0,
  requestRun: () => set((s) => ({ runRequest: s.runRequest + 1 })),
  requestStop: () => set((s) => (s.runStatus === 'running' ? { stopRequest: s.stopRequest + 1 } : s)),
  runStarted: (settings) => set({ runStatus: 'running', runReply: null, runMessage: null, runLive: null, runSettings: settings, runElapsedMs: null }),
  runProgress: (p) =>
    set((s) => (s.runStatus !== 'running' ? s : { runLive: { stdout: keepTail((s.runLive?.stdout ?? '') + p.stdout), stderr: keepTail((s.runLive?.stderr ?? '') + p.stderr), steps: p.steps } })),
  runFinished: (reply, elapsedMs) => set((s) => ({ runStatus: 'done', runReply: reply, runMessage: null, runLive: null, runElapsedMs: elapsedMs, runsDone: s.runsDone + 1 })),
  runStopped: (elapsedMs) =>
    set((s) => ({ runStatus: 'stopped', runReply: null, runMessage: `Stopped after ${seconds(elapsedMs)}.`, runElapsedMs: elapsedMs, runsDone: s.runsDone + 1 })),
  runFailed: (message, elapsedMs) => set((s) => ({ runStatus: 'failed', runReply: null, runMessage: message, runElapsedMs: elapsedMs, runsDone: s.runsDone + 1 })),
});

/** The last maxLiveChars characters, marked as cut when anything was dropped. */
function keepTail(text: string): string {
  if (text.length <= maxLiveChars) return text;
  return `[… earlier output dropped …]\n${text.slice(text.length - maxLiveChars)}`;
}

function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}
