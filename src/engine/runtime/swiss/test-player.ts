// A minimal event player for the tests: rebuilds a Swiss map's picture from events, and undoes them.
//
// It holds only what events tell it (plus tables it was told about earlier, which Go never
// modifies after replacing them), so agreeing with the real map, forwards and backwards, shows
// the events carry what a player needs.
import { ctrlEmpty, groupSlots, maxGrowthLeft } from './index.ts';
import type { GroupsSnapshot, SwissEvent, SwissSlotAddr, TableSnapshot } from './swiss-events.ts';
import { distinctTables } from './directory.ts';
import type { SwissMap } from './swiss-map.ts';

export interface Picture {
  used: number;
  writing: number;
  seed: number;
  globalDepth: number;
  dir: number[];
  small: GroupsSnapshot | null;
  tables: Record<number, TableSnapshot>;
}

const copyG = (g: GroupsSnapshot): GroupsSnapshot => ({ ctrl: g.ctrl.slice(), keys: g.keys.slice(), elems: g.elems.slice() });
const copyT = (t: TableSnapshot): TableSnapshot => ({ ...t, ...copyG(t) });
const emptyG = (n: number): GroupsSnapshot => ({ ctrl: new Array(n).fill(ctrlEmpty), keys: new Array(n).fill(undefined), elems: new Array(n).fill(undefined) });

/** The real map as a picture (live tables only). */
export function pictureOf(m: SwissMap<unknown, unknown>): Picture {
  const tables: Record<number, TableSnapshot> = {};
  for (const t of distinctTables(m.dir)) {
    tables[t.id] = {
      table: t.id, capacity: t.capacity, used: t.used, growthLeft: t.growthLeft, localDepth: t.localDepth, index: t.index,
      ctrl: Array.from(t.groups.ctrl), keys: t.groups.keys.slice(), elems: t.groups.elems.slice(),
    };
  }
  const g = m.small;
  return {
    used: m.used, writing: m.writing, seed: m.seed, globalDepth: m.globalDepth, dir: m.dir.map((t) => t.id),
    small: g && { ctrl: Array.from(g.ctrl), keys: g.keys.slice(), elems: g.elems.slice() }, tables,
  };
}

export class Player {
  p: Picture = { used: 0, writing: 0, seed: 0, globalDepth: 0, dir: [], small: null, tables: {} };
  /** Every table ever announced, by id (what a player keeps so it can re-point the directory). */
  private known: Record<number, TableSnapshot> = {};

  /** The live picture: tables reachable from the directory. */
  picture(): Picture {
    const tables: Record<number, TableSnapshot> = {};
    for (const id of new Set(this.p.dir)) tables[id] = this.known[id];
    return { ...this.p, tables };
  }

  private slot(a: SwissSlotAddr): GroupsSnapshot {
    return a.table === null ? this.p.small! : this.known[a.table];
  }

  private install(t: TableSnapshot): void {
    this.known[t.table] = copyT(t);
    const n = 2 ** (this.p.globalDepth - t.localDepth);
    for (let i = 0; i < n; i++) this.p.dir[t.index + i] = t.table;
  }

  apply(e: SwissEvent): void {
    const p = this.p;
    switch (e.kind) {
      case 'swiss.made':
        p.seed = e.seed;
        p.globalDepth = e.globalDepth;
        for (const t of e.tables) this.install(t);
        break;
      case 'swiss.group.allocated': p.small = emptyG(groupSlots); break;
      case 'swiss.write.began': case 'swiss.write.ended': p.writing = e.writingAfter; break;
      case 'swiss.slot.written': case 'swiss.slot.deleted': {
        const g = this.slot(e.at);
        const written = e.kind === 'swiss.slot.written';
        g.ctrl[e.at.slot] = e.ctrlAfter;
        g.keys[e.at.slot] = written ? e.keyAfter : undefined;
        if (!written) g.elems[e.at.slot] = undefined;
        p.used = e.usedAfter;
        if (e.at.table !== null) {
          this.known[e.at.table].growthLeft = e.growthLeftAfter!;
          this.known[e.at.table].used += written ? 1 : -1;
        }
        break;
      }
      case 'swiss.key.updated': this.slot(e.at).keys[e.at.slot] = e.keyAfter; break;
      case 'swiss.elem.stored': this.slot(e.at).elems[e.at.slot] = e.after; break;
      case 'swiss.seed.changed': p.seed = e.after; break;
      case 'swiss.grew.to.table': p.small = null; p.dir = []; p.globalDepth = 0; this.install(e.table); break;
      case 'swiss.table.grown': this.known[e.old].index = -1; this.install(e.table); break;
      case 'swiss.directory.doubled':
        p.dir = p.dir.flatMap((id) => [id, id]);
        p.globalDepth = e.globalDepthAfter;
        for (const c of e.indexChanges) this.known[c.table].index = c.after;
        break;
      case 'swiss.table.split': this.known[e.old].index = -1; this.install(e.left); this.install(e.right); break;
      case 'swiss.cleared':
        p.used = 0;
        if (p.small) p.small = emptyG(groupSlots);
        for (const t of e.tables) Object.assign(this.known[t.table], emptyG(t.capacity), { used: 0, growthLeft: maxGrowthLeft(t.capacity) });
        break;
      case 'swiss.tombstones.pruned':
        for (const s of e.slots) this.known[e.table].ctrl[s] = 0x80;
        this.known[e.table].growthLeft = e.growthLeftAfter;
        break;
      default: break; // reads, iteration and clone events change nothing
    }
  }

  revert(e: SwissEvent): void {
    const p = this.p;
    switch (e.kind) {
      case 'swiss.made': p.dir = []; p.globalDepth = 0; break;
      case 'swiss.group.allocated': p.small = null; break;
      case 'swiss.write.began': case 'swiss.write.ended': p.writing = e.writingBefore; break;
      case 'swiss.slot.written': case 'swiss.slot.deleted': {
        const g = this.slot(e.at);
        const written = e.kind === 'swiss.slot.written';
        g.ctrl[e.at.slot] = e.ctrlBefore;
        g.keys[e.at.slot] = written ? e.keyBefore : e.key;
        if (!written) g.elems[e.at.slot] = e.elem;
        p.used = e.usedBefore;
        if (e.at.table !== null) {
          this.known[e.at.table].growthLeft = e.growthLeftBefore!;
          this.known[e.at.table].used -= written ? 1 : -1;
        }
        break;
      }
      case 'swiss.key.updated': this.slot(e.at).keys[e.at.slot] = e.keyBefore; break;
      case 'swiss.elem.stored': this.slot(e.at).elems[e.at.slot] = e.before; break;
      case 'swiss.seed.changed': p.seed = e.before; break;
      case 'swiss.grew.to.table': p.small = copyG(e.small); p.dir = []; break;
      case 'swiss.table.grown': this.known[e.old].index = e.oldIndex; this.install(this.known[e.old]); break;
      case 'swiss.directory.doubled':
        p.dir = p.dir.filter((_, i) => i % 2 === 0);
        p.globalDepth = e.globalDepthBefore;
        for (const c of e.indexChanges) this.known[c.table].index = c.before;
        break;
      case 'swiss.table.split':
        this.known[e.old].index = e.oldIndex;
        this.install(this.known[e.old]);
        break;
      case 'swiss.cleared':
        p.used = e.usedBefore;
        if (e.small) p.small = copyG(e.small);
        for (const t of e.tables) this.known[t.table] = copyT(t);
        break;
      case 'swiss.tombstones.pruned':
        for (const s of e.slots) this.known[e.table].ctrl[s] = 0xfe;
        this.known[e.table].growthLeft = e.growthLeftBefore;
        break;
      default: break;
    }
  }
}
