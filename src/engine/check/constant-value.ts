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

/** Formats a float the way go/constant's String does for the values we see (shortest round-trip, e.g. 1.5, 1e+100). */
export function formatFloat(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  const s = String(v);
  // JavaScript writes 1e+100 / 1.5e-7; Go writes the same exponent forms with at least 2 digits.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** The value as gc prints it inside messages (`constant 300 of type int`). */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'string':
      return goQuote(v.value);
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
