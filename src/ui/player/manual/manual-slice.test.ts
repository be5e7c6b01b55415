// Manual mode driven as the UI drives it: the run controller sends the choices to the worker's
// implementation, the store offers the candidates, and choosing runs again.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import type { RunSettings } from '../../../worker/api.ts';
import { startRunController, type Runner } from '../../run/run-controller.ts';
import { createAppStore } from '../../store/index.ts';
import { manualRunSettings, sanitizeSchedule } from './manual-slice.ts';

const twoWriters = `package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				m[i] = w
			}
		}()
	}
	wg.Wait()
}
`;

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

/** The store, a run controller and the worker's implementation called directly; `sent` records each run's settings. */
function manualApp(procs = 2) {
  const store = createAppStore('playground', memoryStorage());
  const api = createEngineApi();
  const sent: RunSettings[] = [];
  let id = 0;
  const runner: Runner = {
    run: async (source, settings) => {
      sent.push(settings);
      return { kind: 'reply', reply: api.run(source, settings, ++id) };
    },
    stop: () => false,
  };
  startRunController(store, runner, () => 0);
  const s = store.getState();
  s.setCode(twoWriters);
  s.setProcs(procs);
  s.setPolicy('manual');
  /** Runs (or re-runs) and waits for the answer to land in the store. */
  const settle = async () => {
    for (let i = 0; i < 50 && store.getState().runStatus === 'running'; i++) await Promise.resolve();
  };
  return { store, sent, settle };
}

describe('manual mode', () => {
  it('pauses at the first decision and offers main; choosing appends [g, 1] and runs again', async () => {
    const { store, sent, settle } = manualApp();
    store.getState().requestRun();
    await settle();
    expect(sent[0]).toMatchObject({ policy: 'manual', schedule: [], trace: true });
    expect(store.getState().manualCandidates).toEqual([1]);
    store.getState().manualChoose(1);
    await settle();
    expect(sent[1].schedule).toEqual([1, 1]);
    expect(store.getState().manualSchedule).toEqual([1, 1]);
    // The player shows the paused run at its end.
    expect(store.getState().playerPosition).toBe(store.getState().playerLength);
    // A goroutine not offered is ignored.
    store.getState().manualChoose(42);
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('lets the learner drive two goroutines into fatal error: concurrent map writes', async () => {
    const { store, settle } = manualApp();
    store.getState().requestRun();
    await settle();
    // Main until both writers exist; then g2 until it is inside its write window, then g3.
    let clicks = 0;
    while (store.getState().manualCandidates !== null && clicks < 200) {
      const c = store.getState().manualCandidates!;
      const s = store.getState();
      const g2 = s.playerCursor?.state.goroutines.byId.get(2);
      const writing = s.playerCursor !== null && g2 !== undefined && insideWrite(s.playerCursor.reader, 2);
      const pick = !c.includes(3) ? (c.includes(1) ? 1 : c[0]) : writing ? 3 : c.includes(2) ? 2 : c[0];
      store.getState().manualChoose(pick);
      await settle();
      clicks++;
    }
    const reply = store.getState().runReply!;
    expect(reply.stderr).toMatch(/^fatal error: concurrent map writes\n/);
    expect(store.getState().manualCandidates).toBeNull();
    expect(clicks).toBeLessThan(200);
    // The player opens at the crash: the fatal error is applied, in the step the cursor shows.
    const cursor = store.getState().playerCursor!;
    const fatal = cursor.reader.findNext(0, ['fatal.raised']);
    const at = store.getState().playerPosition;
    expect(fatal).toBeGreaterThanOrEqual(0);
    expect(fatal).toBeLessThan(at);
    expect(cursor.reader.stepAt(at - 1)).toBe(cursor.reader.stepAt(fatal));
  });

  it('undo takes back one choice; start over forgets them all', async () => {
    const { store, sent, settle } = manualApp();
    store.getState().setManualSchedule([1, 1, 1, 1]);
    store.getState().requestRun();
    await settle();
    store.getState().manualUndo();
    await settle();
    expect(sent.at(-1)!.schedule).toEqual([1, 1]);
    store.getState().manualRestart();
    await settle();
    expect(sent.at(-1)!.schedule).toEqual([]);
    expect(store.getState().manualCandidates).toEqual([1]);
  });

  it('keeps only the choices the program could follow when it diverges', async () => {
    const { store, settle } = manualApp();
    store.getState().setManualSchedule([1, 1, 9, 1, 1, 1]);
    store.getState().requestRun();
    await settle();
    expect(store.getState().manualDiverged).toBe(true);
    expect(store.getState().manualSchedule).toEqual([1, 1, 1, 1]);
  });

  it('sends no schedule outside manual mode, and accepts only well-formed schedules', () => {
    expect(manualRunSettings({ policy: 'random', manualSchedule: [1, 1] })).toEqual({});
    expect(manualRunSettings({ policy: 'manual', manualSchedule: [2, 1] })).toEqual({ schedule: [2, 1] });
    expect(sanitizeSchedule([1, 1, 2])).toEqual([]);
    expect(sanitizeSchedule([1, 1.5])).toEqual([]);
    expect(sanitizeSchedule('1,1')).toEqual([]);
    expect(sanitizeSchedule([3, 1, 2, 1])).toEqual([3, 1, 2, 1]);
  });
});

/** Whether goroutine g has a map write window open at the end of the trace (bucket map or Swiss table). */
function insideWrite(reader: { length: number; kindAt(i: number): string; goroutineAt(i: number): number }, g: number): boolean {
  for (let i = reader.length - 1; i >= 0; i--) {
    if (reader.goroutineAt(i) !== g) continue;
    const k = reader.kindAt(i);
    if (k === 'map.write.ended' || k === 'swiss.write.ended') return false;
    if (k === 'map.write.began' || k === 'swiss.write.began') return true;
  }
  return false;
}
