// The map model's import surface for the VM: map creation, phased ops and their fast paths.
export { BucketArray, noBucket, type BucketId, type MapId, type SlotRef } from './bucket.ts';
export { Hmap, makeMap, mapLen, overLoadFactor, type GoMap, type MakeMapOptions, type MapRand } from './hmap.ts';
export {
  boolKeyOps, float64KeyOps, interfaceKeyOps, intKeyOps, stringKeyOps, structKeyOps, type DynamicKey, type KeyOps,
} from './hash.ts';
export * from './map-op.ts';
export type * from './map-events.ts';
export { AccessOp, mapAccess, mapAccessOp, type AccessResult } from './access.ts';
export { AssignOp, loadElem, mapAssign, mapAssignOp, mapSet, storeElem } from './assign.ts';
export { DeleteOp, mapDelete, mapDeleteOp } from './delete.ts';
export { IterInitOp, IterNextOp, MapIter, mapIterInit, mapIterInitOp, mapIterNext, mapIterNextOp } from './iterate.ts';
export { ClearOp, mapClear, mapClearOp } from './clear.ts';
export { CloneOp, mapClone, mapCloneOp } from './clone.ts';
export { flagsString, hashWriting, iterator, oldIterator, sameSizeGrow } from './flags.ts';
export { tooManyOverflowBuckets } from './grow.ts';
export { pictureMap, type BucketPicture, type MapPicture } from './inspect.ts';
