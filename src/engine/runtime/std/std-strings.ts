// Package strings beyond the basics in index.ts, and unicode/utf8 and unicode on byte strings
// (the VM's strings hold UTF-8 bytes, one char code 0–255 each; see values/README.md).
import type { NativeFn } from '../../vm/native.ts';
import { SliceVal } from '../values/slice.ts';
import { decodeRune, fromByteString, toByteString } from '../values/bytes.ts';

const str = (regs: unknown[], i: number) => regs[i] as string;
const slice = (parts: string[]) => new SliceVal(parts, 0, parts.length, parts.length);

/** Go's SplitN: n < 0 all, n == 0 nil, else at most n parts (the last holds the rest). */
function splitN(s: string, sep: string, n: number): SliceVal | null {
  if (n === 0) return null;
  if (sep === '') {
    const runes: string[] = [];
    for (let i = 0; i < s.length; ) {
      const w = decodeRune(s, i)[1];
      if (n > 0 && runes.length === n - 1) {
        runes.push(s.slice(i));
        break;
      }
      runes.push(s.slice(i, i + w));
      i += w;
    }
    return slice(runes);
  }
  const parts: string[] = [];
  let rest = s;
  while (n < 0 || parts.length < n - 1) {
    const k = rest.indexOf(sep);
    if (k < 0) break;
    parts.push(rest.slice(0, k));
    rest = rest.slice(k + sep.length);
  }
  parts.push(rest);
  return slice(parts);
}

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decodeRune(s, i)[1];
  return n;
}

function validUTF8(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    // RuneError with width 1 is an invalid byte (a real U+FFFD is 3 bytes wide).
    if (r === 0xfffd && w === 1) return false;
    i += w;
  }
  return true;
}

/** The characters of a cutset, as a set of runes decoded from the byte string. */
function runeSet(cutset: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < cutset.length; ) {
    const [r, w] = decodeRune(cutset, i);
    out.add(r);
    i += w;
  }
  return out;
}

function trimLeft(s: string, set: Set<number>): string {
  let i = 0;
  while (i < s.length) {
    const [r, w] = decodeRune(s, i);
    if (!set.has(r)) break;
    i += w;
  }
  return s.slice(i);
}

function trimRight(s: string, set: Set<number>): string {
  let end = s.length;
  while (end > 0) {
    // Step back to the start of the last rune.
    let start = end - 1;
    while (start > 0 && end - start < 4 && (s.charCodeAt(start) & 0xc0) === 0x80) start--;
    const [r, w] = decodeRune(s, start);
    if (start + w !== end) start = end - 1;
    if (!set.has(start + w === end ? r : 0xfffd)) break;
    end = start;
  }
  return s.slice(0, end);
}

/** A rune-wise map over a byte string (JavaScript's case mapping on decoded text). */
function mapText(s: string, fn: (t: string) => string): string {
  return toByteString(fn(fromByteString(s)));
}

/** Go's simple case mapping rune by rune: a rune whose JavaScript mapping is several runes (ß → SS) stays. */
function mapCase(s: string, fn: (t: string) => string): string {
  if (!/[\x80-\xff]/.test(s)) return fn(s); // ASCII: the common case, no decoding
  return mapText(s, (t) => Array.from(t, (c) => {
    const m = fn(c);
    return [...m].length === 1 ? m : c;
  }).join(''));
}

export const stringNatives: Record<string, NativeFn> = {
  'strings.ToUpper': (_m, _g, regs, a) => void (regs[a] = mapCase(str(regs, a + 1), (t) => t.toUpperCase())),
  'strings.ToLower': (_m, _g, regs, a) => void (regs[a] = mapCase(str(regs, a + 1), (t) => t.toLowerCase())),
  'strings.LastIndex': (_m, _g, regs, a) => void (regs[a] = str(regs, a + 1).lastIndexOf(str(regs, a + 2))),
  'strings.IndexByte': (_m, _g, regs, a) => void (regs[a] = str(regs, a + 1).indexOf(String.fromCharCode(regs[a + 2] as number))),
  'strings.ContainsRune': (_m, _g, regs, a) => void (regs[a] = str(regs, a + 1).includes(toByteString(String.fromCodePoint(regs[a + 2] as number)))),
  'strings.ContainsAny': (_m, _g, regs, a) => {
    const set = runeSet(str(regs, a + 2));
    const s = str(regs, a + 1);
    let found = false;
    for (let i = 0; i < s.length && !found; ) {
      const [r, w] = decodeRune(s, i);
      found = set.has(r);
      i += w;
    }
    regs[a] = found;
  },
  'strings.Replace': (_m, _g, regs, a) => {
    const s = str(regs, a + 1), old = str(regs, a + 2), neu = str(regs, a + 3);
    let n = regs[a + 4] as number;
    if (n < 0) n = Infinity;
    const parts = splitN(s, old, n === Infinity ? -1 : n + 1);
    regs[a] = parts === null ? s : (parts.arr as string[]).join(neu);
  },
  'strings.SplitN': (_m, _g, regs, a) => void (regs[a] = splitN(str(regs, a + 1), str(regs, a + 2), regs[a + 3] as number)),
  'strings.Cut': (_m, _g, regs, a) => {
    const s = str(regs, a + 1), sep = str(regs, a + 2);
    const k = s.indexOf(sep);
    if (k < 0) [regs[a], regs[a + 1], regs[a + 2]] = [s, '', false];
    else [regs[a], regs[a + 1], regs[a + 2]] = [s.slice(0, k), s.slice(k + sep.length), true];
  },
  'strings.TrimPrefix': (_m, _g, regs, a) => {
    const s = str(regs, a + 1), p = str(regs, a + 2);
    regs[a] = p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
  },
  'strings.TrimSuffix': (_m, _g, regs, a) => {
    const s = str(regs, a + 1), p = str(regs, a + 2);
    regs[a] = p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  'strings.TrimLeft': (_m, _g, regs, a) => void (regs[a] = trimLeft(str(regs, a + 1), runeSet(str(regs, a + 2)))),
  'strings.TrimRight': (_m, _g, regs, a) => void (regs[a] = trimRight(str(regs, a + 1), runeSet(str(regs, a + 2)))),
  'strings.Trim': (_m, _g, regs, a) => {
    const set = runeSet(str(regs, a + 2));
    regs[a] = trimRight(trimLeft(str(regs, a + 1), set), set);
  },
  'strings.EqualFold': (_m, _g, regs, a) => void (regs[a] = fromByteString(str(regs, a + 1)).toLowerCase() === fromByteString(str(regs, a + 2)).toLowerCase()),
  // Title (deprecated in Go, still used): upper-cases the first letter of each word.
  'strings.Title': (_m, _g, regs, a) => void (regs[a] = mapText(str(regs, a + 1), (t) => t.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_x, pre: string, c: string) => pre + c.toUpperCase()))),
  'unicode/utf8.RuneCountInString': (_m, _g, regs, a) => void (regs[a] = runeCount(str(regs, a + 1))),
  'unicode/utf8.ValidString': (_m, _g, regs, a) => void (regs[a] = validUTF8(str(regs, a + 1))),
  'unicode/utf8.RuneLen': (_m, _g, regs, a) => {
    const r = regs[a + 1] as number;
    regs[a] = r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? -1 : r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
  },
};

const runeTest = (re: RegExp): NativeFn => (_m, _g, regs, a) => {
  const r = regs[a + 1] as number;
  regs[a] = r >= 0 && r <= 0x10ffff && re.test(String.fromCodePoint(r));
};
const runeMap = (fn: (s: string) => string): NativeFn => (_m, _g, regs, a) => {
  const r = regs[a + 1] as number;
  if (r < 0 || r > 0x10ffff) return void (regs[a] = r);
  const m = fn(String.fromCodePoint(r));
  // Only one-rune mappings apply (Go's simple case mapping); others leave the rune as is.
  regs[a] = [...m].length === 1 ? m.codePointAt(0)! : r;
};

export const unicodeNatives: Record<string, NativeFn> = {
  'unicode.IsDigit': runeTest(/^\p{Nd}$/u),
  'unicode.IsNumber': runeTest(/^\p{N}$/u),
  'unicode.IsLetter': runeTest(/^\p{L}$/u),
  'unicode.IsSpace': runeTest(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u),
  'unicode.IsUpper': runeTest(/^\p{Lu}$/u),
  'unicode.IsLower': runeTest(/^\p{Ll}$/u),
  'unicode.IsPunct': runeTest(/^\p{P}$/u),
  'unicode.ToUpper': runeMap((s) => s.toUpperCase()),
  'unicode.ToLower': runeMap((s) => s.toLowerCase()),
};
