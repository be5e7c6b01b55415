// Narration: one plain-language sentence for the step at the player's cursor, from that step's events.
//
// A step (events.ts: one scheduler decision and the burst that follows) can hold dozens of
// events; the sentence is about the one that matters most to a learner (a crash before a map
// write, a map write before a wait, a wait before a line change), the latest of equals. Sentences
// name goroutines g1, g2 … and maps m1, m2 … as every view does, keep Go's own words where Go has
// them (hashWriting, wait reasons, fatal messages), and say what Go does next.
import type { EventOf, TraceEvent } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import { hashWriting } from '../../runtime/map/flags.ts';
import { gName, mapName, slotText, valueText, waitPhrase } from './narrate-phrases.ts';
import { lockHolderAt, openWrites, runningAt, statementStart } from './narrate-scan.ts';
import { swissSentence, swissWeights } from './narrate-swiss.ts';
import { syncSentence } from './sync-narration.ts';

/** What a sentence is about, for styling and for choosing which jump makes sense next. */
export type NarrationTopic = 'start' | 'crash' | 'end' | 'map' | 'wait' | 'goroutine' | 'output' | 'schedule' | 'line';

export interface Narration {
  text: string;
  topic: NarrationTopic;
  /** The event the sentence is about; -1 before the first event. */
  index: number;
  /** The goroutine it is about (0: none). */
  g: number;
}

/** What the narration may know beyond the trace's events (from other state slices). */
export interface NarrationContext {
  /** The goroutine holding lock object `obj` just after event `index`, or 0 when unknown (default: from the trace's lock events). */
  lockHolder?(obj: number, index: number): number;
}

/**
 * How much each kind matters to a learner; the most important event of a step is narrated. Keyed
 * by name (not EventName) so kinds added by other areas can be weighed before their schema lands.
 */
const weight: Readonly<Record<string, number>> = {
  'fatal.raised': 100,
  'panic.raised': 99,
  'budget.exhausted': 98,
  'unsupported.raised': 97,
  'map.grew': 85,
  'map.bucket.evacuated': 84,
  'map.write.began': 83,
  'map.slot.written': 82,
  'map.slot.deleted': 82,
  'map.key.updated': 81,
  'map.cleared': 81,
  'map.cloned': 80,
  'map.write.ended': 79,
  'map.elem.stored': 78,
  'map.overflow.linked': 77,
  'map.made': 76,
  'map.read': 70,
  'map.iter.started': 70,
  'map.iter.yielded': 69,
  'map.iter.finished': 69,
  'race.reported': 96,
  'lock.starvation.changed': 68,
  'lock.acquired': 67,
  'lock.released': 67,
  'lock.waiter.queued': 66,
  'lock.waiter.dequeued': 66,
  'chan.closed': 66,
  'chan.handoff': 63,
  'chan.sent': 63,
  'chan.received': 63,
  'chan.waiter.queued': 62,
  'chan.waiter.dequeued': 62,
  'waitgroup.changed': 58,
  'chan.made': 56,
  'lock.seen': 30,
  'goroutine.blocked': 69,
  'goroutine.unblocked': 64,
  'run.ended': 60,
  'goroutine.created': 55,
  'goroutine.ended': 54,
  'output.written': 71,
  'sched.switched': 20,
  'goroutine.frame.changed': 15,
  'goroutine.line': 10,
  // The Swiss-table map (Go 1.24+), weighed like the bucket map's kinds.
  ...swissWeights,
};

/** Weight from which an event is worth a sentence of its own (map phases, waits, output, crashes). */
const notable = 50;
/** Weight of the crash kinds: a crash in the window is always what the sentence is about. */
const crash = 97;

/**
 * The sentence for the cursor at `position` (events [0, position) applied), about the statement
 * or phase just run. Stepping by phase, the last applied event is a notable one and is told;
 * stepping by statement, the last applied events announce the next line, so the sentence is about
 * the most important event of the statement before it. A crash in that window always wins.
 * @example narrateAt(reader, 75).text // "g3 finished writing m1 and found hashWriting cleared, because g2 …"
 */
export function narrateAt(reader: TraceReader, position: number, ctx: NarrationContext = {}): Narration {
  const end = Math.min(Math.max(0, Math.trunc(Number.isFinite(position) ? position : 0)), reader.length);
  if (end === 0) return { text: 'The program has not started yet: step forward to watch it run.', topic: 'start', index: -1, g: 0 };
  const last = end - 1;
  // A crash's step goes on after the fatal error (the report, other CPUs' last steps, run.ended):
  // anywhere in that step, the crash is the story.
  const crashAt = crashInStep(reader, last);
  if (crashAt >= 0) return tell(reader, crashAt, end, ctx);
  const from = statementStart(reader, last);
  const lastWeight = weight[reader.kindAt(last)] ?? 0;
  if (lastWeight >= notable && mostImportant(reader, from, end) < crash) return tell(reader, last, end, ctx);
  return narrateRange(reader, from, end, ctx);
}

/** Indices of each trace's fatal errors and panics, found once (a trace never changes). */
const crashes = new WeakMap<TraceReader, number[]>();

/** The last fatal error or panic in the step of event `last`, up to it; -1 when none. */
function crashInStep(reader: TraceReader, last: number): number {
  let list = crashes.get(reader);
  if (list === undefined) {
    list = [];
    for (let i = reader.findNext(0, ['fatal.raised', 'panic.raised']); i >= 0; i = reader.findNext(i + 1, ['fatal.raised', 'panic.raised'])) list.push(i);
    crashes.set(reader, list);
  }
  for (let k = list.length - 1; k >= 0; k--) {
    if (list[k] > last) continue;
    return reader.stepAt(list[k]) === reader.stepAt(last) ? list[k] : -1;
  }
  return -1;
}

/** The highest weight among the events [from, to). */
function mostImportant(reader: TraceReader, from: number, to: number): number {
  let best = -1;
  for (let i = from; i < to; i++) best = Math.max(best, weight[reader.kindAt(i)] ?? 0);
  return best;
}

/** The sentence for the events [from, to): the most important one, the latest of equals. */
export function narrateRange(reader: TraceReader, from: number, to: number, ctx: NarrationContext = {}): Narration {
  let best = -1;
  let bestWeight = -1;
  for (let i = Math.max(0, from); i < Math.min(to, reader.length); i++) {
    const w = weight[reader.kindAt(i)] ?? 0;
    if (w >= bestWeight) {
      best = i;
      bestWeight = w;
    }
  }
  if (best < 0) return { text: 'Nothing happens in this step.', topic: 'line', index: -1, g: 0 };
  return tell(reader, best, to, ctx);
}

function tell(reader: TraceReader, i: number, to: number, ctx: NarrationContext): Narration {
  const e = reader.get(i)!;
  return { ...sentence(reader, e, to, ctx), index: i, g: e.g };
}

type Said = { text: string; topic: NarrationTopic };

function sentence(reader: TraceReader, e: TraceEvent, to: number, ctx: NarrationContext): Said {
  const g = gName(e.g);
  if (isSwiss(e)) return { text: swissSentence(reader, e, to), topic: 'map' };
  switch (e.kind) {
    case 'fatal.raised':
      return { text: fatalSentence(reader, e), topic: 'crash' };
    case 'panic.raised':
      return { text: `${g} panicked and nothing recovered: ${e.text}. Go stops the program and prints the panic.`, topic: 'crash' };
    case 'budget.exhausted':
      return { text: `The lab stopped the program: ${e.message}.`, topic: 'crash' };
    case 'unsupported.raised':
      return { text: `The lab stopped here, where it cannot reproduce Go exactly: ${e.message}.`, topic: 'crash' };
    case 'run.ended':
      return { text: e.stopped ? `The run ended: ${e.stopped}.` : `The program exited with status ${e.exitCode}.`, topic: 'end' };
    case 'map.write.began':
      return { text: writeBegan(reader, e, to), topic: 'map' };
    case 'map.slot.written':
      return { text: `${g} is writing key ${valueText(e.keyAfter)} into ${mapName(e.map)} at ${slotText(e.bucket, e.slot)} (count ${e.countBefore} → ${e.countAfter}).`, topic: 'map' };
    case 'map.key.updated':
      return { text: `${g} found key ${valueText(e.keyAfter)} in ${mapName(e.map)} at ${slotText(e.bucket, e.slot)} and is overwriting it.`, topic: 'map' };
    case 'map.slot.deleted':
      return { text: `${g} deleted key ${valueText(e.key)} from ${mapName(e.map)} at ${slotText(e.bucket, e.slot)} (count ${e.countBefore} → ${e.countAfter}).`, topic: 'map' };
    case 'map.write.ended':
      return { text: `${g} finished its ${opWord(e.op)} on ${mapName(e.map)}: hashWriting was still set, so it cleared it.`, topic: 'map' };
    case 'map.elem.stored':
      return { text: `${g} stored the value ${valueText(e.elemAfter)} in ${mapName(e.map)} at ${slotText(e.bucket, e.slot)}.`, topic: 'map' };
    case 'map.grew':
      return {
        text: e.sameSize
          ? `${g} started a same-size grow of ${mapName(e.map)} (too many overflow buckets): entries will be evacuated to a fresh array of ${e.nbuckets} buckets.`
          : `${g} started growing ${mapName(e.map)} from ${2 ** e.BBefore} to ${2 ** e.BAfter} buckets: old buckets are evacuated a few at a time by later writes.`,
        topic: 'map',
      };
    case 'map.bucket.evacuated': {
      const moved = e.moves.filter((m) => m.toBucket >= 0).length;
      const done = e.growFinished ? ' That was the last one: the grow is finished.' : '';
      return { text: `${g} evacuated old bucket ${e.oldbucket} of ${mapName(e.map)}: ${moved} ${moved === 1 ? 'entry' : 'entries'} moved to the new array.${done}`, topic: 'map' };
    }
    case 'map.overflow.linked':
      return { text: `${g} chained an overflow bucket to a full bucket of ${mapName(e.map)} (${e.noverflowAfter} overflow buckets now).`, topic: 'map' };
    case 'map.made':
      return { text: e.nbuckets > 0 ? `${g} made map ${mapName(e.map)} with ${e.nbuckets} buckets (B = ${e.B}).` : `${g} made map ${mapName(e.map)}; its first bucket is allocated by the first write.`, topic: 'map' };
    case 'map.cleared':
      return { text: `${g} cleared ${mapName(e.map)} (${e.countBefore} entries removed).`, topic: 'map' };
    case 'map.cloned':
      return { text: `${g} cloned ${mapName(e.map)} into ${mapName(e.clone)} (${e.count} entries).`, topic: 'map' };
    case 'map.read':
      return {
        text: e.found
          ? `${g} read key ${valueText(e.key)} from ${mapName(e.map)}: found at ${slotText(e.bucket, e.slot)}.`
          : `${g} read key ${valueText(e.key)} from ${mapName(e.map)}: not there, so it got the zero value.`,
        topic: 'map',
      };
    case 'map.iter.started':
      return { text: `${g} started a range over ${mapName(e.map)} at a random place: bucket ${e.startBucket}, offset ${e.offset}.`, topic: 'map' };
    case 'map.iter.yielded':
      return { text: `${g}'s range over ${mapName(e.map)} got key ${valueText(e.key)} with value ${valueText(e.elem)}.`, topic: 'map' };
    case 'map.iter.finished':
      return { text: `${g} finished its range over ${mapName(e.map)}.`, topic: 'map' };
    case 'map.buckets.allocated':
    case 'map.hash0.changed':
    case 'map.tophash.marked':
      return { text: `${g} is inside a runtime operation on ${mapName(e.map)}.`, topic: 'map' };
    case 'goroutine.blocked': {
      const holder = ctx.lockHolder ? ctx.lockHolder(e.obj, e.index) : lockHolderAt(reader, e.obj, e.index);
      const held = holder > 0 && holder !== e.g ? ` (held by ${gName(holder)})` : '';
      return { text: `${g} is ${waitPhrase(e.reason)}${held}.`, topic: 'wait' };
    }
    case 'goroutine.unblocked': {
      const waker = runningAt(reader, e.index);
      const by = waker > 0 && waker !== e.g ? `${gName(waker)} woke ${g}` : `${g} woke up`;
      return { text: `${by}, which was ${waitPhrase(e.reason)}: it can run again.`, topic: 'wait' };
    }
    case 'goroutine.created':
      return e.parent === 0
        ? { text: `${g} is the main goroutine: it runs main.main.`, topic: 'goroutine' }
        : { text: `${gName(e.parent)} started ${g} with the go statement on line ${e.line}.`, topic: 'goroutine' };
    case 'goroutine.ended':
      return e.g === 1
        ? { text: `main.main returned on line ${e.line}: the program exits, whatever other goroutines are doing.`, topic: 'goroutine' }
        : { text: `${g} returned from its function on line ${e.line} and is done.`, topic: 'goroutine' };
    case 'output.written': {
      const text = valueText(e.text.replace(/\n$/, ''));
      return { text: `${g} printed ${text}${e.fd === 2 ? ' to standard error' : ''}.`, topic: 'output' };
    }
    case 'sched.switched':
      return {
        text: e.from > 0 ? `The scheduler switched from ${gName(e.from)} to ${g} (on P${e.p}).` : `The scheduler runs ${g} on P${e.p}.`,
        topic: 'schedule',
      };
    case 'goroutine.frame.changed':
      return {
        text: e.depth > e.depthBefore ? `${g} called ${e.func}.` : e.depth < e.depthBefore ? `${g} returned to ${e.func}.` : `${g} is in ${e.func}.`,
        topic: 'line',
      };
    case 'goroutine.line':
      return { text: `${g} is at line ${e.line}.`, topic: 'line' };
    case 'goroutine.descheduled':
      // player (engineer B): time-slice preemption, recorded when the scheduler next decides.
      return { text: `${g} used up its time slice: it left P${e.p} and waits in the run queue.`, topic: 'schedule' };
    case 'race.reported':
      // race detector (engineer F): Go's -race found two accesses that nothing orders.
      return {
        text: `Data race: ${g} ${e.op === 'write' ? 'wrote' : 'read'} at line ${e.line} what ${gName(e.prevG)} ${e.prevOp === 'write' ? 'wrote' : 'read'} at line ${e.prevLine}, and nothing orders the two.`,
        topic: 'crash',
      };
    default:
      // Locks and channels (engineer A's kinds): sentences in sync-narration.ts.
      return { text: syncSentence(e, reader), topic: 'wait' };
  }
}

function isSwiss(e: TraceEvent): e is Extract<TraceEvent, { kind: `swiss.${string}` }> {
  return e.kind.startsWith('swiss.');
}

function opWord(op: string): string {
  switch (op) {
    case 'mapdelete':
      return 'delete';
    case 'mapclear':
      return 'clear';
    default:
      return 'write';
  }
}

/**
 * A write window opening: Go's mapassign/mapdelete toggle hashWriting before touching a bucket
 * (runtime/map.go, Go 1.19–1.23). The toggle is an XOR, so a second writer that got past its entry
 * check turns the bit *off*; that is worth saying, because it is what the first writer's exit
 * check then trips over.
 */
function writeBegan(reader: TraceReader, e: EventOf<'map.write.began'>, to: number): string {
  const g = gName(e.g);
  const m = mapName(e.map);
  const what = e.op === 'mapdelete' ? `deleting key ${valueText(e.key)}` : e.op === 'mapclear' ? 'clearing it' : `writing key ${valueText(e.key)}`;
  if ((e.flagsBefore & hashWriting) !== 0) {
    const other = openWrites(reader, e.index).find((w) => w.g !== e.g && w.map === e.map);
    const who = other ? `${gName(other.g)} had already set it` : 'another writer had already set it';
    return `${g} toggled hashWriting on ${m} and so turned it off (${who}): both are now ${what === 'clearing it' ? 'writing' : 'inside a write'}, which Go will notice.`;
  }
  // Where the write lands, if the step already shows it.
  let where = '';
  let closed = false;
  for (let i = e.index + 1; i < to; i++) {
    const k = reader.kindAt(i);
    if (reader.goroutineAt(i) !== e.g || !k.startsWith('map.')) continue;
    const f = reader.get(i)!;
    if (!('map' in f) || f.map !== e.map) continue;
    const lands = f.kind === 'map.slot.written' || f.kind === 'map.key.updated' || f.kind === 'map.slot.deleted' || f.kind === 'map.elem.stored';
    if (lands && !where) where = slotText(f.bucket, f.slot);
    if (f.kind === 'map.write.ended') closed = true;
  }
  if (closed) return `${g} set hashWriting on ${m}, was ${what}${where ? ` at ${where}` : ''}, and cleared hashWriting again.`;
  return `${g} set hashWriting on ${m} and is ${what}${where ? ` at ${where}` : ''}.`;
}

/** Go's fatal errors, told from the goroutine that hit the check. */
function fatalSentence(reader: TraceReader, e: EventOf<'fatal.raised'>): string {
  const g = gName(e.g);
  const stop = `Go stops the program here with fatal error: ${e.message}.`;
  const open = openWrites(reader, e.index);
  const own = open.find((w) => w.g === e.g);
  const other = open.find((w) => w.g !== e.g && (!own || w.map === own.map));
  const otherText = other ? `${gName(other.g)} is writing ${mapName(other.map)}` : 'another goroutine is writing the map';
  // Go 1.24+ maps call it `writing` (a toggle in the Map header); the bucket map a flag bit, hashWriting.
  const swiss = (own ?? other)?.began.kind === 'swiss.write.began' || (own === undefined && other === undefined && swissTrace(reader));
  const flag = swiss ? 'the writing flag' : 'hashWriting';
  switch (e.message) {
    case 'concurrent map writes':
      // Inside its own window: the exit check found the bit cleared by a second writer's toggle.
      if (own) return `${g} finished writing ${mapName(own.map)} and found ${flag} cleared, because ${other ? gName(other.g) : 'another goroutine'} wrote at the same time. ${stop}`;
      return `${g} found ${flag} already set (${otherText}). ${stop}`;
    case 'concurrent map read and map write':
      return `${g} started a read and found ${flag} set (${otherText}). ${stop}`;
    case 'concurrent map iteration and map write':
      return `${g}'s range found ${flag} set (${otherText}). ${stop}`;
    case 'concurrent map clone and map write':
      return `${g} started maps.Clone and found ${flag} set (${otherText}). ${stop}`;
    case 'small map with no empty slot (concurrent map writes?)': {
      // Go 1.24+ only: the writer counted fewer than 8 entries, then found all 8 slots taken.
      const m = own ? `${mapName(own.map)}'s` : "the map's";
      const last = own ? lastSmallFill(reader, own.map, own.began.index, e.index, e.g) : -1;
      const filler = last >= 0 ? (reader.get(last) as EventOf<'swiss.slot.written'>) : undefined;
      const by = filler ? `${gName(filler.g)} took slot ${filler.slot}, the last free one,` : 'another writer took the last free one';
      return `${g} saw fewer than 8 entries in ${m} small group, but by the time it wrote, all 8 slots were taken: ${by} in between. ${stop}`;
    }
    default:
      if (e.g === 0) return `No goroutine can run any more. ${stop}`;
      return `${g} hit a fatal error. ${stop}`;
  }
}

/** The last write of a new key into map's small group by a goroutine other than g in (from, to); -1 when none. */
function lastSmallFill(reader: TraceReader, map: number, from: number, to: number, g: number): number {
  const { data, offsets } = reader.trace;
  // swiss.slot.written stores [kind, step, g, map, table, …]; table -1 is the small group.
  for (let j = to - 1; j > from; j--) {
    const p = offsets[j];
    if (reader.kindAt(j) === 'swiss.slot.written' && data[p + 2] !== g && data[p + 3] === map && data[p + 4] === -1) return j;
  }
  return -1;
}

/** True when the trace models Go 1.24 or later, whose maps are Swiss tables. */
function swissTrace(reader: TraceReader): boolean {
  const m = /^1\.(\d+)/.exec(reader.trace.header.goVersion ?? '');
  return m !== null && Number(m[1]) >= 24;
}
