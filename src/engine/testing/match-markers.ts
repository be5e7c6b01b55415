// Matching diagnostics against expectation markers: every marker needs one diagnostic, every diagnostic one marker.
import type { Marker, MarkerKind } from './markers.ts';

/** A diagnostic from any source (our checker, or Go's output), reduced to what markers talk about. */
export interface Finding {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  /** Our diagnostic code; absent for findings parsed from Go's output. */
  code?: string;
}

export interface MatchResult {
  ok: boolean;
  unmatchedMarkers: Marker[];
  unexpected: Finding[];
}

/** Which findings a marker kind accepts. Go's findings carry no code, so they never satisfy UNSUPPORTED. */
export function kindAccepts(kind: MarkerKind, f: Finding): boolean {
  const unsupported = f.code !== undefined && f.code.startsWith('unsupported');
  switch (kind) {
    case 'ERROR':
      return f.severity === 'error' && !unsupported;
    case 'UNSUPPORTED':
      return f.severity === 'error' && unsupported;
    case 'WARNING':
      return f.severity === 'warning';
  }
}

export function markerAccepts(m: Marker, f: Finding): boolean {
  return kindAccepts(m.kind, f) && m.line === f.line && (m.column === null || m.column === f.column) && m.regexp.test(f.message);
}

/**
 * Pairs markers with findings so that as many as possible are matched (a maximum bipartite matching,
 * so the order of markers on a line never decides the outcome), then reports what is left on either side.
 */
export function matchMarkers(markers: readonly Marker[], findings: readonly Finding[]): MatchResult {
  const candidates = markers.map((m) => findings.flatMap((f, i) => (markerAccepts(m, f) ? [i] : [])));
  const owner = new Array<number>(findings.length).fill(-1); // finding index → marker index
  const tryAssign = (mi: number, seen: boolean[]): boolean => {
    for (const fi of candidates[mi]) {
      if (seen[fi]) continue;
      seen[fi] = true;
      if (owner[fi] < 0 || tryAssign(owner[fi], seen)) {
        owner[fi] = mi;
        return true;
      }
    }
    return false;
  };
  const matched = new Set<number>();
  for (let mi = 0; mi < markers.length; mi++) {
    if (tryAssign(mi, new Array<boolean>(findings.length).fill(false))) matched.add(mi);
  }
  const unmatchedMarkers = markers.filter((_, mi) => !matched.has(mi));
  const unexpected = findings.filter((_, fi) => owner[fi] < 0);
  return { ok: unmatchedMarkers.length === 0 && unexpected.length === 0, unmatchedMarkers, unexpected };
}

/** `12:5: ERROR "rx"` or `12: ERROR "rx"` (line-exact). */
export function formatMarker(m: Marker): string {
  return `${m.line}${m.column === null ? '' : `:${m.column}`}: ${m.kind} ${JSON.stringify(m.pattern)}`;
}

/** `12:5: message` with `(warning)` / `[code]` where that matters for matching. */
export function formatFinding(f: Finding): string {
  const tags = [f.severity === 'warning' ? 'warning' : '', f.code ?? ''].filter(Boolean).join(' ');
  return `${f.line}:${f.column}: ${f.message}${tags ? ` [${tags}]` : ''}`;
}

/** A readable account of a failed match, naming the file; empty when everything matched. */
export function describeMismatch(fileName: string, r: MatchResult): string {
  const lines: string[] = [];
  for (const m of r.unmatchedMarkers) lines.push(`${fileName}:${formatMarker(m)} — no matching diagnostic`);
  for (const f of r.unexpected) lines.push(`${fileName}:${formatFinding(f)} — unexpected diagnostic`);
  return lines.join('\n');
}
