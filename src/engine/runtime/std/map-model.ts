// Which Go map a program gets: the classic bucket map (Go ≤ 1.23) or the Swiss table (Go 1.24+),
// behind one set of operations so the VM's natives, fmt and the maps package need not care.
import type { KeyOps } from '../map/hash.ts';
import { Hmap, makeMap, mapLen, type MapRand } from '../map/hmap.ts';
import type { MapEventSink } from '../map/map-events.ts';
import type { MapOp } from '../map/map-op.ts';
import { mapAccessOp } from '../map/access.ts';
import { loadElem, mapAssignOp, storeElem } from '../map/assign.ts';
import { mapDeleteOp } from '../map/delete.ts';
import { mapCloneOp } from '../map/clone.ts';
import { mapClearOp } from '../map/clear.ts';
import { mapIterInitOp, mapIterNextOp } from '../map/iterate.ts';
import {
  makeSwissMap, swissAccessOp, swissAssignOp, swissClearOp, swissCloneOp, swissDeleteOp, swissIterInitOp, swissIterNextOp,
  SwissIter, swissLen, swissLoadElem, SwissMap, swissStoreElem, type SwissEventSink,
} from '../swiss/index.ts';

/** The two designs a map value can have; null is the nil map. */
export type AnyGoMap = Hmap<unknown, unknown> | SwissMap<unknown, unknown> | null;

/** A map iterator of either design: `done`, then the current key and element. */
export interface AnyMapIter {
  done: boolean;
  key: unknown;
  elem: unknown;
}

export type MapDesign = 'bucket' | 'swiss';

/** Go 1.25 made a Swiss table prune unneeded tombstones before it grows (golang/go#70886). */
export function swissPrunesIn(goMinor: number): boolean {
  return goMinor >= 25;
}

export interface MakeAnyMap {
  design: MapDesign;
  id: number;
  keys: KeyOps<unknown>;
  elemZero: unknown;
  rand: MapRand;
  hint: number;
  /** The trace's sink for the design made (each design has its own event vocabulary). */
  bucketSink?: MapEventSink<unknown, unknown>;
  swissSink?: SwissEventSink<unknown, unknown>;
  /** A bucket map's loadFactorNum (Go 1.21's is 12); default 13. */
  loadFactorNum?: number;
  /** A Swiss map prunes tombstones before growing (Go 1.25+). */
  pruneTombstones?: boolean;
}

export function makeAnyMap(o: MakeAnyMap): NonNullable<AnyGoMap> {
  const common = { id: o.id, keys: o.keys, elemZero: o.elemZero, rand: o.rand, hint: o.hint };
  if (o.design === 'swiss') return makeSwissMap({ ...common, ...(o.swissSink ? { sink: o.swissSink } : {}), pruneTombstones: o.pruneTombstones === true });
  return makeMap({ ...common, sink: o.bucketSink, ...(o.loadFactorNum !== undefined ? { loadFactorNum: o.loadFactorNum } : {}) });
}

const isSwiss = (h: AnyGoMap): h is SwissMap<unknown, unknown> => h instanceof SwissMap;

/* The phased operations. A nil map has no design; the classic ops handle nil as Go's runtime does (the designs agree). */

export function accessOp(h: AnyGoMap, key: unknown, zero: unknown): MapOp<{ found: boolean; elem: unknown }> {
  return isSwiss(h) ? swissAccessOp(h, key, zero) : mapAccessOp(h as Hmap<unknown, unknown> | null, key, zero);
}

export function assignOp(h: NonNullable<AnyGoMap>, key: unknown): MapOp<unknown> {
  return isSwiss(h) ? swissAssignOp(h, key) : mapAssignOp(h, key);
}

export function deleteOp(h: AnyGoMap, key: unknown): MapOp<unknown> {
  return isSwiss(h) ? swissDeleteOp(h, key) : mapDeleteOp(h as Hmap<unknown, unknown> | null, key);
}

export function cloneOp(h: NonNullable<AnyGoMap>, cloneId: number): MapOp<NonNullable<AnyGoMap>> {
  return (isSwiss(h) ? swissCloneOp(h, cloneId) : mapCloneOp(h, cloneId)) as MapOp<NonNullable<AnyGoMap>>;
}

export function clearOp(h: NonNullable<AnyGoMap>): MapOp<unknown> {
  return isSwiss(h) ? swissClearOp(h) : mapClearOp(h);
}

export function iterInitOp(h: AnyGoMap, iterId: number): MapOp<AnyMapIter> {
  return (isSwiss(h) ? swissIterInitOp(h, iterId) : mapIterInitOp(h as Hmap<unknown, unknown> | null, iterId)) as MapOp<AnyMapIter>;
}

export function iterNextOp(it: AnyMapIter): MapOp<AnyMapIter> {
  return (it instanceof SwissIter ? swissIterNextOp(it) : mapIterNextOp(it as never)) as MapOp<AnyMapIter>;
}

/** The element store after an assign returned its slot (outside the writing window, as compiled Go does). */
export function storeAt(h: NonNullable<AnyGoMap>, slot: unknown, value: unknown): void {
  if (isSwiss(h)) swissStoreElem(h, slot as never, value);
  else storeElem(h, slot as never, value);
}

export function loadAt(h: NonNullable<AnyGoMap>, slot: unknown): unknown {
  return isSwiss(h) ? swissLoadElem(h, slot as never) : loadElem(h, slot as never);
}

export function anyLen(h: AnyGoMap): number {
  return isSwiss(h) ? swissLen(h) : mapLen(h as Hmap<unknown, unknown> | null);
}
