// Values of basic literals: Go's integer, float, imaginary, rune and string literal syntax.
import type { BasicLit } from '../syntax/ast.ts';
import { floatValue, intValue, stringValue, unknownValue, type ConstValue } from './constant-value.ts';

export function literalValue(lit: BasicLit): ConstValue {
  const text = lit.value.replace(/_/g, '');
  try {
    switch (lit.litKind) {
      case 'INT':
        return intValue(parseInteger(text));
      case 'FLOAT':
        return floatValue(parseFloatLit(text));
      case 'IMAG':
        return { kind: 'complex', re: 0, im: parseFloatLit(text.slice(0, -1)) };
      case 'CHAR': {
        const body = lit.value.slice(1, -1);
        // '\xff' and '\377' denote the byte value itself, not a UTF-8 sequence.
        if (/^\\(x[0-9a-fA-F]{2}|[0-7]{3})$/.test(body)) return intValue(parseInt(body[1] === 'x' ? body.slice(2) : body.slice(1), body[1] === 'x' ? 16 : 8));
        const s = unquote(body);
        const cp = s.codePointAt(0);
        return cp === undefined ? unknownValue : intValue(cp);
      }
      case 'STRING':
        if (lit.value.startsWith('`')) return stringValue(lit.value.slice(1, -1).replace(/\r/g, ''));
        return stringValue(unquote(lit.value.slice(1, -1)));
    }
  } catch {
    return unknownValue;
  }
}

function parseInteger(t: string): bigint {
  const lower = t.toLowerCase();
  if (lower.startsWith('0x') || lower.startsWith('0b')) return BigInt(lower);
  if (lower.startsWith('0o')) return BigInt(lower);
  if (lower.length > 1 && lower.startsWith('0')) return BigInt('0o' + lower.slice(1));
  return BigInt(lower);
}

function parseFloatLit(t: string): number {
  const lower = t.toLowerCase();
  if (lower.startsWith('0x')) {
    const m = /^0x([0-9a-f]*)\.?([0-9a-f]*)p([+-]?\d+)$/.exec(lower);
    if (!m) return NaN;
    const mant = parseInt(m[1] + m[2] || '0', 16) / Math.pow(16, m[2].length);
    return mant * Math.pow(2, parseInt(m[3], 10));
  }
  if (/^0\d+$/.test(lower)) return parseInt(lower, 10); // `012i`-style imaginary parts are decimal
  return Number(lower);
}

/** Interprets Go escape sequences (the scanner already validated them). */
export function unquote(body: string): string {
  let out = '';
  const bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) {
      out += decodeUtf8(bytes);
      bytes.length = 0;
    }
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      flush();
      out += ch;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    if (e in simple) {
      flush();
      out += simple[e];
    } else if (e === 'x') {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      flush();
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + n), 16));
      i += n;
    }
  }
  flush();
  return out;
}

/** UTF-8 bytes to a string; invalid sequences become U+FFFD as Go's conversions do. */
function decodeUtf8(b: number[]): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    if (n === 0 || i + n > b.length) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = n === 1 ? c : c & (0xff >> (n + 1));
    let ok = true;
    for (let k = 1; k < n; k++) {
      if ((b[i + k] & 0xc0) !== 0x80) ok = false;
      cp = (cp << 6) | (b[i + k] & 0x3f);
    }
    out += ok ? String.fromCodePoint(cp) : '\ufffd';
    i += ok ? n : 1;
  }
  return out;
}
