// The narration's jumps as the buttons and shortcuts run them: against the store, on a real crash run.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { sampleProgram } from '../../app/sample-program.ts';
import { commandById } from '../../app/commands.ts';
import { createAppStore } from '../../store/index.ts';
import { narrateAt } from '../../../engine/trace/state/narrate.ts';
import { narrationLinks } from '../../../engine/trace/state/narrate-links.ts';
import { goToEvent, jump } from './jump.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

function crashRun(goVersion?: string) {
  const store = createAppStore('playground', memoryStorage());
  const settings = { seed: 1, procs: 8, policy: 'random', maxSteps: 1e9, trace: true, ...(goVersion ? { goVersion } : {}) } as const;
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

  it('Go 1.26: jumps land on Swiss map changes, and a narration link moves just past its event', () => {
    const store = crashRun('1.26');
    store.getState().playerSeek(0);
    expect(jump(store.getState(), 'map', 1)).toBe(true);
    const reader = store.getState().playerCursor!.reader;
    expect(reader.kindAt(store.getState().playerPosition - 1)).toBe('swiss.made');
    // At the crash, the sentence links to the write another goroutine had in progress.
    const fatal = reader.findNext(0, ['fatal.raised']);
    store.getState().playerSeek(fatal + 1);
    const links = narrationLinks(reader, narrateAt(reader, store.getState().playerPosition));
    const other = links.find((l) => l.label.endsWith("'s write that was in progress"))!;
    expect(reader.kindAt(other.index)).toBe('swiss.write.began');
    store.getState().playerPlay();
    expect(goToEvent(store.getState(), other.index)).toBe(true);
    expect(store.getState().playerPosition).toBe(other.index + 1);
    expect(store.getState().playerPlaying).toBe(false);
    for (const bad of [-1, reader.length, 1.5, Number.NaN]) expect(goToEvent(store.getState(), bad)).toBe(false);
    expect(store.getState().playerPosition).toBe(other.index + 1);
  });
});
