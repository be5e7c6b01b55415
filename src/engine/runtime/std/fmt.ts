// fmt's Sprint/Sprintln/Sprintf over interface arguments, with the common verbs, widths and flags.
import type { Type } from '../../check/types.ts';
import { under } from '../../check/types.ts';
import { Iface } from '../values/iface.ts';
import type { SliceVal } from '../values/slice.ts';
import { formatValue, goTypeName } from './fmt-value.ts';
import { formatFloatE, formatFloatF, formatFloatG } from './format-float.ts';
import { GoError } from './errors.ts';
import { toByteString } from '../values/bytes.ts';

export function argsOf(s: SliceVal | null): unknown[] {
  return s === null ? [] : s.arr.slice(s.off, s.off + s.len);
}

function isStringArg(a: unknown): boolean {
  return a instanceof Iface && under(a.t).kind === 'Basic' && (under(a.t) as { basic: string }).basic === 'string';
}

/** %v of one interface argument. */
export function sprintValue(a: unknown, plus = false): string {
  if (a === null) return '<nil>';
  const i = a as Iface;
  if (i.v instanceof GoError) return i.v.message;
  return formatValue(i.t, i.v, { plus, sharp: false });
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, k) => {
    if (k > 0 && !isStringArg(a) && !isStringArg(args[k - 1])) out += ' ';
    out += sprintValue(a);
  });
  return out;
}

export function sprintln(args: unknown[]): string {
  return args.map((a) => sprintValue(a)).join(' ') + '\n';
}

function pad(s: string, width: number, minus: boolean, zero: boolean): string {
  if (width <= s.length) return s;
  if (minus) return s + ' '.repeat(width - s.length);
  if (zero) {
    const neg = s.startsWith('-') || s.startsWith('+');
    return (neg ? s[0] : '') + '0'.repeat(width - s.length) + (neg ? s.slice(1) : s);
  }
  return ' '.repeat(width - s.length) + s;
}

function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += s[i];
  }
  return out + '"';
}

function basicKind(t: Type): string {
  const u = under(t);
  return u.kind === 'Basic' ? u.basic : u.kind;
}

/** fmt.Sprintf. Unknown verbs and argument mismatches print as Go does (%!d(string=x), %!v(MISSING)). */
export function sprintf(format: string, args: unknown[]): string {
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
    if (format[i] === '.') {
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
    out += pad(formatVerb(verb, a, prec, plus, sharp, space), width, minus, zero && !minus && verb !== 's' && verb !== 'v');
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null ? '<nil>' : `${goTypeName((a as Iface).t)}=${sprintValue(a)}`)).join(', ') + ')';
  }
  return out;
}

function formatVerb(verb: string, a: unknown, prec: number, plus: boolean, sharp: boolean, space: boolean): string {
  if (a === null) return verb === 'v' || verb === 's' ? '<nil>' : `%!${verb}(<nil>)`;
  const i = a as Iface;
  const k = basicKind(i.t);
  const num = typeof i.v === 'number';
  const isInt = num && k !== 'float64' && k !== 'float32';
  const bad = () => `%!${verb}(${goTypeName(i.t)}=${sprintValue(a)})`;
  switch (verb) {
    case 'v':
      if (sharp) return formatValue(i.t, i.v, { plus, sharp: true });
      return sprintValue(a, plus);
    case 'T':
      return goTypeName(i.t);
    case 'd':
      if (!isInt) return bad();
      return (plus && (i.v as number) >= 0 ? '+' : space && (i.v as number) >= 0 ? ' ' : '') + String(i.v);
    case 's':
      if (i.v instanceof GoError) return i.v.message;
      if (typeof i.v === 'string') return prec >= 0 ? i.v.slice(0, prec) : i.v;
      return k === 'string' ? String(i.v) : sprintValue(a);
    case 'q':
      if (typeof i.v === 'string') return quote(i.v);
      if (isInt) return `'${String.fromCodePoint(i.v as number)}'`;
      return bad();
    case 't':
      return typeof i.v === 'boolean' ? String(i.v) : bad();
    case 'f':
    case 'F':
      return num ? (plus && (i.v as number) >= 0 ? '+' : '') + formatFloatF(i.v as number, prec < 0 ? 6 : prec) : bad();
    case 'e':
      return num ? formatFloatE(i.v as number, prec < 0 ? 6 : prec) : bad();
    case 'g':
      return num ? formatFloatG(i.v as number, k === 'float32' ? 32 : 64) : bad();
    case 'x':
    case 'X': {
      let s: string;
      if (isInt) s = (i.v as number).toString(16);
      else if (typeof i.v === 'string') s = Array.from(i.v, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
      else return bad();
      if (sharp) s = '0x' + s;
      return verb === 'X' ? s.toUpperCase().replace('0X', '0X') : s;
    }
    case 'o':
      return isInt ? (i.v as number).toString(8) : bad();
    case 'b':
      return isInt ? (i.v as number).toString(2) : bad();
    case 'c':
      return isInt ? toByteString(String.fromCodePoint(i.v as number)) : bad();
    case 'U':
      return isInt ? 'U+' + (i.v as number).toString(16).toUpperCase().padStart(4, '0') : bad();
    default:
      return `%!${verb}(${goTypeName(i.t)}=${sprintValue(a)})`;
  }
}
