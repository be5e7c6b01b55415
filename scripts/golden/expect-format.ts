// Reads and writes the `.expect` files of the crash corpus: the outcome a concurrent program should have.
//
// Format (documented in src/engine/testdata/README.md):
//
//   crash: concurrent map writes        ← the fatal error message Go prints after `fatal error: `
//
// or, for a program that must finish cleanly,
//
//   clean
//   -- stdout --
//   <exact expected stdout>
//
// Crash programs are nondeterministic in real Go (whether and when the runtime's check fires depends
// on how the threads interleave), so only the kind of outcome is fixed, not a full transcript.

export type Expectation = { kind: 'crash'; message: string } | { kind: 'clean'; stdout: string };

export type ExpectParse = { ok: true; expect: Expectation } | { ok: false; error: string };

export function formatExpect(expect: Expectation): string {
  if (expect.kind === 'crash') return `crash: ${expect.message}\n`;
  return `clean\n-- stdout --\n${expect.stdout}`;
}

/** Parses a `.expect` file. Never throws. */
export function parseExpect(text: string): ExpectParse {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  if (first.startsWith('crash: ')) {
    const message = first.slice('crash: '.length).trim();
    if (message === '') return { ok: false, error: 'crash without a message' };
    if (rest.trim() !== '') return { ok: false, error: 'text after the crash line' };
    return { ok: true, expect: { kind: 'crash', message } };
  }
  if (first === 'clean') {
    const header = '-- stdout --\n';
    if (!rest.startsWith(header)) return { ok: false, error: 'clean outcome without "-- stdout --"' };
    return { ok: true, expect: { kind: 'clean', stdout: rest.slice(header.length) } };
  }
  return { ok: false, error: `first line must be "clean" or "crash: <message>", not "${first}"` };
}
