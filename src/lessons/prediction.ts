// Comparing a learner's prediction with the answer: spacing and letter case do not matter.

/** `  Map[A:1   b:2] ` and `map[a:1 b:2]` compare equal. */
export function normalizeAnswer(text: string): string {
  return String(text).trim().replace(/\s+/g, ' ').toLowerCase();
}

export function predictionMatches(guess: string, answer: string): boolean {
  const g = normalizeAnswer(guess);
  return g !== '' && g === normalizeAnswer(answer);
}
