// `clear(m)` on a Swiss map: Go 1.24's Map.Clear as a phased write that empties every table in place.
//
// Phases: 'entry' (nil or empty → nothing, no check; writing != 0 → fatal "concurrent map
// writes"), 'toggle', 'clear' (the small group, or each distinct table of the directory, back to
// all-empty with growthLeft restored; used = 0; clearSeq++; a new seed), 'exit'. The directory
// keeps its size and the tables their capacity, as Go's does: clear never shrinks a map.
import { ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from '../map/map-op.ts';
import { distinctTables } from './directory.ts';
import type { SwissGoMap, SwissMap } from './swiss-map.ts';
import { clearTable, snapshotGroups, snapshotTable } from './table.ts';
import { exitWrite, toggleWriting, writeEntryCheck } from './write-window.ts';

const ranEntry = phaseRan('entry');
const ranToggle = phaseRan('toggle');
const ranClear = phaseRan('clear');

export class SwissClearOp<K, V> implements MapOp<void> {
  readonly name = 'mapclear';
  next: 'entry' | 'toggle' | 'clear' | 'exit' | 'done' = 'entry';
  private outcome: OpOutcome<void> | null = null;

  constructor(readonly m: SwissGoMap<K, V>) {}

  step(): StepResult<void> {
    if (this.outcome !== null) return this.outcome;
    const m = this.m;
    switch (this.next) {
      case 'entry': {
        if (m === null || m.used === 0) return this.finish(ok(undefined));
        const f = writeEntryCheck(m);
        if (f !== null) return this.finish(f);
        this.next = 'toggle';
        return ranEntry;
      }
      case 'toggle':
        toggleWriting(m!, 'mapclear', undefined);
        this.next = 'clear';
        return ranToggle;
      case 'clear':
        clearAll(m!);
        this.next = 'exit';
        return ranClear;
      case 'exit':
        return this.finish(exitWrite(m!, 'mapclear') ?? ok(undefined));
      default:
        return this.outcome!;
    }
  }

  private finish(o: OpOutcome<void>): OpOutcome<void> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

function clearAll<K, V>(m: SwissMap<K, V>): void {
  const tables = distinctTables(m.dir);
  if (m.sink) {
    const g = m.small;
    m.sink.emit({
      kind: 'swiss.cleared', map: m.id, usedBefore: m.used, clearSeqBefore: m.clearSeq, clearSeqAfter: m.clearSeq + 1,
      small: g && snapshotGroups(g),
      tables: tables.map(snapshotTable),
    });
  }
  m.small?.reset();
  for (const t of tables) clearTable(t);
  m.used = 0;
  m.clearSeq++;
  m.reseed();
}

/** A phased `clear(m)`. */
export function swissClearOp<K, V>(m: SwissGoMap<K, V>): SwissClearOp<K, V> {
  return new SwissClearOp(m);
}

/** `clear(m)` with no interleaving. */
export function swissClear<K, V>(m: SwissGoMap<K, V>): OpOutcome<void> {
  return runToEnd(new SwissClearOp(m));
}
