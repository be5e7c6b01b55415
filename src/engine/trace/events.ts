// The trace's typed event union: the one contract between the engine and the step-by-step player.
//
// Every event has
//   index  its position in the trace (EventIndex, 0-based, dense);
//   step   the scheduler step it happened in (StepIndex): step n starts when the scheduler
//          makes its n-th decision (a sched.switched-or-not choice of goroutine and burst), so
//          "Step" in the player moves from one step value to the next;
//   g      the goroutine the event is about (0: none, e.g. a deadlock found by the scheduler).
//          Ids above 1,000,000 are the runtime's hidden timer goroutines (time.After, tickers;
//          createdBy `time.timerproc`), which Go's dumps do not show: a view may hide them too.
//
// What each kind carries, so that a player can apply it forwards AND revert it backwards
// without re-running the program (DESIGN.md rule 4):
//
//   goroutine.created    g is the new goroutine; parent, line of the `go` statement, createdBy
//                        (Go name of the creating function). Revert: remove g.
//   goroutine.blocked    reason (Go's wait reason, e.g. `chan receive`, `sync.Mutex.Lock`) and
//                        obj (trace id of the channel/lock/WaitGroup it parked on; 0 unknown).
//                        Revert: g was running before (only a running goroutine parks).
//   goroutine.unblocked  reason and obj it had been waiting for: revert puts them back.
//   goroutine.ended      line it was on when it ended. Revert: alive again, on that line.
//   goroutine.line       line and lineBefore (0 before its first statement).
//   goroutine.frame.changed  written before a goroutine.line whose statement is in another
//                        function or at another call depth than the goroutine's previous
//                        statement: func (Go name, e.g. `main.main.func1`) and depth (frames on
//                        its stack), with funcBefore/depthBefore ('' and 0 at first).
//   sched.switched       g now runs; from is the goroutine that ran the previous step (0 none);
//                        p is the P it runs on. Revert: `from` is current again.
//   output.written       fd (1 stdout, 2 stderr) and text. Revert: drop text.length chars.
//   panic.raised         text of an uncaught panic (`panic: …` follows as output).
//   fatal.raised         message of a fatal error (`fatal error: …`); g the failing goroutine
//                        (0 for a deadlock); one per `fatal error:` line Go prints.
//   unsupported.raised   the lab stopped the program where it cannot model Go exactly: message.
//   budget.exhausted     the lab's step budget stopped the run: message (as printed).
//   run.ended            exitCode (Go's status), instructions executed, stopped (the lab's own
//                        reason when a budget stopped it, else '').
//   map.*                the classic bucket map's state changes, from runtime/map/map-events.ts,
//                        with the same before/after fields; `map` is the trace's map id (m1, m2 …
//                        in order of creation, stable across runs of the same program and seed);
//                        slot addresses are split into bucket and slot (-1, -1 for none); keys
//                        and elems become TraceValues (the Go value, or its text).
//
// Lock and channel state (owner, readers, waiter queues, starvation mode; buffer ring, send and
// receive queues, closed) comes from the lock.*, waitgroup.* and chan.* kinds documented beside
// their schema entries below.
//
// Storage is columnar (writer.ts): the schema below fixes each kind's fields and their order,
// and the decoded TypeScript types are derived from it, so the two cannot drift.

/** Position of an event in a trace. */
export type EventIndex = number & { readonly __brand: 'EventIndex' };
/** Scheduler step number (count of scheduling decisions before the event). */
export type StepIndex = number & { readonly __brand: 'StepIndex' };
/** A goroutine id as Go prints it (1 = main); 0 for none. */
export type GoroutineId = number & { readonly __brand: 'GoroutineId' };

/**
 * A Go value as the trace keeps it: numbers, Go strings (decoded as UTF-8), booleans, nil (null),
 * absent / zeroed memory (undefined), or anything else by its text (structs, pointers, NaN).
 */
export type TraceValue = number | string | boolean | null | undefined | { text: string };

/** One entry moved by evacuation (see runtime/map/map-events.ts EvacuationMove). */
export interface TraceMove {
  fromBucket: number;
  fromSlot: number;
  /** -1 when the old slot was empty (only the mark changed). */
  toBucket: number;
  toSlot: number;
  tophashBefore: number;
  mark: number;
  tophashTo: number;
  key: TraceValue;
  elem: TraceValue;
}

export interface TraceTophashChange {
  bucket: number;
  slot: number;
  before: number;
  after: number;
}

export interface TraceBucketSnapshot {
  bucket: number;
  tophash: number[];
  keys: TraceValue[];
  elems: TraceValue[];
  overflow: number;
}

/** A Swiss group array (the small map's group, or a table's groups): control bytes, keys, elems by slot. */
export interface TraceSwissGroups {
  ctrl: number[];
  keys: TraceValue[];
  elems: TraceValue[];
}

/** A whole Swiss table as a rebuild produced it (or a clear found it). */
export interface TraceSwissTable extends TraceSwissGroups {
  table: number;
  capacity: number;
  used: number;
  growthLeft: number;
  localDepth: number;
  /** First directory entry pointing at it; -1 once replaced. */
  index: number;
}

/** A table whose first directory index moved when the directory doubled. */
export interface TraceSwissIndexChange {
  table: number;
  before: number;
  after: number;
}

/** Field storage types: int (int32), uint (uint32), num (float64), bool, str (interned text), bytes (Go byte string, decoded on read), val (TraceValue), and side-table payloads. */
export type FieldType =
  | 'int' | 'uint' | 'num' | 'bool' | 'str' | 'bytes' | 'val' | 'moves' | 'tophashes' | 'snapshots'
  // Swiss-table map (engineer H): side-table payloads; a swissGroups with no slots means "no small group".
  | 'swissTables' | 'swissGroups' | 'swissIndexChanges'
  // A plain list of whole numbers (side table), e.g. the slots a tombstone prune emptied.
  | 'ints';

/** Each kind's fields in storage order. Adding a kind: append here (codes are positions). */
export const schema = {
  'goroutine.created': { parent: 'int', line: 'int', createdBy: 'str' },
  'goroutine.blocked': { reason: 'str', obj: 'int' },
  'goroutine.unblocked': { reason: 'str', obj: 'int' },
  'goroutine.ended': { line: 'int' },
  'goroutine.line': { line: 'int', lineBefore: 'int' },
  'goroutine.frame.changed': { func: 'str', depth: 'int', funcBefore: 'str', depthBefore: 'int' },
  'sched.switched': { from: 'int', p: 'int' },
  'output.written': { fd: 'int', text: 'bytes' },
  'panic.raised': { text: 'str' },
  'fatal.raised': { message: 'str' },
  'unsupported.raised': { message: 'str' },
  'budget.exhausted': { message: 'str' },
  'run.ended': { exitCode: 'int', instructions: 'num', stopped: 'str' },
  'map.made': { map: 'int', B: 'int', hash0: 'uint', firstBucket: 'int', nbuckets: 'int' },
  'map.buckets.allocated': { map: 'int', firstBucket: 'int', nbuckets: 'int' },
  'map.write.began': { map: 'int', op: 'str', key: 'val', flagsBefore: 'int', flagsAfter: 'int' },
  'map.write.ended': { map: 'int', op: 'str', flagsBefore: 'int', flagsAfter: 'int' },
  'map.slot.written': {
    map: 'int', bucket: 'int', slot: 'int', tophashBefore: 'int', tophashAfter: 'int',
    keyBefore: 'val', keyAfter: 'val', countBefore: 'int', countAfter: 'int',
  },
  'map.key.updated': { map: 'int', bucket: 'int', slot: 'int', keyBefore: 'val', keyAfter: 'val' },
  'map.elem.stored': { map: 'int', bucket: 'int', slot: 'int', elemBefore: 'val', elemAfter: 'val' },
  'map.slot.deleted': {
    map: 'int', bucket: 'int', slot: 'int', tophashBefore: 'int', key: 'val', elemBefore: 'val',
    countBefore: 'int', countAfter: 'int',
  },
  'map.tophash.marked': { map: 'int', changes: 'tophashes' },
  'map.hash0.changed': { map: 'int', hash0Before: 'uint', hash0After: 'uint' },
  'map.overflow.linked': { map: 'int', from: 'int', to: 'int', noverflowBefore: 'int', noverflowAfter: 'int' },
  'map.grew': {
    map: 'int', sameSize: 'bool', BBefore: 'int', BAfter: 'int', flagsBefore: 'int', flagsAfter: 'int',
    noverflowBefore: 'int', nevacuateBefore: 'int', oldFirstBucket: 'int', oldNbuckets: 'int',
    firstBucket: 'int', nbuckets: 'int',
  },
  'map.bucket.evacuated': {
    map: 'int', oldbucket: 'int', nevacuateBefore: 'int', nevacuateAfter: 'int', growFinished: 'bool',
    flagsBefore: 'int', flagsAfter: 'int', moves: 'moves',
  },
  'map.cleared': {
    map: 'int', countBefore: 'int', noverflowBefore: 'int', nevacuateBefore: 'int', flagsBefore: 'int',
    flagsAfter: 'int', hash0Before: 'uint', hash0After: 'uint', oldFirstBucket: 'int', oldNbuckets: 'int',
    buckets: 'snapshots',
  },
  'map.read': { map: 'int', key: 'val', found: 'bool', bucket: 'int', slot: 'int' },
  'map.iter.started': {
    map: 'int', iter: 'int', B: 'int', startBucket: 'int', offset: 'int', flagsBefore: 'int', flagsAfter: 'int',
  },
  'map.iter.yielded': { map: 'int', iter: 'int', key: 'val', elem: 'val', bucket: 'int', slot: 'int', viaLookup: 'bool' },
  'map.iter.finished': { map: 'int', iter: 'int' },
  'map.cloned': { map: 'int', clone: 'int', count: 'int' },
  // locks and channels (engineer A): runtime/std/mutex.ts, sync-objects.ts and chan.ts report through
  // MachineHooks.syncSink (runtime/std/sync-events.ts); trace/sync-recorder.ts writes these. `obj` is
  // the same object id goroutine.blocked carries; `name` is the receiver's source text at the first
  // operation (`mu`, `c.mu`) or the variable a channel was made into (`ch`), '' when not found.
  //   lock.seen            first operation on a Mutex, RWMutex or WaitGroup: type, name, line, and
  //                        its state just before that operation, which is not the zero state when
  //                        the program copied a lock (locked, read shares, WaitGroup counter; the
  //                        holders of a copied lock are unknown: -1). Revert: forget the object.
  //   lock.acquired        g holds it now: read (an RWMutex read share) or a write lock; handoff
  //                        (given on wake-up, by Unlock's hand-off); wasWoken (g was the Mutex's
  //                        woken waiter). Revert: drop g as holder; restore handedTo / woken.
  //   lock.released        holder (the writer, or the reader share removed: g itself if it holds
  //                        one, else the oldest) at holderIndex in the readers list.
  //   lock.waiter.queued   g joined the queue at position (0 head: a Mutex waiter that lost
  //                        queues at the head again); writer marks RWMutex writers (Mutex waiters
  //                        are writers; WaitGroup waiters readers); wasWoken as above.
  //   lock.waiter.dequeued g left the queue from position; handoff: it was given the lock (or
  //                        a read share / the WaitGroup released it); else it was woken to
  //                        compete (normal-mode Mutex: it becomes the woken waiter).
  //   lock.starvation.changed  the Mutex's starvation mode is now `starving`.
  //   waitgroup.changed    Add/Done: delta, counterBefore/After.
  //   chan.made            cap, elem (Go type), name, line. Revert: forget the channel.
  //   chan.sent            value put into the buffer at ring slot `slot` (= sendx before);
  //                        sendx and count before/after.
  //   chan.received        value taken from ring slot `slot` (= recvx before); recvx and count.
  //   chan.handoff         value passed directly from sender to receiver (no buffer); no state.
  //   chan.waiter.queued   g blocked in send (value) or receive at position; select marks a
  //                        select case.
  //   chan.waiter.dequeued g left the queue from position (its value and select flag, for revert).
  //   chan.closed          closed is now true.
  'lock.seen': { obj: 'int', type: 'str', name: 'str', line: 'int', locked: 'bool', readers: 'int', counter: 'int' },
  'lock.acquired': { obj: 'int', read: 'bool', handoff: 'bool', wasWoken: 'bool' },
  'lock.released': { obj: 'int', read: 'bool', holder: 'int', holderIndex: 'int' },
  'lock.waiter.queued': { obj: 'int', position: 'int', writer: 'bool', wasWoken: 'bool' },
  'lock.waiter.dequeued': { obj: 'int', position: 'int', writer: 'bool', handoff: 'bool' },
  'lock.starvation.changed': { obj: 'int', starving: 'bool' },
  'waitgroup.changed': { obj: 'int', delta: 'int', counterBefore: 'int', counterAfter: 'int' },
  'chan.made': { obj: 'int', cap: 'int', elem: 'str', name: 'str', line: 'int' },
  'chan.sent': { obj: 'int', slot: 'int', value: 'val', sendxBefore: 'int', sendxAfter: 'int', countBefore: 'int', countAfter: 'int' },
  'chan.received': { obj: 'int', slot: 'int', value: 'val', recvxBefore: 'int', recvxAfter: 'int', countBefore: 'int', countAfter: 'int' },
  'chan.handoff': { obj: 'int', value: 'val', sender: 'int', receiver: 'int' },
  'chan.waiter.queued': { obj: 'int', send: 'bool', position: 'int', value: 'val', select: 'bool' },
  'chan.waiter.dequeued': { obj: 'int', send: 'bool', position: 'int', value: 'val', select: 'bool' },
  'chan.closed': { obj: 'int' },
  //   syncmap.changed      a sync.Map operation (op, key) changed the Go 1.19–1.23 design's counters:
  //                        entries in the read map and in the dirty map (-1: nil), amended (dirty
  //                        holds keys read lacks), misses; promoted when dirty became the read map.
  //                        first: the map's first event (name and line as lock.seen's). Revert:
  //                        the before-values, or forget the map when first.
  'syncmap.changed': {
    obj: 'int', first: 'bool', name: 'str', line: 'int', op: 'str', key: 'val', readBefore: 'int', readAfter: 'int',
    dirtyBefore: 'int', dirtyAfter: 'int', amendedBefore: 'bool', amendedAfter: 'bool', missesBefore: 'int', missesAfter: 'int',
    promoted: 'bool',
  },
  // race detector (engineer F, src/engine/race/): a -race run found a data race and printed Go's
  // report (the text follows as output.written on fd 2). g and line: the access that found it
  // (this event's own step is its step); op 'read' or 'write'. prevG, prevLine, prevOp: the
  // earlier access it races with; prevStep and prevEvent: the step it ran in and the last event
  // written before it (-1 when unknown), so the player can jump to it. Nothing to revert.
  'race.reported': { line: 'int', op: 'str', prevG: 'int', prevLine: 'int', prevOp: 'str', prevStep: 'int', prevEvent: 'int' },
  // player (engineer B): g lost the P it last ran on without blocking or ending (the scheduler's time
  // slice sent it back to the run queue); p is that P. Written before the next switch (or fatal error)
  // that finds it gone, so the player knows which goroutines hold a P at every step.
  // Revert: g holds p again.
  'goroutine.descheduled': { p: 'int' },
  // Swiss-table map (Go 1.24+), engineer H: runtime/swiss/swiss-events.ts flattened by
  // trace/swiss-fields.ts. `map` is the trace's map id (shared numbering with map.*); `table` is
  // the model's table id (1, 2 … per map), -1 for the small map's single group; `slot` is
  // group*8 + i (-1: a read that found nothing). Control bytes: 0x80 empty, 0xFE deleted, else
  // the 7-bit H2. growthLeft is -1 in a small map (it has none). Rebuilds carry snapshots of the
  // tables they produced (`tables`, side table); the table they replaced is never modified by Go,
  // so revert re-points the directory at it (the player keeps every table it has seen).
  //   swiss.made / group.allocated   a map (and its initial tables) / the small group's first alloc.
  //   swiss.write.began/.ended       the `writing` toggle (before/after) by op, with the key.
  //   swiss.slot.written/.deleted    ctrl, key (and elem on delete), used, growthLeft before/after.
  //   swiss.grew.to.table            small → first table: `small` is the group as it was.
  //   swiss.table.grown              table `old` rehashed into tables[0] (twice the capacity).
  //   swiss.directory.doubled        globalDepth before/after, tables whose first index moved.
  //   swiss.table.split              a full 1024-slot table `old` split into tables[0], tables[1].
  //   swiss.cleared                  what was emptied, as it was (small group or tables).
  'swiss.made': { map: 'int', seed: 'uint', hint: 'int', globalDepth: 'int', tables: 'swissTables' },
  'swiss.group.allocated': { map: 'int' },
  'swiss.write.began': { map: 'int', op: 'str', key: 'val', writingBefore: 'int', writingAfter: 'int' },
  'swiss.write.ended': { map: 'int', op: 'str', writingBefore: 'int', writingAfter: 'int' },
  'swiss.slot.written': {
    map: 'int', table: 'int', slot: 'int', ctrlBefore: 'int', ctrlAfter: 'int', keyBefore: 'val', keyAfter: 'val',
    usedBefore: 'int', usedAfter: 'int', growthLeftBefore: 'int', growthLeftAfter: 'int',
  },
  'swiss.key.updated': { map: 'int', table: 'int', slot: 'int', keyBefore: 'val', keyAfter: 'val' },
  'swiss.elem.stored': { map: 'int', table: 'int', slot: 'int', elemBefore: 'val', elemAfter: 'val' },
  'swiss.slot.deleted': {
    map: 'int', table: 'int', slot: 'int', ctrlBefore: 'int', ctrlAfter: 'int', key: 'val', elem: 'val',
    usedBefore: 'int', usedAfter: 'int', growthLeftBefore: 'int', growthLeftAfter: 'int',
  },
  'swiss.seed.changed': { map: 'int', seedBefore: 'uint', seedAfter: 'uint' },
  'swiss.grew.to.table': { map: 'int', small: 'swissGroups', tables: 'swissTables' },
  'swiss.table.grown': {
    map: 'int', old: 'int', oldCapacity: 'int', oldIndex: 'int', dirStart: 'int', dirEntries: 'int', tables: 'swissTables',
  },
  'swiss.directory.doubled': { map: 'int', globalDepthBefore: 'int', globalDepthAfter: 'int', indexChanges: 'swissIndexChanges' },
  'swiss.table.split': { map: 'int', old: 'int', oldIndex: 'int', oldLocalDepth: 'int', bit: 'uint', tables: 'swissTables' },
  'swiss.cleared': {
    map: 'int', usedBefore: 'int', clearSeqBefore: 'int', clearSeqAfter: 'int', small: 'swissGroups', tables: 'swissTables',
  },
  'swiss.read': { map: 'int', key: 'val', found: 'bool', table: 'int', slot: 'int' },
  'swiss.iter.started': { map: 'int', iter: 'int', small: 'bool', entryOffset: 'int', dirOffset: 'int', globalDepth: 'int' },
  'swiss.iter.yielded': { map: 'int', iter: 'int', key: 'val', elem: 'val', table: 'int', slot: 'int', viaLookup: 'bool' },
  'swiss.iter.finished': { map: 'int', iter: 'int' },
  'swiss.cloned': { map: 'int', clone: 'int', used: 'int' },
  // A key's way through a Swiss map: its hash (H1 = hash >>> 7 picks the first group, H2 = hash & 0x7f
  // is the control-byte fingerprint), the directory entry and table chosen (-1: the small group), how
  // many groups the triangular probe visited (group i is (H1 + i(i+1)/2) & (groups-1)), and where it
  // ended: the slot found or taken (-1: none, e.g. a miss, or a full table that must grow first).
  'swiss.probed': { map: 'int', op: 'str', key: 'val', hash: 'uint', dirIndex: 'int', table: 'int', probes: 'int', found: 'bool', slot: 'int' },
  // Go 1.25+: an insert that found no room first turns tombstones no probe sequence needs back
  // into empty slots (table.pruneTombstones), when that frees at least 10% of the table; `slots`
  // are the table's slots (group*8 + i) that went from 0xFE to 0x80.
  'swiss.tombstones.pruned': { map: 'int', table: 'int', growthLeftBefore: 'int', growthLeftAfter: 'int', slots: 'ints' },
} as const satisfies Record<string, Record<string, FieldType>>;

export type EventName = keyof typeof schema;

type Decoded<T> = T extends 'int' | 'uint' | 'num'
  ? number
  : T extends 'bool'
    ? boolean
    : T extends 'str' | 'bytes'
      ? string
      : T extends 'val'
        ? TraceValue
        : T extends 'moves'
          ? TraceMove[]
          : T extends 'tophashes'
            ? TraceTophashChange[]
            : T extends 'swissTables'
              ? TraceSwissTable[]
              : T extends 'swissGroups'
                ? TraceSwissGroups
                : T extends 'swissIndexChanges'
                  ? TraceSwissIndexChange[]
                  : T extends 'ints'
                    ? number[]
                  : TraceBucketSnapshot[];

/** The fields of one kind, as decoded (without index/step/g). */
export type EventFields<K extends EventName> = { -readonly [F in keyof (typeof schema)[K]]: Decoded<(typeof schema)[K][F]> };

/** A decoded event of kind K. */
export type EventOf<K extends EventName> = { kind: K; index: EventIndex; step: StepIndex; g: GoroutineId } & EventFields<K>;

/** Any decoded event: switch on `kind` to narrow. */
export type TraceEvent = { [K in EventName]: EventOf<K> }[EventName];

/** Kind names by code (the code is the kind's position in the schema). */
export const eventNames: readonly EventName[] = Object.keys(schema) as EventName[];

/** Kind codes by name. */
export const eventCodes: Readonly<Record<EventName, number>> = Object.fromEntries(eventNames.map((n, i) => [n, i])) as Record<EventName, number>;

/** Field names and types of each kind, by code, in storage order. */
export const eventFields: ReadonlyArray<ReadonlyArray<readonly [string, FieldType]>> = eventNames.map(
  (n) => Object.entries(schema[n]) as Array<[string, FieldType]>,
);

/** What produced a trace: enough to reproduce it. */
export interface TraceHeader {
  fileName: string;
  seed: number;
  procs: number;
  policy: string;
  /** The Go version modelled, when the run named one (from 1.24 the map events are swiss.*). */
  goVersion?: string;
}
