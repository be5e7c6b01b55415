// Raw-DEFLATE unpacking that stops as soon as the output passes a cap (a "zip bomb" guard).
//
// fflate's one-shot inflateSync can write into a caller's buffer, but it silently truncates and
// keeps decoding the whole input; the streaming Inflate lets us feed small slices and give up after
// the first slice that overflows, so the work done is bounded by the cap plus one slice's expansion
// (DEFLATE expands at most ~1032:1, so 1 KiB of input yields at most ~1 MiB).
import { Inflate } from 'fflate';

const sliceBytes = 1024;

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' };

export function inflateBounded(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    if (data.length === 0) return { ok: false, reason: 'corrupt' };
    for (let at = 0; at < data.length; at += sliceBytes) {
      const end = Math.min(data.length, at + sliceBytes);
      inflater.push(data.subarray(at, end), end === data.length);
      if (total > maxBytes) return { ok: false, reason: 'too-large' };
    }
  } catch {
    // fflate throws on invalid block types, bad Huffman codes, distances before the start, and truncation.
    return { ok: false, reason: 'corrupt' };
  }
  if (!ended) return { ok: false, reason: 'corrupt' };
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    bytes.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes };
}
