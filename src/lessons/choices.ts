// A learner's manual schedule written down for a lesson: the goroutine chosen at each step.
//
// A by-hand challenge's solution file (`.txt`) lists goroutine ids in the order they are chosen,
// separated by spaces or new lines, with `#` comments: `1 1 1 1 1 1  2 2 2  3 3`. Each choice runs
// that goroutine for one scheduling step, as the player's manual mode does ([g, 1] pairs).

/** The choices as flat [g, 1] pairs, or a message saying what is wrong. */
export function parseChoices(text: string): number[] | string {
  const out: number[] = [];
  const words = String(text).replace(/#[^\n]*/g, ' ').split(/\s+/).filter((w) => w !== '');
  for (const w of words) {
    if (!/^[1-9]\d{0,6}$/.test(w)) return `choices are goroutine numbers, got "${w}"`;
    out.push(Number(w), 1);
  }
  if (out.length === 0) return 'no choices written';
  return out;
}

/** `g1 ×6, g2 ×3, g3 ×2`: a schedule of [g, 1] pairs in words, runs of one goroutine grouped. */
export function describeChoices(pairs: readonly number[]): string {
  const runs: [number, number][] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const last = runs[runs.length - 1];
    if (last && last[0] === pairs[i]) last[1] += pairs[i + 1];
    else runs.push([pairs[i], pairs[i + 1]]);
  }
  return runs.map(([g, n]) => (n === 1 ? `g${g}` : `g${g} ×${n}`)).join(', ');
}
