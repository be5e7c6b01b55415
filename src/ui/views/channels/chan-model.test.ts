// The Channels view's rows over states folded from real traces: the ring, its indices, the queues.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceReader } from '../../../engine/trace/reader.ts';
import { syncSlice, type SyncState } from '../../../engine/trace/state/sync.ts';
import { chanRows, maxCells } from './chan-model.ts';

const api = createEngineApi();

function states(source: string): SyncState[] {
  const r = api.run(source, { seed: 1, procs: 1, policy: 'random', maxSteps: 1e9, trace: true }, 1);
  const s = syncSlice.init();
  const out: SyncState[] = [];
  for (const e of new TraceReader(r.trace!).range()) {
    syncSlice.apply(s, e);
    out.push(syncSlice.clone(s));
  }
  return out;
}

describe('channel rows', () => {
  it('show buffered values in their slots, sendx/recvx and blocked senders', () => {
    const src = `package main

import "time"

func main() {
	jobs := make(chan string, 3)
	jobs <- "a"
	jobs <- "b"
	<-jobs
	jobs <- "c"
	jobs <- "d"
	go func() { jobs <- "e" }()
	time.Sleep(time.Millisecond)
	<-jobs
	close(jobs)
}
`;
    const rows = states(src).map((s) => chanRows(s)[0]).filter((r) => r !== undefined);
    const full = rows.find((r) => r.senders.length === 1)!;
    // "a" left slot 0; "b" is in 1, "c" in 2, "d" wrapped into 0: sendx and recvx meet at 1.
    expect(full.cells.map((c) => c.text)).toEqual(['"d"', '"b"', '"c"']);
    expect([full.sendx, full.recvx, full.count]).toEqual([1, 1, 3]);
    expect(full.senders).toEqual([{ g: 2, text: '"e"', select: false }]);
    expect(full.summary).toBe('jobs (chan string, buffer of 3); 3 buffered, next out first: "b" in slot 1, "c" in slot 2, "d" in slot 0; sendx 1, recvx 1; blocked senders in order: g2 sending "e"; no blocked receivers.');
    const last = rows[rows.length - 1];
    expect(last.closed).toBe(true);
    // The receive freed slot 1 and the blocked sender's "e" moved into it.
    expect(last.cells.map((c) => c.text)).toEqual(['"d"', '"e"', '"c"']);
  });

  it('cap wide rings to a few cells and tell unbuffered channels apart', () => {
    const src = `package main

func main() {
	big := make(chan int, 1000)
	big <- 7
	done := make(chan bool)
	go func() { done <- true }()
	<-done
}
`;
    const rows = chanRows(states(src).at(-1)!);
    expect(rows[0].cells.length).toBe(maxCells);
    expect(rows[0].hiddenCells).toBe(1000 - maxCells);
    expect(rows[0].cells[0].text).toBe('7');
    expect(rows[1].summary).toContain('done (chan bool, unbuffered)');
  });
});
