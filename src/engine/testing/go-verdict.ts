// Judging a corpus file against what Go said about it: the rule shared by the oracle script and the recorded-verdict test.
import { corpusProblems } from './corpus-rules.ts';
import { parseMarkers } from './markers.ts';
import { describeMismatch, matchMarkers, type Finding } from './match-markers.ts';

/** What Go 1.23 said about one corpus file. */
export interface GoVerdict {
  /** `go build -gcflags=-e` errors. */
  build: Finding[];
  /** `go vet` warnings, or null when vet did not run because the build failed. */
  vet: Finding[] | null;
}

/**
 * Disagreements between a file's markers and Go's verdict, as text ('' when they agree).
 * `rel` is the path under testdata (`ok/x.go`, `errors/y.go`). UNSUPPORTED markers expect nothing
 * from Go, since Go accepts what they mark.
 */
export function judgeVerdict(rel: string, source: string, v: GoVerdict): string {
  const { markers, problems } = parseMarkers(source);
  if (problems.length) return problems.map((p) => `${rel}:${p}`).join('\n');
  const rules = corpusProblems(rel.startsWith('ok/') ? 'ok' : 'errors', markers);
  if (rules.length) return rules.map((p) => `${rel}: ${p}`).join('\n');
  const expected = markers.filter((m) => m.kind !== 'UNSUPPORTED');
  return describeMismatch(rel, matchMarkers(expected, [...v.build, ...(v.vet ?? [])]));
}
