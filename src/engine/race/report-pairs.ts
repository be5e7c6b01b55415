// Reads race reports back from output text, ours or Go's: for each report, the two accesses as
// `read 16 write 16` (current, then previous, with their lines). Tests and the comparison with real
// Go (compare-go.ts) use it; addresses, PC offsets and paths do not matter to it.

export interface RacePair {
  op: 'read' | 'write';
  line: number;
  prevOp: 'read' | 'write';
  prevLine: number;
}

/** The line of the innermost user frame (`prog.go:N`, any path) after a header line. */
function firstUserLine(lines: string[], from: number, fileName: string): number {
  for (let i = from + 1; i < lines.length && lines[i].trim() !== '' && !lines[i].startsWith('='); i++) {
    const m = /^\s+(\S+):(\d+)/.exec(lines[i]);
    if (m && (m[1] === fileName || m[1].endsWith(`/${fileName}`))) return Number(m[2]);
  }
  return 0;
}

export function racePairs(text: string, fileName = 'prog.go'): RacePair[] {
  const lines = text.split('\n');
  const out: RacePair[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== 'WARNING: DATA RACE') continue;
    let cur: { op: 'read' | 'write'; line: number } | null = null;
    for (let j = i + 1; j < lines.length && !lines[j].startsWith('=='); j++) {
      const h = /^(Previous )?(Read|Write|read|write)\b.* by /.exec(lines[j]);
      if (!h) continue;
      const op = h[2].toLowerCase() as 'read' | 'write';
      const line = firstUserLine(lines, j, fileName);
      if (!h[1]) cur = { op, line };
      else if (cur) out.push({ ...cur, prevOp: op, prevLine: line });
    }
  }
  return out;
}

/** `read 16 write 16`: the form the testdata's `// race:` lines use. */
export function pairText(p: RacePair): string {
  return `${p.op} ${p.line} ${p.prevOp} ${p.prevLine}`;
}
