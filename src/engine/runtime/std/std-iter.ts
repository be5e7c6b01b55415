// The iterators maps.Keys / maps.Values / maps.All and slices.Values / slices.All return, as far as
// the lab models them: values the consumers slices.Sorted, slices.Collect and maps.Collect read.
//
// An iterator is a function value in Go. Here it is a Closure that remembers its source; the
// consumers walk the source directly (a map through the runtime's iterator, so a concurrent writer
// is still caught). Calling one any other way (range over it, or a call) is not modelled yet: its
// body panics saying so, rather than yield nothing.
import type { Signature } from '../../check/types.ts';
import { Op } from '../../vm/opcodes.ts';
import { ProtoBuilder } from '../../vm/proto-builder.ts';
import { Closure } from '../../vm/values.ts';
import type { NativeFn } from '../../vm/native.ts';
import { SliceVal } from '../values/slice.ts';
import { mapEntries } from './fmt-value.ts';
import type { AnyGoMap } from './map-model.ts';
import { compareOrdered } from './std-slices.ts';
import { makeAnyMap, swissPrunesIn } from './map-model.ts';
import { keyOpsFor } from './map-natives.ts';
import { runToEnd } from '../map/map-op.ts';
import { assignOp, storeAt } from './map-model.ts';
import { under } from '../../check/types.ts';
import { isAggregate, zeroValue } from '../../compile/types-rt.ts';

type Source = { kind: 'map'; m: AnyGoMap; part: 'keys' | 'values' | 'all' } | { kind: 'slice'; s: SliceVal | null; part: 'values' | 'all' };

export class SeqClosure extends Closure {
  constructor(
    readonly source: Source,
    what: string,
  ) {
    const b = new ProtoBuilder(what, 1, 0);
    const r = b.reg();
    b.emit(Op.LOADK, r, b.constant(`Go Map Lab: using the iterator from ${what} other than through slices.Sorted, slices.Collect or maps.Collect is not supported yet`));
    b.emit(Op.PANIC, r);
    super(b.build(), []);
  }

  /** The sequence's elements: single values, or [k, v] pairs for a Seq2. */
  items(): unknown[] {
    const src = this.source;
    if (src.kind === 'map') {
      const entries = src.m === null ? [] : mapEntries(src.m);
      return src.part === 'keys' ? entries.map((e) => e[0]) : src.part === 'values' ? entries.map((e) => e[1]) : entries;
    }
    const s = src.s;
    const xs = s === null ? [] : s.arr.slice(s.off, s.off + s.len);
    return src.part === 'values' ? xs : xs.map((x, i) => [i, x]);
  }
}

const fresh = (xs: unknown[]) => new SliceVal(xs, 0, xs.length, xs.length);

function seqOf(v: unknown, what: string): SeqClosure {
  if (v instanceof SeqClosure) return v;
  throw new Error(`${what}: only iterators from maps.Keys/Values/All and slices.Values/All are modelled`);
}

/** Natives for the iterator functions, by key; undefined when the key is not one of them. */
export function iterNative(key: string, sig: Signature): NativeFn | undefined {
  switch (key) {
    case 'maps.Keys':
    case 'maps.Values':
    case 'maps.All': {
      const part = key === 'maps.Keys' ? 'keys' : key === 'maps.Values' ? 'values' : 'all';
      return (_m, _g, regs, a) => void (regs[a] = new SeqClosure({ kind: 'map', m: regs[a + 1] as AnyGoMap, part }, key));
    }
    case 'slices.Values':
    case 'slices.All': {
      const part = key === 'slices.Values' ? 'values' : 'all';
      return (_m, _g, regs, a) => void (regs[a] = new SeqClosure({ kind: 'slice', s: regs[a + 1] as SliceVal | null, part }, key));
    }
    case 'slices.Collect':
      return (_m, _g, regs, a) => {
        const xs = seqOf(regs[a + 1], key).items();
        regs[a] = xs.length === 0 ? null : fresh(xs);
      };
    case 'slices.Sorted':
      return (_m, _g, regs, a) => {
        const xs = seqOf(regs[a + 1], key).items().sort(compareOrdered);
        regs[a] = xs.length === 0 ? null : fresh(xs);
      };
    case 'maps.Collect': {
      const mt = under(sig.results.vars[0].type);
      if (mt.kind !== 'Map') return undefined;
      return (m, _g, regs, a) => {
        const out = makeAnyMap({
          design: m.opts.mapDesign, id: 0, keys: keyOpsFor(mt.key, m), elemZero: isAggregate(mt.elem) ? null : zeroValue(mt.elem), rand: m.rand, hint: 0, pruneTombstones: swissPrunesIn(m.opts.goMinor),
        });
        for (const kv of seqOf(regs[a + 1], key).items() as [unknown, unknown][]) {
          const r = runToEnd(assignOp(out, kv[0]));
          if (r.kind === 'ok') storeAt(out, r.value, kv[1]);
        }
        regs[a] = out;
      };
    }
  }
  return undefined;
}
