// The Go versions a lesson step can be pinned to, and the ones an unpinned step is checked under.
//
// A step written for one map design says `go: 1.23` (bucket map) or `go: 1.26` (Swiss table);
// a step without a pin must hold in both, because it runs with whatever version the learner chose.

/** The versions a `go:` line may name: the newest release of each behaviour the engine models. */
export const lessonGoVersions = ['1.21', '1.23', '1.26'] as const;
export type LessonGoVersion = (typeof lessonGoVersions)[number];

/** An unpinned step is checked under each of these: the last bucket-map Go and today's Swiss-table Go. */
export const bothDesigns: readonly LessonGoVersion[] = ['1.23', '1.26'];

/** `1.23` → '1.23'; anything else → null. */
export function lessonGoVersion(text: string): LessonGoVersion | null {
  const t = text.trim();
  return (lessonGoVersions as readonly string[]).includes(t) ? (t as LessonGoVersion) : null;
}

/** True when `version` (a "1.N" string) models maps as Swiss tables (Go 1.24 and later). */
export function isSwissVersion(version: string | undefined): boolean {
  const m = /^(?:go)?1\.(\d+)/.exec(version ?? '');
  return m !== null && Number(m[1]) >= 24;
}

/** "Go 1.23 (bucket map)", "Go 1.26 (Swiss table)": a version with the map design it runs. */
export function describeGoVersion(version: string): string {
  if (isSwissVersion(version)) return `Go ${version} (Swiss table)`;
  return version === '1.21' ? 'Go 1.21 (bucket map, shared loop variables)' : `Go ${version} (bucket map)`;
}

/**
 * The version an unpinned step runs as for a learner who chose `chosen`: that version when the
 * step is checked under it, else the checked version of the same map design (Go 1.21 shares loop
 * variables, which no unpinned step is checked for, so it runs as 1.23).
 */
export function unpinnedRunVersion(chosen: string): LessonGoVersion {
  if ((bothDesigns as readonly string[]).includes(chosen)) return chosen as LessonGoVersion;
  return isSwissVersion(chosen) ? '1.26' : '1.23';
}

/** The versions a step is checked under: its pin, or both map designs. */
export function checkedVersions(pin: LessonGoVersion | null): readonly LessonGoVersion[] {
  return pin ? [pin] : bothDesigns;
}
