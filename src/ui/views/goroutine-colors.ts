// One colour per goroutine, shared by every view (editor highlights, rows, timeline lanes, map slots).
//
// The palette is dark enough for text on the app's light panels (#fff and --bg #fbfbfa) to meet
// WCAG AA (4.5:1; checked in goroutine-colors.test.ts), and neighbouring ids get hues far apart, so
// g2 and g3 — the usual pair in a crash — never look alike. Colour is never the only cue: every
// view also names the goroutine (g7) in text.

const palette = [
  '#1d4ed8', // g1 (main): blue
  '#c2410c', // orange
  '#7e22ce', // purple
  '#15803d', // green
  '#be185d', // pink
  '#0f766e', // teal
  '#a16207', // ochre
  '#4338ca', // indigo
  '#b91c1c', // red
  '#0369a1', // sky
  '#86198f', // fuchsia
  '#4d7c0f', // olive
] as const;

/** Hidden runtime goroutines (timers, ids above 1,000,000) and "no goroutine" are grey. */
const runtimeGrey = '#57606a';

/** Ids above this are the runtime's hidden timer goroutines (see trace/events.ts). */
export const hiddenGoroutineBase = 1_000_000;

/**
 * The colour of goroutine `id`: stable for a given id, the same in every view.
 * @example goroutineColor(1) // '#1d4ed8'
 */
export function goroutineColor(id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0 || id > hiddenGoroutineBase) return runtimeGrey;
  return palette[(id - 1) % palette.length];
}

/**
 * A light tint of the goroutine's colour for backgrounds (a highlighted line, a slot), as
 * `rgba(…)`; text drawn on it stays readable because the tint is mostly transparent.
 */
export function goroutineTint(id: number, alpha = 0.16): string {
  const hex = goroutineColor(id);
  const n = Number.parseInt(hex.slice(1), 16);
  const a = Math.min(1, Math.max(0, Number.isFinite(alpha) ? alpha : 0.16));
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

/** How many distinct colours there are before they repeat. */
export const goroutinePaletteSize = palette.length;
