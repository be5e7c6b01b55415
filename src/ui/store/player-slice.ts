// The player slice: the last run's trace as a cursor, where the cursor stands, and how it moves.
//
// The folded state (goroutines, output, maps…) lives in a TraceCursor outside React state: moving
// mutates it in place and bumps `playerVersion`, so a move costs one store update, and components
// re-render only for the numbers they select (see ui/player/use-player-state.ts). A run's trace
// arrives in `runReply.trace`; this slice watches the store and loads it, opening a crash at the
// crash (the fatal error, with both colliding goroutines still on their lines) and any other run at
// its end, where the Console shows all its output.
import type { StateCreator, StoreApi } from 'zustand';
import { TraceCursor } from '../../engine/trace/state/cursor.ts';
import { crashPosition, type Granularity } from '../../engine/trace/state/step-boundaries.ts';
import type { TraceData } from '../../engine/trace/index.ts';
import type { RunReply } from '../../worker/api.ts';

export type { Granularity };

/**
 * Events a browser run's trace keeps at most: the player's memory bound. At ~39 bytes per event
 * (measured on a mutex-and-map program) that is ~78 MB of trace; a longer run goes on to its end,
 * but its trace stops here and the player says so (playerTruncatedAt).
 */
export const playerTraceLimit = 2_000_000;

/** Traces folded to their opening position at once; longer ones are folded in slices between frames. */
export const syncFoldLimit = 200_000;
/** Milliseconds of folding per slice of a long load. */
const foldSliceMs = 25;

/** Play speeds offered, in stops (of the granularity) per second. */
export const playerSpeeds = [1, 2, 5, 10, 30, 60] as const;
export const defaultPlayerSpeed = 5;

export interface PlayerSlice {
  /** A cursor over the last run's trace; null before a traced run has finished. Not for rendering directly: select `playerVersion` too. */
  playerCursor: TraceCursor | null;
  /** Events applied: 0 is before the run, `playerLength` its end. */
  playerPosition: number;
  playerLength: number;
  /** Scheduler step of the last applied event. */
  playerStep: number;
  /** Bumped on every move and load: what components select to re-render. */
  playerVersion: number;
  playerPlaying: boolean;
  /** Stops per second while playing. */
  playerSpeed: number;
  /** What one Step moves over: a statement of any goroutine, or every runtime phase. */
  playerGranularity: Granularity;
  /** The goroutine the learner picked (for "Step gN to its next line"); 0 none. */
  playerSelected: number;
  /** Set when the worker cut the trace short: events after this many were not kept. */
  playerTruncatedAt: number | null;
  /** The program text the trace was made from (null unknown): line marks apply only while the editor holds it. */
  playerSource: string | null;
  /** While a long trace is first folded to its opening position: the share done (0–1); null otherwise. */
  playerLoading: number | null;

  /**
   * Loads a trace (null clears the player), made from `source` when known. A long trace is folded to
   * its opening position in slices of a few milliseconds, so the page stays responsive; the promise
   * settles when the player is ready (or the load was superseded by another).
   */
  loadTrace(trace: TraceData | null, source?: string): Promise<void>;
  /** One stop forwards (+1) or backwards (-1) at the current granularity. */
  playerStepBy(direction: 1 | -1): void;
  /** Moves to an event position (clamped). */
  playerSeek(position: number): void;
  /** Moves to the start of a scheduler step. */
  playerSeekStep(step: number): void;
  playerPlay(): void;
  playerPause(): void;
  playerTogglePlay(): void;
  /** One tick of playing: a step forwards, pausing at the end. The play clock calls it. */
  playerTick(): void;
  playerSetSpeed(speed: number): void;
  /** Back to the start of the run (position 0), paused. */
  playerReset(): void;
  /** Runs goroutine g (default: the selected one) to its next statement; nothing when it has none. */
  stepToNextLine(g?: number): void;
  setGranularity(granularity: Granularity): void;
  selectGoroutine(g: number): void;
}

/** Clamps a speed to the offered range; nonsense becomes the default. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) return defaultPlayerSpeed;
  return Math.min(playerSpeeds[playerSpeeds.length - 1], Math.max(playerSpeeds[0], speed));
}

function isGranularity(g: unknown): g is Granularity {
  return g === 'statement' || g === 'phase';
}

type Host = PlayerSlice & { runReply: RunReply | null; runStatus: string; runSettings: unknown; code: string };

export const createPlayerSlice: StateCreator<Host, [], [], PlayerSlice> = (set, get, api) => {
  /** The fields that follow a move of the cursor. */
  const moved = (c: TraceCursor, s: PlayerSlice) => ({
    playerPosition: c.position,
    playerStep: c.step,
    playerVersion: s.playerVersion + 1,
    playerPlaying: s.playerPlaying && c.position < c.length,
  });
  const move = (how: (c: TraceCursor) => void) => {
    const c = get().playerCursor;
    if (c === null) return;
    how(c);
    set((s) => moved(c, s));
  };

  watchRuns(api as unknown as StoreApi<Host>);
  /** Bumped by every load: a slow load that has been superseded stops. */
  let loads = 0;

  return {
    playerCursor: null,
    playerPosition: 0,
    playerLength: 0,
    playerStep: 0,
    playerVersion: 0,
    playerPlaying: false,
    playerSpeed: defaultPlayerSpeed,
    playerGranularity: 'statement',
    playerSelected: 0,
    playerTruncatedAt: null,
    playerSource: null,
    playerLoading: null,

    loadTrace: (trace, source) => {
      const token = ++loads;
      if (trace === null || !isTrace(trace)) {
        set((s) => ({ playerCursor: null, playerPosition: 0, playerLength: 0, playerStep: 0, playerVersion: s.playerVersion + 1, playerPlaying: false, playerTruncatedAt: null, playerSource: null, playerLoading: null }));
        return Promise.resolve();
      }
      const c = new TraceCursor(trace);
      const crash = crashPosition(c.reader);
      const target = crash >= 0 ? crash : c.length;
      const ready = () =>
        set((s) => ({
          playerCursor: c,
          playerLength: c.length,
          ...moved(c, s),
          playerPlaying: false,
          playerSelected: 0,
          playerTruncatedAt: typeof trace.truncatedAt === 'number' ? trace.truncatedAt : null,
          playerSource: typeof source === 'string' ? source : null,
          playerLoading: null,
        }));
      if (target <= syncFoldLimit) {
        c.seek(target);
        ready();
        return Promise.resolve();
      }
      // The first fold also lays the keyframes; seconds for millions of events, so it must not block the page.
      set((s) => ({ playerCursor: null, playerPosition: 0, playerLength: 0, playerStep: 0, playerVersion: s.playerVersion + 1, playerPlaying: false, playerLoading: 0 }));
      return new Promise<void>((resolve) => {
        const slice = () => {
          if (token !== loads) return resolve();
          const until = performance.now() + foldSliceMs;
          while (c.position < target && performance.now() < until) c.seek(Math.min(target, c.position + 2048));
          if (c.position >= target) {
            ready();
            resolve();
          } else {
            set({ playerLoading: c.position / target });
            setTimeout(slice, 0);
          }
        };
        setTimeout(slice, 0);
      });
    },
    playerStepBy: (direction) => move((c) => (direction < 0 ? c.stepBack(get().playerGranularity) : c.stepForward(get().playerGranularity))),
    playerSeek: (position) => move((c) => c.seek(position)),
    playerSeekStep: (step) => move((c) => c.seekStep(step)),
    playerPlay: () => {
      const c = get().playerCursor;
      if (c === null) return;
      // Play from the start when the cursor is at the end, as media players do.
      if (c.position >= c.length) c.seek(0);
      set((s) => ({ ...moved(c, s), playerPlaying: true }));
    },
    playerPause: () => set({ playerPlaying: false }),
    playerTogglePlay: () => (get().playerPlaying ? get().playerPause() : get().playerPlay()),
    playerTick: () => {
      if (!get().playerPlaying) return;
      move((c) => c.stepForward(get().playerGranularity));
    },
    playerSetSpeed: (speed) => set({ playerSpeed: clampSpeed(speed) }),
    playerReset: () => {
      set({ playerPlaying: false });
      move((c) => c.seek(0));
    },
    stepToNextLine: (g) => {
      const id = g ?? get().playerSelected;
      if (!Number.isSafeInteger(id) || id <= 0) return;
      move((c) => c.stepGoroutine(id));
    },
    setGranularity: (granularity) => set((s) => (isGranularity(granularity) ? { playerGranularity: granularity } : s)),
    selectGoroutine: (g) => set({ playerSelected: Number.isSafeInteger(g) && g > 0 ? g : 0 }),
  };
};

/** A well-formed TraceData (a hand-made or corrupt object must not break the page). */
function isTrace(t: unknown): t is TraceData {
  if (typeof t !== 'object' || t === null) return false;
  const d = t as Partial<TraceData>;
  return (
    d.data instanceof Int32Array && d.offsets instanceof Int32Array && Array.isArray(d.strings) && typeof d.count === 'number' &&
    d.count >= 0 && d.count <= d.offsets.length
  );
}

/** Loads each finished run's trace, and clears the player when a new run starts. */
function watchRuns(api: StoreApi<Host>): void {
  // The text sent to the worker: the learner may type on while the run goes.
  let ranSource: string | undefined;
  api.subscribe((state, previous) => {
    // runStarted sets new settings for every run, a replacing one included.
    if (state.runStatus === 'running' && state.runSettings !== previous.runSettings) ranSource = state.code;
    if (state.runReply === previous.runReply) return;
    if (state.runReply === null && state.playerCursor === null && state.playerLoading === null) return;
    void state.loadTrace(state.runReply?.trace ?? null, ranSource);
  });
}
