// What makes a checker-corpus file well formed, checked by the golden test and by the Go oracle script alike.
import type { Marker } from './markers.ts';

/** gc lists at most 10 errors without -e; keeping under that lets plain `go build` show every case. */
export const maxErrorMarkers = 10;

/** Problems with a corpus file's markers as a whole ('ok' files: none; 'errors' files: a consistent set). */
export function corpusProblems(suite: 'ok' | 'errors', markers: readonly Marker[]): string[] {
  const count = (kind: Marker['kind']) => markers.filter((m) => m.kind === kind).length;
  if (suite === 'ok') return markers.length ? ['an ok file must hold no markers'] : [];
  const problems: string[] = [];
  if (markers.length === 0) problems.push('an errors file must hold at least one marker');
  if (count('ERROR') > maxErrorMarkers) problems.push(`more than ${maxErrorMarkers} ERROR markers: gc stops listing after 10`);
  // go vet only runs on a package that builds, so Go could never confirm these warnings.
  if (count('WARNING') && count('ERROR')) problems.push('WARNING markers need a file without ERROR markers (vet runs only when the build succeeds)');
  return problems;
}
