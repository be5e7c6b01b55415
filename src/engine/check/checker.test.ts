// Table tests for the checker: each row is a small program and the errors Go 1.23 reports for it.
//
// Every `want` list (testdata/checker-table.json) was produced by real Go (`go build -gcflags=-e prog.go`, go1.23, this
// machine's /usr/lib/go-1.23) and pasted unchanged apart from `./prog.go` → `prog.go` and the GOROOT
// directory → `$GOROOT` (machine-specific, printed as such by the lab); rows with no
// errors are programs Go accepts. The checker must report exactly these lines, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { positionDiagnostic, sortDiagnostics } from '../source/diagnostic.ts';
import { SourceFile } from '../source/source-file.ts';
import { parseFile } from '../syntax/parser.ts';
import { checkFile } from './checker.ts';

interface Row {
  name: string;
  src: string;
  want: string[];
}

/** All errors (no gc cap of 10), formatted as gc prints them. */
function check(src: string): string[] {
  const file = new SourceFile('prog.go', src);
  const parsed = parseFile(file);
  const syntax = parsed.diagnostics.filter((d) => d.severity === 'error');
  const ds = syntax.length > 0 ? syntax : checkFile(file, parsed.ast).diagnostics.filter((d) => d.severity === 'error');
  return sortDiagnostics(ds).map((d) => {
    const p = positionDiagnostic(file, d);
    return `prog.go:${p.line}:${p.column}: ${d.message}`;
  });
}

/** The rows, one program each with its `want` lines, kept as data in testdata/checker-table.json. */
const rows: Row[] = JSON.parse(readFileSync(new URL('./testdata/checker-table.json', import.meta.url), 'utf8')) as Row[];

describe('checker table (expected output from Go 1.23)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(check(row.src)).toEqual(row.want);
  });

  it('covers both accepted and rejected programs', () => {
    expect(rows.filter((r) => r.want.length > 0).length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.want.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
