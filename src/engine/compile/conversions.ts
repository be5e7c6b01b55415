// Conversions T(x): numeric (truncation toward zero, wrap to size), string(rune), []byte/[]rune/string.
import { under, type Type } from '../check/types.ts';
import type { NativeFn } from '../vm/native.ts';
import { Unsupported } from '../vm/faults.ts';
import { SliceVal } from '../runtime/values/slice.ts';
import { decodeRune, toByteString } from '../runtime/values/bytes.ts';
import { wrapInt } from '../vm/int-ops.ts';
import { IntKind } from '../vm/opcodes.ts';
import { copyValue, isAggregate } from './types-rt.ts';
import { Iface } from '../runtime/values/iface.ts';
import { isInterface } from '../check/predicates.ts';

function basic(t: Type): string | null {
  const u = under(t);
  return u.kind === 'Basic' ? u.basic : null;
}

const intKinds: Record<string, number> = { int8: IntKind.int8, int16: IntKind.int16, int32: IntKind.int32, int64: IntKind.int64, uint8: IntKind.uint8, uint16: IntKind.uint16, uint32: IntKind.uint32, uint64: IntKind.uint64, uint: IntKind.uint64, uintptr: IntKind.uint64, int: IntKind.int64 };

export function conversionNative(from: Type, to: Type): NativeFn {
  const fb = basic(from), tb = basic(to);
  const tu = under(to), fu = under(from);
  if (isInterface(to) && !isInterface(from)) return (_m, _g, regs, a) => void (regs[a] = new Iface(from, regs[a + 1]));
  if (tb === 'string' && fb !== null && fb !== 'string' && !fb.includes('string')) {
    // string(rune): the UTF-8 encoding, U+FFFD for invalid code points.
    return (_m, _g, regs, a) => {
      const r = regs[a + 1] as number;
      const ok = r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);
      regs[a] = toByteString(String.fromCodePoint(ok ? r : 0xfffd));
    };
  }
  if (tb === 'string' && fu.kind === 'Slice') {
    const eb = basic(fu.elem);
    return (_m, _g, regs, a) => {
      const s = regs[a + 1] as SliceVal | null;
      if (s === null) return void (regs[a] = '');
      const items = s.arr.slice(s.off, s.off + s.len) as number[];
      regs[a] = eb === 'uint8' ? String.fromCharCode(...items) : toByteString(String.fromCodePoint(...items.map((r) => (r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff) ? r : 0xfffd))));
    };
  }
  if (tu.kind === 'Slice' && fb !== null && fb.includes('string')) {
    const eb = basic(tu.elem);
    return (_m, _g, regs, a) => {
      const s = regs[a + 1] as string;
      let items: number[];
      if (eb === 'uint8') items = Array.from(s, (c) => c.charCodeAt(0));
      else {
        items = [];
        for (let i = 0; i < s.length; ) {
          const [r, w] = decodeRune(s, i);
          items.push(r);
          i += w;
        }
      }
      regs[a] = new SliceVal(items, 0, items.length, items.length);
    };
  }
  if (tb !== null && fb !== null) {
    const toInt = intKinds[tb];
    const fromFloat = fb.startsWith('float') || fb === 'untyped float';
    if (toInt !== undefined) {
      return (_m, _g, regs, a) => {
        let v = regs[a + 1] as number;
        if (fromFloat) {
          if (!Number.isFinite(v)) throw new Unsupported(`conversion of ${v} to ${tb}: the result is implementation-defined in Go`);
          v = Math.trunc(v) + 0;
        }
        regs[a] = tb === 'int' || tb === 'int64' ? wrapInt(v, IntKind.int64) : wrapInt(v, toInt as (typeof IntKind)[keyof typeof IntKind]);
      };
    }
    if (tb === 'float32') return (_m, _g, regs, a) => void (regs[a] = Math.fround(regs[a + 1] as number));
    return (_m, _g, regs, a) => void (regs[a] = regs[a + 1]);
  }
  if (isAggregate(to)) return (_m, _g, regs, a) => void (regs[a] = copyValue(to, regs[a + 1]));
  return (_m, _g, regs, a) => void (regs[a] = regs[a + 1]);
}
