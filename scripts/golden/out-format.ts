// Reads and writes the `.out` golden format: a program's stdout, normalised stderr and exit status.
//
// The format (documented in src/engine/testdata/README.md) is txtar-like, three sections in a fixed order:
//
//   -- stdout --
//   <bytes, verbatim>
//   -- stderr --
//   <normalised bytes>
//   -- exit --
//   2
//
// A section's text is everything between its header line and the next header. When the text does not
// end with a newline, the header says so (`-- stdout (no final newline) --`) and the writer adds one
// line break that the reader removes again, so every byte of output survives a round trip. Only these
// exact header lines, in this order, are headers; a program that prints `-- stderr --` itself would be
// ambiguous, so the corpus has none.

export interface RunOutcome {
  stdout: string;
  stderr: string;
  /** Process exit status: 0, os.Exit's argument, 2 for panics and fatal errors. */
  exit: number;
}

const noFinalNewline = ' (no final newline)';

function section(name: string, text: string): string {
  if (text === '' || text.endsWith('\n')) return `-- ${name} --\n${text}`;
  return `-- ${name}${noFinalNewline} --\n${text}\n`;
}

/** Formats an outcome as the text of a `.out` file. */
export function formatOut(outcome: RunOutcome): string {
  return section('stdout', outcome.stdout) + section('stderr', outcome.stderr) + `-- exit --\n${outcome.exit}\n`;
}

export type ParseResult = { ok: true; outcome: RunOutcome } | { ok: false; error: string };

/** Parses the text of a `.out` file. Never throws: a malformed file is reported as `{ ok: false }`. */
export function parseOut(text: string): ParseResult {
  const lines = text.split('\n');
  const headers = [
    { name: 'stdout', at: -1, trimmed: false },
    { name: 'stderr', at: -1, trimmed: false },
    { name: 'exit', at: -1, trimmed: false },
  ];
  let next = 0;
  for (let i = 0; i < lines.length && next < headers.length; i++) {
    const h = headers[next];
    if (lines[i] === `-- ${h.name} --`) h.at = i;
    else if (h.name !== 'exit' && lines[i] === `-- ${h.name}${noFinalNewline} --`) {
      h.at = i;
      h.trimmed = true;
    } else continue;
    next++;
  }
  if (next < headers.length) return { ok: false, error: `missing section "-- ${headers[next].name} --"` };
  if (headers[0].at !== 0) return { ok: false, error: 'text before "-- stdout --"' };

  const body = (index: number): string => {
    const from = headers[index].at + 1;
    const to = index + 1 < headers.length ? headers[index + 1].at : lines.length;
    // Every line before the next header was terminated by a line break.
    const joined = lines.slice(from, to).map((line) => `${line}\n`).join('');
    return headers[index].trimmed ? joined.replace(/\n$/, '') : joined;
  };
  const exitText = body(2).trim();
  if (!/^\d+$/.test(exitText)) return { ok: false, error: `exit status "${exitText}" is not a number` };
  return { ok: true, outcome: { stdout: body(0), stderr: body(1), exit: Number(exitText) } };
}
