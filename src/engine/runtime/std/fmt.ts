// fmt's Sprint/Sprintln/Sprintf over interface arguments, with the common verbs, widths and flags.
import type { Type } from '../../check/types.ts';
import { under } from '../../check/types.ts';
import { Iface } from '../values/iface.ts';
import type { SliceVal } from '../values/slice.ts';
import { formatValue, goTypeName } from './fmt-value.ts';
import { formatFloatE, formatFloatF, formatFloatG } from './format-float.ts';
import { GoError } from './errors.ts';
import { toByteString } from '../values/bytes.ts';
import { canBackquote, goQuote, goQuoteASCII } from './quote.ts';
import { verbUsesMethods, type MethodHook } from './fmt-methods.ts';


export function argsOf(s: SliceVal | null): unknown[] {
  return s === null ? [] : s.arr.slice(s.off, s.off + s.len);
}

function isStringArg(a: unknown): boolean {
  return a instanceof Iface && under(a.t).kind === 'Basic' && (under(a.t) as { basic: string }).basic === 'string';
}

/** %v of one interface argument. */
export function sprintValue(a: unknown, plus = false, method?: MethodHook): string {
  if (a === null) return '<nil>';
  const i = a as Iface;
  if (i.v instanceof GoError) return i.v.message;
  return formatValue(i.t, i.v, { plus, sharp: false, method });
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: unknown[], method?: MethodHook): string {
  let out = '';
  args.forEach((a, k) => {
    if (k > 0 && !isStringArg(a) && !isStringArg(args[k - 1])) out += ' ';
    out += sprintValue(a, false, method);
  });
  return out;
}

export function sprintln(args: unknown[], method?: MethodHook): string {
  return args.map((a) => sprintValue(a, false, method)).join(' ') + '\n';
}

/** Runes in a byte string (fmt measures widths in runes): every byte that does not continue a sequence. */
function runeLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
}

/** The first n runes of a byte string (%.Ns). */
function runePrefix(s: string, n: number): string {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    if ((s.charCodeAt(i) & 0xc0) !== 0x80 && seen++ === n) return s.slice(0, i);
  }
  return s;
}

function pad(s: string, width: number, minus: boolean, zero: boolean): string {
  const len = runeLen(s);
  if (width <= len) return s;
  if (minus) return s + ' '.repeat(width - len);
  if (zero) {
    const neg = s.startsWith('-') || s.startsWith('+');
    return (neg ? s[0] : '') + '0'.repeat(width - len) + (neg ? s.slice(1) : s);
  }
  return ' '.repeat(width - len) + s;
}

function basicKind(t: Type): string {
  const u = under(t);
  return u.kind === 'Basic' ? u.basic : u.kind;
}

/** fmt.Sprintf. Unknown verbs and argument mismatches print as Go does (%!d(string=x), %!v(MISSING)). */
export function sprintf(format: string, args: unknown[], method?: MethodHook): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    i++;
    let minus = false, plus = false, zero = false, sharp = false, space = false;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') minus = true;
      else if (f === '+') plus = true;
      else if (f === '0') zero = true;
      else if (f === '#') sharp = true;
      else if (f === ' ') space = true;
      else break;
    }
    let width = -1;
    if (format[i] === '*') {
      width = Number((args[argi++] as Iface | null)?.v ?? 0);
      i++;
    } else {
      let w = '';
      while (i < format.length && format[i] >= '0' && format[i] <= '9') w += format[i++];
      if (w) width = Number(w);
    }
    let prec = -1;
    if (format[i] === '.' && format[i + 1] === '*') {
      prec = Number((args[argi++] as Iface | null)?.v ?? 0);
      i += 2;
    } else if (format[i] === '.') {
      i++;
      let p = '';
      while (i < format.length && format[i] >= '0' && format[i] <= '9') p += format[i++];
      prec = p ? Number(p) : 0;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[argi++];
    out += pad(formatVerb(verb, a, prec, plus, sharp, space, method), width, minus, zero && !minus && verb !== 's' && verb !== 'v');
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null ? '<nil>' : `${goTypeName((a as Iface).t)}=${sprintValue(a)}`)).join(', ') + ')';
  }
  return out;
}

function formatVerb(verb: string, a: unknown, prec: number, plus: boolean, sharp: boolean, space: boolean, method?: MethodHook): string {
  if (a === null) return verb === 'v' || verb === 's' ? '<nil>' : verb === 'T' ? '<nil>' : `%!${verb}(<nil>)`;
  const i = a as Iface;
  if (verb === 'T') return goTypeName(i.t);
  if (verb === 'v' && sharp) return formatValue(i.t, i.v, { plus, sharp: true });
  // Error() and String() results are printed as strings under the verb (handleMethods).
  const hook: MethodHook | undefined = method && verbUsesMethods(verb) ? (t, v) => {
    const s = method(t, v);
    return s === undefined || verb === 'v' ? s : formatStringVerb(verb, s, prec, space);
  } : undefined;
  if (hook) {
    const s = hook(i.t, i.v);
    if (s !== undefined) return s;
  }
  if (verb === 'v') return sprintValue(a, plus, hook);
  // %x on a string or []byte is the hex of all its bytes, not of each element.
  // %s and %q print a []byte as the string it holds.
  if ((verb === 's' || verb === 'q') && isByteSlice(i.t)) {
    const text = (argsOf(i.v as SliceVal | null) as number[]).map((b) => String.fromCharCode(b)).join('');
    return verb === 's' ? (prec >= 0 ? runePrefix(text, prec) : text) : sharp && canBackquote(text) ? '`' + text + '`' : plus ? goQuoteASCII(text) : goQuote(text);
  }
  if ((verb === 'x' || verb === 'X') && (typeof i.v === 'string' || isByteSlice(i.t))) {
    const bytes = typeof i.v === 'string' ? Array.from(i.v, (c) => c.charCodeAt(0)) : argsOf(i.v as SliceVal | null) as number[];
    return hexBytes(bytes, verb, space);
  }
  let bad = false;
  const out = formatValue(i.t, i.v, { plus, sharp: false, method: hook }, 0, (t, v) => {
    const r = formatLeaf(verb, t, v, prec, plus, sharp, space);
    if (r === null) bad = true;
    return r ?? undefined;
  });
  return bad ? `%!${verb}(${goTypeName(i.t)}=${sprintValue(a)})` : out;
}

function formatStringVerb(verb: string, s: string, prec: number, space: boolean): string {
  if (verb === 'q') return goQuote(s);
  if (verb === 'x' || verb === 'X') return hexBytes(Array.from(s, (c) => c.charCodeAt(0)), verb, space);
  return prec >= 0 ? runePrefix(s, prec) : s;
}

function hexBytes(bytes: number[], verb: string, space: boolean): string {
  const s = bytes.map((b) => b.toString(16).padStart(2, '0')).join(space ? ' ' : '');
  return verb === 'X' ? s.toUpperCase() : s;
}

function isByteSlice(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Slice' && basicKind(u.elem) === 'uint8';
}

/** One non-composite value under a verb; null when the verb does not apply to it (Go's %!verb(T=v)). */
function formatLeaf(verb: string, t: Type, v: unknown, prec: number, plus: boolean, sharp: boolean, space: boolean): string | null {
  const k = basicKind(t);
  if (v instanceof GoError) {
    if (verb === 's') return v.message;
    if (verb === 'q') return goQuote(v.message);
    return null;
  }
  const num = typeof v === 'number';
  const isInt = num && k !== 'float64' && k !== 'float32' && k !== 'untyped float';
  const sign = (n: number) => (plus && n >= 0 ? '+' : space && n >= 0 ? ' ' : '');
  switch (verb) {
    case 'd':
      return isInt ? sign(v as number) + String(v) : null;
    case 's':
      return typeof v === 'string' ? (prec >= 0 ? runePrefix(v, prec) : v) : null;
    case 'q':
      if (typeof v === 'string') return sharp && canBackquote(v) ? '`' + v + '`' : plus ? goQuoteASCII(v) : goQuote(v);
      if (isInt) return `'${toByteString(String.fromCodePoint(v as number))}'`;
      return null;
    case 't':
      return typeof v === 'boolean' ? String(v) : null;
    case 'f':
    case 'F':
      return num ? sign(v as number) + formatFloatF(v as number, prec < 0 ? 6 : prec) : null;
    case 'e':
    case 'E': {
      if (!num) return null;
      const s = sign(v as number) + formatFloatE(v as number, prec < 0 ? 6 : prec);
      return verb === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G': {
      if (!num) return null;
      const s = sign(v as number) + (prec >= 0 ? formatFloatGPrec(v as number, prec) : formatFloatG(v as number, k === 'float32' ? 32 : 64));
      return verb === 'G' ? s.toUpperCase() : s;
    }
    case 'x':
    case 'X': {
      if (!isInt) return null;
      const n = v as number;
      let s = Math.abs(n).toString(16);
      if (sharp) s = '0x' + s;
      if (verb === 'X') s = s.toUpperCase().replace('0X', '0X');
      return (n < 0 ? '-' : '') + s;
    }
    case 'o':
      return isInt ? (sharp ? '0' : '') + (v as number).toString(8) : null;
    case 'O':
      return isInt ? '0o' + (v as number).toString(8) : null;
    case 'b':
      return isInt ? (v as number).toString(2) : null;
    case 'c':
      return isInt ? toByteString(String.fromCodePoint(v as number)) : null;
    case 'U':
      // %#U adds the character itself: U+4E16 '世'.
      return isInt ? 'U+' + (v as number).toString(16).toUpperCase().padStart(4, '0') + (sharp ? ` '${toByteString(String.fromCodePoint(v as number))}'` : '') : null;
    default:
      return null;
  }
}

/** %.Ng: N significant digits, exponent form when exp < -4 or exp >= N. */
function formatFloatGPrec(x: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  const e = Number(x.toExponential(p - 1).split('e')[1]);
  if (e < -4 || e >= p) return formatFloatE(x, p - 1).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(p)));
}
