// The data races of the last run, read from its trace (race.reported events), as rows the Race
// reports list shows: who accessed which line, and the player positions of both accesses.
import type { TraceReader } from '../../engine/trace/reader.ts';

export interface RaceRow {
  /** 1-based, in report order. */
  n: number;
  g: number;
  op: string;
  line: number;
  /** Player position (events applied) right after the access that found the race. */
  position: number;
  step: number;
  prevG: number;
  prevOp: string;
  prevLine: number;
  /** Player position right after the last event before the earlier access; -1 when unknown. */
  prevPosition: number;
  prevStep: number;
}

export function raceRows(reader: TraceReader): RaceRow[] {
  const rows: RaceRow[] = [];
  for (let i = 0; i < reader.length; i++) {
    if (reader.kindAt(i) !== 'race.reported') continue;
    const e = reader.get(i);
    if (e === undefined || e.kind !== 'race.reported') continue;
    rows.push({
      n: rows.length + 1,
      g: e.g,
      op: e.op,
      line: e.line,
      position: i + 1,
      step: e.step,
      prevG: e.prevG,
      prevOp: e.prevOp,
      prevLine: e.prevLine,
      prevPosition: e.prevEvent >= 0 ? e.prevEvent + 1 : -1,
      prevStep: e.prevStep,
    });
  }
  return rows;
}

function who(g: number): string {
  return g === 1 ? 'main' : `g${g}`;
}

/** One sentence per race: `g3 read line 15 while g2 wrote line 15 unordered`. */
export function raceSentence(r: RaceRow): string {
  const verb = (op: string) => (op === 'write' ? 'wrote' : 'read');
  return `${who(r.g)} ${verb(r.op)} line ${r.line}; ${who(r.prevG)} ${verb(r.prevOp)} line ${r.prevLine} before it, and nothing orders the two.`;
}
