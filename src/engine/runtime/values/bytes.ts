// Go strings are byte sequences: the VM keeps them as JS strings of byte values (0–255).

/** UTF-8 encodes a JS string into a byte string (for literals and conversions from text). */
export function toByteString(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Decodes a byte string as UTF-8 for display; invalid bytes become U+FFFD as Go's printing does. */
export function fromByteString(bytes: string): string {
  let ascii = true;
  for (let i = 0; i < bytes.length && ascii; i++) if (bytes.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) return bytes;
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const [r, w] = decodeRune(bytes, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}

/** Decodes one rune at byte offset i: [rune, width], with Go's RuneError (0xFFFD, width 1) for bad bytes. */
export function decodeRune(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const need = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 0;
  if (need === 0 || i + need > s.length || b0 > 0xf4) return [0xfffd, 1];
  let cp = b0 & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
  for (let k = 1; k < need; k++) {
    const b = s.charCodeAt(i + k);
    if ((b & 0xc0) !== 0x80) return [0xfffd, 1];
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = need === 2 ? 0x80 : need === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [0xfffd, 1];
  return [cp, need];
}
