// A trace as bytes: the exact encoding two runs must share to count as the same run.
import type { TraceData } from './writer.ts';
import { toByteString } from '../runtime/values/bytes.ts';

/**
 * Concatenates the columns (little-endian, as typed arrays are on every platform the lab runs
 * on) after a JSON block holding the header, counts, string table and side table.
 */
export function encodeTrace(t: TraceData): Uint8Array {
  // UTF-8 by hand: the engine's lib has no TextEncoder.
  const metaText = toByteString(
    JSON.stringify({ header: t.header, count: t.count, ints: t.data.length, nums: t.nums.length, strings: t.strings, extras: t.extras }),
  );
  const meta = new Uint8Array(metaText.length);
  for (let i = 0; i < metaText.length; i++) meta[i] = metaText.charCodeAt(i);
  const parts = [
    new Uint8Array(new Uint32Array([meta.length]).buffer),
    meta,
    new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength),
    new Uint8Array(t.offsets.buffer, t.offsets.byteOffset, t.offsets.byteLength),
    new Uint8Array(t.nums.buffer, t.nums.byteOffset, t.nums.byteLength),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
