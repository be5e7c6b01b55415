// The timeline model of the player's trace, built once per trace and shared by every reader.
import { buildTimeline, type TimelineModel } from '../../../engine/trace/state/timeline.ts';
import type { TraceReader } from '../../../engine/trace/reader.ts';
import { useAppStore } from '../../store/index.ts';

const models = new WeakMap<TraceReader, TimelineModel>();

/** The model for a reader (cached: a trace never changes once loaded). */
export function timelineModelOf(reader: TraceReader): TimelineModel {
  let m = models.get(reader);
  if (m === undefined) {
    m = buildTimeline(reader);
    models.set(reader, m);
  }
  return m;
}

/** The loaded trace's timeline, or null before a traced run. */
export function useTimelineModel(): TimelineModel | null {
  const cursor = useAppStore((s) => s.playerCursor);
  return cursor === null ? null : timelineModelOf(cursor.reader);
}
