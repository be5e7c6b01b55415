// A paused machine's goroutines as a learner inspects them: each frame's function, line and named
// locals with their values formatted as fmt's %v would print them.
import type { Type } from '../check/types.ts';
import type { Machine } from '../vm/machine.ts';
import { Cell } from '../vm/values.ts';
import { GStatus } from '../vm/goroutine.ts';
import { formatValue, goTypeName } from './std/fmt-value.ts';
import { Mutex } from './std/mutex.ts';
import { Once, RWMutex, WaitGroup } from './std/sync-objects.ts';

export interface InspectedLocal {
  name: string;
  /** Go's name for its type, as %T prints it. */
  type: string;
  /** Its value as %v prints it (shortened past 200 characters). */
  value: string;
}

export interface InspectedFrame {
  /** Go's name of the function, e.g. `main.main.func1`. */
  func: string;
  line: number;
  locals: InspectedLocal[];
}

export interface InspectedGoroutine {
  id: number;
  /** Innermost frame first, as a goroutine dump lists them. */
  frames: InspectedFrame[];
}

const maxValueChars = 200;

/** Every live goroutine's frames and locals (runtime timer goroutines left out, as Go's dumps do). */
export function inspectGoroutines(m: Machine): InspectedGoroutine[] {
  const out: InspectedGoroutine[] = [];
  for (const g of m.all) {
    if (g.status === GStatus.Dead || g.id >= 1_000_000) continue;
    const frames: InspectedFrame[] = [];
    for (let i = g.frames.length - 1; i >= 0; i--) {
      const f = g.frames[i];
      const proto = f.proto;
      // Innermost visible declaration of each name wins (a shadowing variable hides the outer one).
      const byName = new Map<string, InspectedLocal>();
      for (const l of proto.locals) {
        if (l.from > f.pc || f.pc >= l.to) continue;
        byName.set(l.name, { name: l.name, type: safe(() => goTypeName(l.type as Type)), value: readLocal(f.regs, f.closure.cells, l.where, l.slot, l.type as Type) });
      }
      frames.push({ func: proto.std ?? proto.name, line: f.line(), locals: [...byName.values()] });
    }
    out.push({ id: g.id, frames });
  }
  return out.sort((a, b) => a.id - b.id);
}

function readLocal(regs: unknown[], cells: Cell[], where: 'reg' | 'cell' | 'up', slot: number, t: Type): string {
  let v: unknown;
  if (where === 'reg') v = regs[slot];
  else if (where === 'cell') v = regs[slot] instanceof Cell ? (regs[slot] as Cell).v : undefined;
  else v = cells[slot]?.v;
  // A register not yet written (a variable whose initialiser has not run) holds undefined.
  if (v === undefined) return '?';
  const sync = syncSummary(v);
  if (sync !== null) return sync;
  const text = safe(() => formatValue(t, v));
  return text.length > maxValueChars ? `${text.slice(0, maxValueChars)}…` : text;
}

/** Locks and friends have no printable fields in the lab: say what state they are in instead. */
function syncSummary(v: unknown): string | null {
  const waiting = (n: number) => (n > 0 ? `, ${n} waiting` : '');
  if (v instanceof Mutex) return `${v.locked ? 'locked' : 'unlocked'}${v.starving ? ', starving' : ''}${waiting(v.waiters.length)}`;
  if (v instanceof RWMutex) {
    const state = v.writer ? 'write-locked' : v.readers > 0 ? `read-locked by ${v.readers}` : 'unlocked';
    return `${state}${waiting(v.writersWaiting.length + v.readersWaiting.length)}`;
  }
  if (v instanceof WaitGroup) return `counter ${v.counter}${waiting(v.waiters.length)}`;
  if (v instanceof Once) return v.done ? 'done' : v.running ? 'running' : 'not done';
  return null;
}

/** Formatting must never disturb the run being inspected: a map mid-write, say, shows as unreadable. */
function safe(f: () => string): string {
  try {
    return f();
  } catch {
    return '(unreadable at this point)';
  }
}
