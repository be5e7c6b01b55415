// Package maps beyond Clone (map-natives.ts): Equal, reading both maps with the runtime's iterator.
import { under, type Signature, type Type } from '../../check/types.ts';
import type { NativeFn } from '../../vm/native.ts';
import type { AnyGoMap } from './map-model.ts';
import { goEqual } from '../../compile/value-natives.ts';
import { mapEntries } from './fmt-value.ts';

/** maps.Equal: same length and every key of m1 in m2 with an equal value. */
function mapsEqual(sig: Signature): NativeFn {
  const mt = under(sig.params.vars[0].type) as { key: Type; elem: Type };
  return (_m, _g, regs, a) => {
    const x = regs[a + 1] as AnyGoMap, y = regs[a + 2] as AnyGoMap;
    const ex = x === null ? [] : mapEntries(x), ey = y === null ? [] : mapEntries(y);
    regs[a] = ex.length === ey.length && ex.every(([k, v]) => ey.some(([k2, v2]) => goEqual(mt.key, k, k2) && goEqual(mt.elem, v, v2)));
  };
}

export function mapsNative(key: string, sig: Signature): NativeFn | undefined {
  return key === 'maps.Equal' ? mapsEqual(sig) : undefined;
}
