// The race detector setting from the UI's store through the worker boundary to the engine.
import { describe, expect, it } from 'vitest';
import { normalizeRunSettings } from './run-settings.ts';
import { createEngineApi } from './engine-api.ts';
import { runSettingsOf } from '../ui/run/run-controller.ts';

const racy = `package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	go func() { n = 1 }()
	time.Sleep(time.Millisecond)
	n = 2
	fmt.Println(n)
}
`;

describe('race setting', () => {
  it('crosses the boundary only as a real true', () => {
    expect(normalizeRunSettings({ race: true }).race).toBe(true);
    for (const v of [false, 'true', 1, null, undefined]) expect(normalizeRunSettings({ race: v }).race).toBeUndefined();
  });
  it('is taken from the store by the run controller', () => {
    expect(runSettingsOf({ seed: 1, procs: 2, policy: 'random', race: true }).race).toBe(true);
    expect(runSettingsOf({ seed: 1, procs: 2, policy: 'random', race: false }).race).toBeUndefined();
  });
  it('makes the engine run with the race detector', () => {
    const api = createEngineApi(() => 0);
    const base = { seed: 1, procs: 2, policy: 'random' as const, maxSteps: 1_000_000 };
    const on = api.run(racy, { ...base, race: true }, 1);
    expect(on.exitCode).toBe(66);
    expect(on.races).toBe(1);
    expect(on.stderr).toContain('WARNING: DATA RACE\nWrite by main goroutine:\n  main.main()\n      prog.go:12\n');
    const off = api.run(racy, base, 2);
    expect([off.exitCode, off.stderr, off.races]).toEqual([0, '', undefined]);
  });
});
