// The narration's jumps as the buttons and shortcuts run them: against the store, on a real crash run.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { sampleProgram } from '../../app/sample-program.ts';
import { commandById } from '../../app/commands.ts';
import { createAppStore } from '../../store/index.ts';
import { jump } from './jump.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

function crashRun() {
  const store = createAppStore('playground', memoryStorage());
  const settings = { seed: 1, procs: 8, policy: 'random', maxSteps: 1e9, trace: true } as const;
  store.getState().runStarted(settings);
  store.getState().runFinished(createEngineApi().run(sampleProgram, settings, 1), 1);
  return store;
}

describe('jump', () => {
  it('moves just past the next map change and back past the previous switch, pausing play', () => {
    const store = crashRun();
    store.getState().playerSeek(0);
    store.getState().playerPlay();
    expect(jump(store.getState(), 'map', 1)).toBe(true);
    const s = store.getState();
    expect(s.playerPlaying).toBe(false);
    expect(s.playerCursor!.reader.kindAt(s.playerPosition - 1)).toBe('map.made');
    const at = s.playerPosition;
    commandById('narration.nextSwitch').run({ getState: store.getState });
    const after = store.getState().playerPosition;
    expect(after).toBeGreaterThan(at);
    expect(store.getState().playerCursor!.reader.kindAt(after - 1)).toBe('sched.switched');
    commandById('narration.previousMapChange').run({ getState: store.getState });
    expect(store.getState().playerPosition).toBeLessThan(after);
    expect(store.getState().playerCursor!.reader.kindAt(store.getState().playerPosition - 1)).toMatch(/^map\./);
  });

  it('stays put, answering false, when there is nothing to jump to or no run', () => {
    const store = crashRun();
    store.getState().playerSeek(store.getState().playerLength);
    const end = store.getState().playerPosition;
    expect(jump(store.getState(), 'map', 1)).toBe(false);
    expect(store.getState().playerPosition).toBe(end);
    const empty = createAppStore('playground', memoryStorage());
    expect(jump(empty.getState(), 'lock', -1)).toBe(false);
  });
});
