// strings.Builder and hash/fnv: a Builder keeps its bytes in its `buf` field (as a byte string, the
// VM's representation of Go bytes); an FNV hasher is a small object folding bytes into 32 bits.
import type { NativeFn } from '../../vm/native.ts';
import { Unsupported } from '../../vm/faults.ts';
import { SliceVal } from '../values/slice.ts';
import { toByteString } from '../values/bytes.ts';
import { Iface } from '../values/iface.ts';
import { newPointer, type Type } from '../../check/types.ts';
import { fnvPackage } from '../../check/packages/hash.ts';

/** The Builder struct as the VM holds it: [addr, buf]; buf is null or a byte string here. */
type BuilderVal = unknown[];
const bufIndex = 1;

export function builderText(b: BuilderVal): string {
  return (b[bufIndex] as string | null) ?? '';
}

export function builderAppend(b: BuilderVal, bytes: string): void {
  b[bufIndex] = builderText(b) + bytes;
}

function bytesOf(p: SliceVal | null): string {
  if (p === null) return '';
  let s = '';
  for (let i = 0; i < p.len; i++) s += String.fromCharCode((p.arr[p.off + i] as number) & 0xff);
  return s;
}

export const builderMethods: Record<string, NativeFn> = {
  'strings.Builder.WriteString': (_m, _g, regs, a) => {
    const s = regs[a + 2] as string;
    builderAppend(regs[a + 1] as BuilderVal, s);
    regs[a] = s.length;
    regs[a + 1] = null;
  },
  'strings.Builder.WriteByte': (_m, _g, regs, a) => {
    builderAppend(regs[a + 1] as BuilderVal, String.fromCharCode((regs[a + 2] as number) & 0xff));
    regs[a] = null;
  },
  'strings.Builder.WriteRune': (_m, _g, regs, a) => {
    const r = regs[a + 2] as number;
    // Invalid runes are written as U+FFFD, as utf8.AppendRune does.
    const bytes = toByteString(String.fromCodePoint(r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? 0xfffd : r));
    builderAppend(regs[a + 1] as BuilderVal, bytes);
    regs[a] = bytes.length;
    regs[a + 1] = null;
  },
  'strings.Builder.Write': (_m, _g, regs, a) => {
    const bytes = bytesOf(regs[a + 2] as SliceVal | null);
    builderAppend(regs[a + 1] as BuilderVal, bytes);
    regs[a] = bytes.length;
    regs[a + 1] = null;
  },
  'strings.Builder.String': (_m, _g, regs, a) => void (regs[a] = builderText(regs[a + 1] as BuilderVal)),
  'strings.Builder.Len': (_m, _g, regs, a) => void (regs[a] = builderText(regs[a + 1] as BuilderVal).length),
  'strings.Builder.Cap': (_m, _g, regs, a) => void (regs[a] = builderText(regs[a + 1] as BuilderVal).length),
  'strings.Builder.Reset': (_m, _g, regs, a) => void ((regs[a + 1] as BuilderVal)[bufIndex] = null),
  'strings.Builder.Grow': (_m, _g, regs, a) => {
    if ((regs[a + 2] as number) < 0) throw new Unsupported('strings.Builder.Grow: negative count');
  },
};

/** An FNV hasher (hash/fnv): 32-bit variants only; the 64-bit ones need integers beyond 2^53. */
export class Fnv32 {
  sum = offset32;
  constructor(readonly variant: '1' | '1a') {}
  write(bytes: string): void {
    let h = this.sum;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes.charCodeAt(i) & 0xff;
      h = this.variant === '1a' ? Math.imul(h ^ c, prime32) >>> 0 : (Math.imul(h, prime32) ^ c) >>> 0;
    }
    this.sum = h;
  }
}

const offset32 = 0x811c9dc5;
const prime32 = 16777619;

/** The concrete type behind the hash.Hash32 that fnv.New32 / New32a return (`*fnv.sum32`, `*fnv.sum32a`). */
function fnvType(name: 'sum32' | 'sum32a'): Type {
  const obj = fnvPackage.internal?.get(name);
  if (!obj || obj.kind !== 'TypeName') throw new Error(`hash/fnv: no type ${name}`);
  return newPointer(obj.type);
}

const fnv64 = () => {
  throw new Unsupported('hash/fnv 64-bit hashes need integers beyond 2^53, which Go Map Lab cannot represent exactly; use fnv.New32a');
};

export const fnvFuncs: Record<string, NativeFn> = {
  'hash/fnv.New32': (_m, _g, regs, a) => void (regs[a] = new Iface(fnvType('sum32'), new Fnv32('1'))),
  'hash/fnv.New32a': (_m, _g, regs, a) => void (regs[a] = new Iface(fnvType('sum32a'), new Fnv32('1a'))),
  'hash/fnv.New64': fnv64,
  'hash/fnv.New64a': fnv64,
};

function fnvMethods(type: 'sum32' | 'sum32a'): Record<string, NativeFn> {
  const k = `hash/fnv.${type}.`;
  return {
    [`${k}Write`]: (_m, _g, regs, a) => {
      const bytes = bytesOf(regs[a + 2] as SliceVal | null);
      (regs[a + 1] as Fnv32).write(bytes);
      regs[a] = bytes.length;
      regs[a + 1] = null;
    },
    [`${k}Sum32`]: (_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as Fnv32).sum),
    [`${k}Reset`]: (_m, _g, regs, a) => void ((regs[a + 1] as Fnv32).sum = offset32),
    [`${k}Size`]: (_m, _g, regs, a) => void (regs[a] = 4),
    [`${k}BlockSize`]: (_m, _g, regs, a) => void (regs[a] = 1),
    [`${k}Sum`]: (_m, _g, regs, a) => {
      // Appends the hash to `in`, big-endian, as Go's Sum does.
      const h = (regs[a + 1] as Fnv32).sum;
      const tail = [h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff];
      const s = regs[a + 2] as SliceVal | null;
      const arr = s === null ? tail : [...s.arr.slice(s.off, s.off + s.len), ...tail];
      regs[a] = new SliceVal(arr, 0, arr.length, arr.length);
    },
  };
}

export const fnvTypeMethods: Record<string, NativeFn> = { ...fnvMethods('sum32'), ...fnvMethods('sum32a') };
