// The player's whole state at a trace position: the slices (goroutines, output, maps, locks and
// channels) composed into one StateSlice that the cursor folds.
//
// Adding a slice is one line in `playerSlices` below; PlayerState's type follows from it. A slice
// that needs per-trace data (an index built once, like the goroutines' P owners) is made here from
// the trace; the others are plain constants.
import type { TraceEvent } from '../events.ts';
import type { TraceData } from '../writer.ts';
import { goroutinesSlice } from './goroutines.ts';
import { mapsSlice } from './maps.ts';
import { outputSlice } from './output.ts';
import { syncSlice } from './sync.ts';
import { swissSlice } from './swiss.ts';
import { ProcessorIndex } from './processor-index.ts';
import type { StateSlice } from './slice.ts';

/** The slices for one trace, by the name views read them under. */
export function playerSlices(trace: TraceData) {
  return {
    goroutines: goroutinesSlice(ProcessorIndex.build(trace)),
    output: outputSlice,
    maps: mapsSlice,
    sync: syncSlice,
    swiss: swissSlice,
  };
}

type Slices = ReturnType<typeof playerSlices>;

/**
 * The state at a position: one field per slice.
 * @example state.goroutines.byId.get(7)?.line; state.output.stdout
 */
export type PlayerState = { [K in keyof Slices]: Slices[K] extends StateSlice<infer S> ? S : never };

/** The slices as one: applies an event to every part, reverts in reverse order, clones every part. */
export function composeSlices<T extends Record<string, StateSlice<any>>>(slices: T): StateSlice<{ [K in keyof T]: T[K] extends StateSlice<infer S> ? S : never }> {
  type S = { [K in keyof T]: T[K] extends StateSlice<infer X> ? X : never };
  const entries = Object.entries(slices);
  const reversed = [...entries].reverse();
  return {
    name: entries.map(([k]) => k).join('+'),
    init: () => Object.fromEntries(entries.map(([k, sl]) => [k, sl.init()])) as S,
    clone: (s) => Object.fromEntries(entries.map(([k, sl]) => [k, sl.clone((s as Record<string, unknown>)[k])])) as S,
    apply(s, e: TraceEvent) {
      for (const [k, sl] of entries) sl.apply((s as Record<string, unknown>)[k], e);
    },
    revert(s, e: TraceEvent) {
      for (const [k, sl] of reversed) sl.revert((s as Record<string, unknown>)[k], e);
    },
  };
}

/** The composed slice for a trace. */
export function playerStateSlice(trace: TraceData): StateSlice<PlayerState> {
  return composeSlices(playerSlices(trace)) as StateSlice<PlayerState>;
}
