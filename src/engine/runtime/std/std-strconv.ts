// Package strconv beyond Itoa/Atoi: Parse{Float,Bool,Int,Uint}, Format{Int,Float}, Quote.
// Errors carry Go's messages (`strconv.ParseInt: parsing "300": value out of range`); integers
// are limited to ±2^53, the VM's exact range, and report out of range beyond it.
import type { NativeFn } from '../../vm/native.ts';
import { goQuote } from './quote.ts';
import { formatFloatE, formatFloatF, formatFloatG } from './format-float.ts';

import { numError } from './strconv-errors.ts';

/** Digits of an integer in base (0 = from prefix), underscores only with a prefix base as Go allows. */
function parseDigits(s: string, base: number): number | null {
  let body = s;
  if (base === 0) {
    base = 10;
    const p = body.slice(0, 2).toLowerCase();
    const prefixed: Record<string, number> = { '0x': 16, '0b': 2, '0o': 8 };
    if (prefixed[p] !== undefined) {
      base = prefixed[p];
      body = body.slice(2);
    } else if (body.length > 1 && body[0] === '0') {
      base = 8;
      body = body.slice(1);
    }
    body = body.replace(/_/g, '');
  }
  if (body === '' || base < 2 || base > 36) return null;
  let n = 0;
  for (const ch of body.toLowerCase()) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return null;
    n = n * base + d;
  }
  return n;
}

function parseInt_(fn: string, s: string, base: number, bits: number, signed: boolean): [number, unknown] {
  let body = s, neg = false;
  if (signed && (body[0] === '+' || body[0] === '-')) {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  const n = parseDigits(body, base);
  if (n === null) return [0, numError(fn, s, 'invalid syntax')];
  const size = bits === 0 ? 64 : bits;
  const max = signed ? 2 ** (size - 1) - 1 : 2 ** size - 1;
  const min = signed ? -(2 ** (size - 1)) : 0;
  const v = neg ? -n : n;
  if (v > max || v < min || !Number.isSafeInteger(v)) return [v > 0 ? Math.min(max, Number.MAX_SAFE_INTEGER) : Math.max(min, -Number.MAX_SAFE_INTEGER), numError(fn, s, 'value out of range')];
  return [v, null];
}

/** Decimals the shortest round-tripping form of f needs after the point ('f' with precision -1). */
function shortestDecimals(f: number): number {
  if (!Number.isFinite(f) || f === 0) return 0;
  const [m, e] = f.toExponential().split('e');
  return Math.max(0, (m.split('.')[1] ?? '').length - Number(e));
}

function formatFloat(f: number, fmt: string, prec: number, bits: number): string {
  const b = bits === 32 ? 32 : 64;
  switch (fmt) {
    case 'f':
      return formatFloatF(f, prec < 0 ? shortestDecimals(b === 32 ? Number(Math.fround(f).toPrecision(9)) : f) : prec);
    case 'e':
    case 'E': {
      let s: string;
      if (prec < 0) {
        const [m, e] = (b === 32 ? Number(Math.fround(f).toPrecision(9)) : f).toExponential().split('e');
        s = formatFloatE(Number(`${m}e${e}`), (m.split('.')[1] ?? '').length);
      } else s = formatFloatE(f, prec);
      return fmt === 'E' ? s.toUpperCase() : s;
    }
    default:
      return formatFloatG(f, b);
  }
}

export const strconvNatives: Record<string, NativeFn> = {
  'strconv.ParseFloat': (_m, _g, regs, a) => {
    const s = regs[a + 1] as string;
    const ok = /^[+-]?(\d[\d_]*\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf(inity)?|nan)$/i.test(s);
    const v = ok ? (/inf/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s.replace(/_/g, ''))) : 0;
    regs[a] = ok ? ((regs[a + 2] as number) === 32 ? Math.fround(v) : v) : 0;
    regs[a + 1] = ok ? (Number.isFinite(v) || /inf/i.test(s) ? null : numError('ParseFloat', s, 'value out of range')) : numError('ParseFloat', s, 'invalid syntax');
  },
  'strconv.ParseBool': (_m, _g, regs, a) => {
    const s = regs[a + 1] as string;
    const t = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s), f = ['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s);
    regs[a] = t;
    regs[a + 1] = t || f ? null : numError('ParseBool', s, 'invalid syntax');
  },
  'strconv.ParseInt': (_m, _g, regs, a) => void ([regs[a], regs[a + 1]] = parseInt_('ParseInt', regs[a + 1] as string, regs[a + 2] as number, regs[a + 3] as number, true)),
  'strconv.ParseUint': (_m, _g, regs, a) => void ([regs[a], regs[a + 1]] = parseInt_('ParseUint', regs[a + 1] as string, regs[a + 2] as number, regs[a + 3] as number, false)),
  'strconv.FormatInt': (_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as number).toString(regs[a + 2] as number)),
  'strconv.FormatUint': (_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as number).toString(regs[a + 2] as number)),
  'strconv.FormatBool': (_m, _g, regs, a) => void (regs[a] = String(regs[a + 1])),
  'strconv.FormatFloat': (_m, _g, regs, a) => void (regs[a] = formatFloat(regs[a + 1] as number, String.fromCharCode(regs[a + 2] as number), regs[a + 3] as number, regs[a + 4] as number)),
  'strconv.Quote': (_m, _g, regs, a) => void (regs[a] = goQuote(regs[a + 1] as string)),
};
