// Compile-time constant values: exact integers (BigInt), floats, strings, booleans, as go/constant holds them.
//
// Go's untyped float constants are arbitrary-precision; we keep them as JavaScript numbers, which
// is exact for every value a teaching program writes and rounds beyond that (stated in README.md).

export type ConstValue =
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; re: number; im: number }
  /** The value of an erroneous constant expression: never reported again. */
  | { kind: 'unknown' };

export const unknownValue: ConstValue = { kind: 'unknown' };

export function boolValue(value: boolean): ConstValue {
  return { kind: 'bool', value };
}
export function intValue(value: bigint | number): ConstValue {
  return { kind: 'int', value: BigInt(value) };
}
export function floatValue(value: number): ConstValue {
  return { kind: 'float', value };
}
export function stringValue(value: string): ConstValue {
  return { kind: 'string', value };
}

/**
 * A float constant as go/constant prints it: `%.6g`, or the shortest `%g` when six digits would hide
 * that the value is not an integer (0.333333, 1e-10, 123456.5).
 */
export function formatFloat(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
  const s = formatG(v, 6);
  if (!Number.isInteger(v) && !s.includes('.')) return formatG(v, null);
  return s;
}

/** Go's %g with a precision (or the shortest representation when null); exponent form below 1e-4 or from 1e+precision (6 when shortest). */
function formatG(v: number, prec: number | null): string {
  if (v === 0) return '0';
  const e = prec === null ? v.toExponential() : v.toExponential(prec - 1);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e);
  if (!m) return String(v);
  const [, sign, d0, rest = '', expText] = m;
  const exp = Number(expText);
  const digits = (d0 + rest).replace(/0+$/, '') || '0';
  const eprec = prec === null ? 6 : prec;
  if (exp < -4 || exp >= eprec) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ee = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ee}`;
  }
  if (exp >= 0) {
    const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return sign + intPart + (frac ? '.' + frac : '');
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** The value as gc prints it inside messages (`constant 300 of type int`). */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'string': {
      // go/constant shortens long strings to 72 characters (counting the quotes), ending in `...`.
      const q = goQuote(v.value);
      const chars = [...q];
      return chars.length > 72 ? chars.slice(0, 69).join('') + '...' : q;
    }
    case 'int':
      return v.value.toString();
    case 'float':
      return formatFloat(v.value);
    case 'complex':
      return `(${formatFloat(v.re)} + ${formatFloat(v.im)}i)`;
    case 'unknown':
      return 'unknown';
  }
}

/** strconv.Quote for the printable strings we meet (escapes quotes, backslashes and control characters). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}
