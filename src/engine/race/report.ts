// A data race report in Go's words and layout (go-facts.md §9.1, checked against go1.23 -race).
//
// The lab differs from Go where Go's numbers mean nothing here, and says so rather than invent
// them: the `at 0x…` address after Read/Write is left out (the lab has no addresses), frames carry
// no `+0x…` PC offsets, and files are the editor's file name (`prog.go:15`) rather than an absolute
// path; runtime frames keep Go's file and the line of the runtime function (`runtime/map.go:615`).
// Goroutine ids are the VM's (Go's race runtime numbers goroutines on its own, see §9.1).
import type { Access, FrameRef } from './shadow.ts';

/** Where a goroutine in a report was created. */
export interface CreatedAt {
  gid: number;
  finished: boolean;
  /** Its creator's stack at the `go` statement, outermost first. */
  created: readonly FrameRef[];
}

export interface RaceReport {
  /** The access that found the race, and the earlier access it is not ordered with. */
  current: Access;
  previous: Access;
  /** The non-main goroutines of the two accesses, current first. */
  goroutines: CreatedAt[];
  /** The report as printed, from the opening to the closing line of `=`. */
  text: string;
}

const RULE = '==================\n';

/** Go's file and function line for the runtime map functions a report may show on top. */
const runtimeFiles: Record<string, string> = {
  mapaccess1: 'map.go:409',
  mapaccess2: 'map.go:479',
  mapassign: 'map.go:615',
  mapdelete: 'map.go:741',
  mapiterinit: 'map.go:877',
  mapiternext: 'map.go:937',
  mapclear: 'map.go:1075',
  mapclone: 'map.go:1616',
  mapaccess1_fast32: 'map_fast32.go:13',
  mapaccess2_fast32: 'map_fast32.go:62',
  mapassign_fast32: 'map_fast32.go:113',
  mapdelete_fast32: 'map_fast32.go:302',
  mapaccess1_fast64: 'map_fast64.go:13',
  mapaccess2_fast64: 'map_fast64.go:62',
  mapassign_fast64: 'map_fast64.go:113',
  mapdelete_fast64: 'map_fast64.go:304',
  mapaccess1_faststr: 'map_faststr.go:13',
  mapaccess2_faststr: 'map_faststr.go:117',
  mapassign_faststr: 'map_faststr.go:223',
  mapdelete_faststr: 'map_faststr.go:321',
};

function frameLines(frames: readonly FrameRef[], fileName: string): string {
  let out = '';
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.proto.std !== null) continue; // a runtime function's thunk (defer mu.Unlock()): Go shows no frame of ours
    out += `  ${f.proto.name}()\n      ${fileName}:${f.proto.lineAt(f.ip)}\n`;
  }
  return out;
}

/** The stack of an access, innermost first, as a report prints it. */
export function accessStack(a: Access, fileName: string): string {
  let out = '';
  if (a.runtimeFn !== null) out += `  runtime.${a.runtimeFn}()\n      runtime/${runtimeFiles[a.runtimeFn] ?? 'map.go:0'}\n`;
  return out + frameLines([...a.callers, { proto: a.proto, ip: a.ip }], fileName);
}

/** A key naming the access's stack by instructions, as tsan hashes the PCs of a stack. */
export function stackKey(a: Access): string {
  let k = a.runtimeFn ?? '';
  for (const f of a.callers) k += `/${f.proto.name}@${f.ip}`;
  return `${k}/${a.proto.name}@${a.ip}`;
}

function who(gid: number): string {
  return gid === 1 ? 'main goroutine' : `goroutine ${gid}`;
}

function kind(write: boolean): string {
  return write ? 'write' : 'read';
}

export function formatRace(r: RaceReport, fileName: string): string {
  const cur = r.current, prev = r.previous;
  let out = `${RULE}WARNING: DATA RACE\n`;
  out += `${write(cur.write)} by ${who(cur.gid)}:\n${accessStack(cur, fileName)}\n`;
  out += `Previous ${kind(prev.write)} by ${who(prev.gid)}:\n${accessStack(prev, fileName)}`;
  for (const g of r.goroutines) {
    out += `\nGoroutine ${g.gid} (${g.finished ? 'finished' : 'running'}) created at:\n${frameLines(g.created, fileName)}`;
  }
  return `${out}${RULE}`;
}

function write(w: boolean): string {
  return w ? 'Write' : 'Read';
}

/** Go's line at exit when races were reported. */
export function foundLine(n: number): string {
  return `Found ${n} data race(s)\n`;
}
