// Sets a race detector up on a machine: Machine.race for the VM, and a tap on the runtime's
// channel events (chan-edges.ts) next to whatever observer (the trace recorder) is already there.
import type { Machine } from '../vm/machine.ts';
import type { MachineHooks } from '../vm/hooks.ts';
import type { SyncEvent, SyncEventSink } from '../runtime/std/sync-events.ts';
import { RaceDetector, type RaceDetectorOptions } from './detector.ts';
import { chanEdgeSink } from './chan-edges.ts';
import { foundLine } from './report.ts';

export function attachRaceDetector(m: Machine, opts: RaceDetectorOptions): RaceDetector {
  const d = new RaceDetector(m, opts);
  m.race = d;
  m.hooks = withSyncSink(m.hooks, chanEdgeSink(m, d));
  return d;
}

/** Hooks that do what `base` does and also feed sync events to `extra`. */
function withSyncSink(base: MachineHooks | null, extra: SyncEventSink): MachineHooks {
  if (base === null) return { syncSink: () => extra };
  const hooks: Record<string, unknown> = {};
  // Every method of the observer, bound to it (it keeps its own state, e.g. the recorder's step).
  for (let o: object | null = base; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Object.getOwnPropertyNames(o)) {
      const v = (base as unknown as Record<string, unknown>)[k];
      if (k !== 'constructor' && typeof v === 'function' && !(k in hooks)) hooks[k] = v.bind(base);
    }
  }
  const inner = base.syncSink?.bind(base);
  const tee: SyncEventSink = {
    emit(e: SyncEvent) {
      extra.emit(e);
      inner?.()?.emit(e);
    },
  };
  hooks.syncSink = () => tee;
  return hooks as MachineHooks;
}

/**
 * Go's race runtime at exit (racefini, called when the program exits with status 0, main returning
 * or os.Exit(0)): `Found N data race(s)` and exit status 66 when it reported any. Other statuses
 * (a panic, a fatal error, os.Exit(3)) are kept and the line is not printed (go-facts.md §8.4).
 * Returns the exit status to use.
 */
export function finishRace(m: Machine, d: RaceDetector, exitCode: number): number {
  if (exitCode !== 0 || d.count === 0) return exitCode;
  m.write(2, foundLine(d.count));
  return 66;
}
