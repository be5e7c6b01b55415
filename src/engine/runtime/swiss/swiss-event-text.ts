// One line of text per Swiss map event, for golden traces and debugging.
//
// Slots print as `t3:12` (table 3, slot 12 = group 1, slot 4) or `small:5`; control bytes as
// ctrlString shows them. A table snapshot prints as its counters plus a layout digest (FNV-1a
// over control bytes and shown keys), so a golden catches any change in where entries land
// without listing 1024 slots.
import { ctrlString } from './ctrl.ts';
import type { GroupsSnapshot, SwissEvent, SwissSlotAddr, TableSnapshot } from './swiss-events.ts';

/** How keys and elems print; defaults to String(). */
export type Show = (v: unknown) => string;

function slot(a: SwissSlotAddr | null): string {
  if (a === null) return '-';
  return a.table === null ? `small:${a.slot}` : `t${a.table}:${a.slot}`;
}

function digest(g: GroupsSnapshot, show: Show): string {
  let h = 0x811c9dc5;
  const mix = (c: number): void => {
    h = Math.imul(h ^ c, 0x01000193);
  };
  for (let i = 0; i < g.ctrl.length; i++) {
    mix(g.ctrl[i]);
    const k = g.keys[i];
    if (k !== undefined) for (const ch of show(k)) mix(ch.charCodeAt(0));
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function table(t: TableSnapshot, show: Show): string {
  return `t${t.table}{cap=${t.capacity} used=${t.used} growthLeft=${t.growthLeft} depth=${t.localDepth} index=${t.index} layout=${digest(t, show)}}`;
}

function gl(before: number | null, after: number | null): string {
  return before === null ? '' : ` growthLeft ${before}->${after}`;
}

/** The event as one line. */
export function formatSwissEvent(e: SwissEvent, show: Show = String): string {
  const s = (v: unknown): string => (v === undefined ? '_' : show(v));
  switch (e.kind) {
    case 'swiss.made':
      return `made m${e.map} seed=${e.seed.toString(16)} hint=${e.hint} globalDepth=${e.globalDepth}${e.tables.map((t) => ' ' + table(t, show)).join('')}`;
    case 'swiss.group.allocated':
      return `small group allocated m${e.map}`;
    case 'swiss.write.began':
      return `${e.op} begins m${e.map} key=${s(e.key)} writing ${e.writingBefore}->${e.writingAfter}`;
    case 'swiss.write.ended':
      return `${e.op} ends m${e.map} writing ${e.writingBefore}->${e.writingAfter}`;
    case 'swiss.slot.written':
      return `slot ${slot(e.at)} ${ctrlString(e.ctrlBefore)}->${ctrlString(e.ctrlAfter)} key=${s(e.keyAfter)} used ${e.usedBefore}->${e.usedAfter}${gl(e.growthLeftBefore, e.growthLeftAfter)}`;
    case 'swiss.key.updated':
      return `key rewritten ${slot(e.at)} ${s(e.keyBefore)}->${s(e.keyAfter)}`;
    case 'swiss.elem.stored':
      return `elem ${slot(e.at)} ${s(e.before)}->${s(e.after)}`;
    case 'swiss.slot.deleted':
      return `slot ${slot(e.at)} ${ctrlString(e.ctrlBefore)}->${ctrlString(e.ctrlAfter)} removed key=${s(e.key)} elem=${s(e.elem)} used ${e.usedBefore}->${e.usedAfter}${gl(e.growthLeftBefore, e.growthLeftAfter)}`;
    case 'swiss.seed.changed':
      return `seed ${e.before.toString(16)}->${e.after.toString(16)}`;
    case 'swiss.grew.to.table':
      return `small group -> table ${table(e.table, show)}`;
    case 'swiss.table.grown':
      return `table t${e.old} (cap=${e.oldCapacity} index=${e.oldIndex}) grown -> ${table(e.table, show)} dir[${e.dirStart}..${e.dirStart + e.dirEntries - 1}]`;
    case 'swiss.directory.doubled':
      return `directory doubled globalDepth ${e.globalDepthBefore}->${e.globalDepthAfter} index ${e.indexChanges.map((c) => `t${c.table}:${c.before}->${c.after}`).join(' ') || '-'}`;
    case 'swiss.table.split':
      return `table t${e.old} (index=${e.oldIndex} depth=${e.oldLocalDepth}) split on bit 0x${e.bit.toString(16)} -> left ${table(e.left, show)} right ${table(e.right, show)}`;
    case 'swiss.cleared':
      return `cleared m${e.map} used ${e.usedBefore}->0 clearSeq ${e.clearSeqBefore}->${e.clearSeqAfter}${e.small ? ' small' : ''}${e.tables.map((t) => ' ' + table(t, show)).join('')}`;
    case 'swiss.read':
      return `read key=${s(e.key)} ${e.found ? `found at ${slot(e.at)}` : 'missing'}`;
    case 'swiss.iter.started':
      return `iter ${e.iter} starts m${e.map} ${e.small ? 'small' : `globalDepth=${e.globalDepth}`} entryOffset=${e.entryOffset} dirOffset=${e.dirOffset}`;
    case 'swiss.iter.yielded':
      return `iter ${e.iter} yields ${s(e.key)}=${s(e.elem)} at ${slot(e.at)}${e.viaLookup ? ' (looked up)' : ''}`;
    case 'swiss.iter.finished':
      return `iter ${e.iter} finished`;
    case 'swiss.cloned':
      return `cloned m${e.map} -> m${e.clone} used=${e.used}`;
    case 'swiss.tombstones.pruned':
      return `t${e.table} tombstones pruned ${e.slots.length} (${e.slots.join(' ')}) growthLeft ${e.growthLeftBefore}->${e.growthLeftAfter}`;
    case 'swiss.probed': {
      const where = e.table === null ? 'small group' : `dir[${e.dirIndex}] t${e.table}`;
      const end = e.at === null ? 'no slot' : `${e.found ? 'found' : 'free'} ${slot(e.at)}`;
      return `${e.op} probe key=${s(e.key)} hash=${(e.hash >>> 0).toString(16)} h1=${(e.hash >>> 7).toString(16)} h2=${(e.hash & 0x7f).toString(16)} ${where} groups=${e.probes} ${end}`;
    }
  }
}
