// The timeline model of the player's trace, built once per trace and shared by every reader.
//
// A long trace is folded in slices between tasks (about 150k events, a few ms each), so loading a
// million-event run never freezes the page for the timeline's sake; until it is done the view says so.
import { useEffect, useState } from 'react';
import { timelineBuilder, type TimelineModel } from '../../../engine/trace/state/timeline.ts';
import type { TraceReader } from '../../../engine/trace/reader.ts';
import { useAppStore } from '../../store/index.ts';

const models = new WeakMap<TraceReader, TimelineModel>();

/** Events folded per task while building in the background. */
const slice = 150_000;

export type TimelineProgress = { model: TimelineModel; done: 1 } | { model: null; done: number };

/** The loaded trace's timeline (null before a traced run), and how far its building has got (0–1). */
export function useTimelineModel(): TimelineProgress {
  const cursor = useAppStore((s) => s.playerCursor);
  const reader = cursor?.reader ?? null;
  const [progress, setProgress] = useState<{ reader: TraceReader | null; done: number }>({ reader: null, done: 0 });
  const cached = reader === null ? null : (models.get(reader) ?? null);
  useEffect(() => {
    if (reader === null || models.has(reader)) return;
    const b = timelineBuilder(reader);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const work = () => {
      if (b.advance(slice)) {
        models.set(reader, b.model());
        setProgress({ reader, done: 1 });
      } else {
        setProgress({ reader, done: b.done / Math.max(1, reader.length) });
        timer = setTimeout(work, 0);
      }
    };
    work();
    return () => clearTimeout(timer);
  }, [reader]);
  if (cached !== null) return { model: cached, done: 1 };
  return { model: null, done: progress.reader === reader ? progress.done : 0 };
}
