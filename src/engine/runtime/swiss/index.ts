// The Swiss-table map model's import surface (Go 1.24+ maps): creation, phased ops and their fast paths.
export { ctrlDeleted, ctrlEmpty, ctrlString, groupSlots, h1, h2, maxAvgGroupLoad, maxTableCapacity } from './ctrl.ts';
export { GroupArray } from './group.ts';
export { maxGrowthLeft, Table } from './table.ts';
export { directoryIndex, distinctTables } from './directory.ts';
export { maxHintDirSize, makeSwissMap, swissLen, SwissMap, type MakeSwissMapOptions, type SwissGoMap } from './swiss-map.ts';
export { maxLocalDepth } from './rehash.ts';
export type { SwissSlotRef } from './slot-ref.ts';
export { SwissAccessOp, swissAccess, swissAccessOp, swissLookup, type SwissAccessResult } from './access.ts';
export {
  msgSmallNoEmpty, SwissAssignOp, swissAssign, swissAssignOp, swissLoadElem, swissSet, swissStoreElem,
} from './assign.ts';
export { SwissDeleteOp, swissDelete, swissDeleteOp } from './delete.ts';
export { SwissClearOp, swissClear, swissClearOp } from './clear.ts';
export { SwissCloneOp, swissClone, swissCloneOp } from './clone.ts';
export {
  SwissIter, SwissIterInitOp, SwissIterNextOp, swissIterInit, swissIterInitOp, swissIterNext, swissIterNextOp,
} from './iterate.ts';
export type * from './swiss-events.ts';
export { formatSwissEvent } from './swiss-event-text.ts';
