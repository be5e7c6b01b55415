// strconv.Quote as fmt's %q uses it, on byte strings: Go escapes, \x for bytes that are not printable.
import { decodeRune } from '../values/bytes.ts';

export function goQuote(s: string): string {
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

/** strconv.QuoteToASCII (%+q): runes beyond ASCII as \u or \U escapes. */
export function goQuoteASCII(s: string): string {
  const q = goQuote(s);
  let out = '';
  for (let i = 0; i < q.length; ) {
    const c = q.charCodeAt(i);
    if (c < 0x80) {
      out += q[i++];
      continue;
    }
    const [r, w] = decodeRune(q, i);
    out += r === 0xfffd && w === 1 ? `\\x${c.toString(16).padStart(2, '0')}` : r < 0x10000 ? `\\u${r.toString(16).padStart(4, '0')}` : `\\U${r.toString(16).padStart(8, '0')}`;
    i += w;
  }
  return out;
}

/** strconv.CanBackquote (%#q): no backquote, no control characters but tab, valid UTF-8. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    if (r === 0xfffd && w === 1) return false;
    if (r === 0x60 || r === 0xfeff || (r < 0x20 && r !== 0x09) || r === 0x7f) return false;
    i += w;
  }
  return true;
}
