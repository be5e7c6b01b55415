// Expectation markers in Go test files: `/* ERROR "rx" */` (column-exact) and `// ERROR "rx"` (line-exact).
//
// The rule, stated once (also in check/testdata/README.md):
// - A general comment `/* KIND "rx" */` marks the position of the first character after it that is
//   not a space, a tab, or another marker comment. Usually that is the token the diagnostic points at;
//   when the comment ends its line it is the newline (where gc reports "unexpected newline").
// - A line comment `// KIND "rx"` marks its own line, any column.
// - KIND is ERROR (a compile error Go reports), WARNING (a go vet warning) or UNSUPPORTED (a lab
//   "not supported yet" error where Go itself accepts the program).
// - "rx" is a regular expression searched for (unanchored, as go/types does) in the whole message,
//   including the tab-indented continuation lines of multi-line messages. Inside "…" only `\"` is an
//   escape (it stands for `"`); every other backslash reaches the regexp unchanged. `…` is raw.
// - One comment may hold several items: `/* ERROR "a" ERROR "b" */`.
// - A comment whose text starts with a KIND word is a marker and must be well formed; a malformed
//   one is reported as a problem rather than silently ignored.
import { SourceFile } from '../source/source-file.ts';

export type MarkerKind = 'ERROR' | 'WARNING' | 'UNSUPPORTED';

export interface Marker {
  kind: MarkerKind;
  /** Regexp source as written in the marker. */
  pattern: string;
  regexp: RegExp;
  /** 1-based line the expected diagnostic is on. */
  line: number;
  /** 1-based UTF-8 byte column, or null for a line-exact `//` marker. */
  column: number | null;
}

export interface MarkerParse {
  markers: Marker[];
  /** Malformed markers, as `line:col: problem`; a test file with problems is itself wrong. */
  problems: string[];
}

const kindWords: readonly MarkerKind[] = ['ERROR', 'WARNING', 'UNSUPPORTED'];

interface Comment {
  start: number;
  /** Offset just past the comment (past `*\/`, or at the newline ending a line comment). */
  end: number;
  body: string;
  general: boolean;
}

/** Finds the comments of a Go text, skipping string, raw string and rune literals. Never throws. */
export function scanComments(text: string): Comment[] {
  const out: Comment[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      let j = i + 2;
      while (j < text.length && text[j] !== '\n') j++;
      out.push({ start: i, end: j, body: text.slice(i + 2, j), general: false });
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const j = close < 0 ? text.length : close + 2;
      out.push({ start: i, end: j, body: text.slice(i + 2, close < 0 ? text.length : close), general: true });
      i = j;
    } else if (c === '"' || c === "'") {
      // Interpreted string or rune: ends at the matching quote, or (unterminated) at the newline.
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j < text.length && text[j] === c ? j + 1 : j;
    } else if (c === '`') {
      const close = text.indexOf('`', i + 1);
      i = close < 0 ? text.length : close + 1;
    } else i++;
  }
  return out;
}

interface Item {
  kind: MarkerKind;
  pattern: string;
}

/** Parses `KIND "rx" KIND `rx` …`; returns null when the body is not a marker, a string when malformed. */
export function parseMarkerBody(body: string): Item[] | string | null {
  const s = body.trim();
  const first = /^([A-Z]+)(?=\s|$)/.exec(s);
  if (!first || !kindWords.includes(first[1] as MarkerKind)) return null;
  const items: Item[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    const word = /^[A-Z]+/.exec(s.slice(i));
    if (!word || !kindWords.includes(word[0] as MarkerKind)) return `expected ERROR, WARNING or UNSUPPORTED at "${s.slice(i)}"`;
    const kind = word[0] as MarkerKind;
    i += word[0].length;
    while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
    const q = s[i];
    if (q === '`') {
      const close = s.indexOf('`', i + 1);
      if (close < 0) return `unterminated raw pattern after ${kind}`;
      items.push({ kind, pattern: s.slice(i + 1, close) });
      i = close + 1;
    } else if (q === '"') {
      let j = i + 1;
      let pattern = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && s[j + 1] === '"') {
          pattern += '"';
          j += 2;
        } else if (s[j] === '\\' && j + 1 < s.length) {
          pattern += s[j] + s[j + 1];
          j += 2;
        } else pattern += s[j++];
      }
      if (j >= s.length) return `unterminated pattern after ${kind}`;
      items.push({ kind, pattern });
      i = j + 1;
    } else return `${kind} must be followed by a quoted pattern`;
  }
  return items;
}

/** Collects every marker of a Go test file with the position it expects a diagnostic at. */
export function parseMarkers(text: string): MarkerParse {
  const file = new SourceFile('markers', text);
  const comments = scanComments(text);
  const parsed = comments.map((c) => ({ c, items: parseMarkerBody(c.body) }));
  const isMarkerAt = new Map<number, number>(); // start offset → end offset, for marker general comments
  for (const { c, items } of parsed) if (c.general && Array.isArray(items)) isMarkerAt.set(c.start, c.end);

  const markers: Marker[] = [];
  const problems: string[] = [];
  for (const { c, items } of parsed) {
    if (items === null) continue;
    const at = file.position(c.start);
    if (typeof items === 'string') {
      problems.push(`${at.line}:${at.column}: ${items}`);
      continue;
    }
    if (items.length === 0) {
      problems.push(`${at.line}:${at.column}: marker without items`);
      continue;
    }
    if (c.general && c.body.includes('\n')) {
      problems.push(`${at.line}:${at.column}: a marker comment must stay on one line`);
      continue;
    }
    let line = at.line;
    let column: number | null = null;
    if (c.general) {
      let p = c.end;
      for (;;) {
        while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
        const next = isMarkerAt.get(p);
        if (next === undefined) break;
        p = next;
      }
      const pos = file.position(p);
      line = pos.line;
      column = pos.column;
    }
    for (const item of items) {
      let regexp: RegExp;
      try {
        regexp = new RegExp(item.pattern);
      } catch (e) {
        problems.push(`${at.line}:${at.column}: bad regexp ${JSON.stringify(item.pattern)}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      markers.push({ kind: item.kind, pattern: item.pattern, regexp, line, column });
    }
  }
  return { markers, problems };
}
