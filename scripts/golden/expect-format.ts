// Reads and writes the `.expect` files of the crash corpus: the outcome a concurrent program should have.
//
// Format (documented in src/engine/testdata/README.md):
//
//   crash: concurrent map writes        ← the fatal error message Go prints after `fatal error: `
//   crash: bad map state                ← optional further lines: rarer messages also accepted
//
// or, for a program that must finish cleanly,
//
//   clean
//   -- stdout --
//   <exact expected stdout>
//
// Crash programs are nondeterministic in real Go (whether and when the runtime's check fires depends
// on how the threads interleave), so only the kind of outcome is fixed, not a full transcript.

/** `messages[0]` is the usual outcome; any further message is a rarer one that real Go also produced. */
export type Expectation = { kind: 'crash'; messages: string[] } | { kind: 'clean'; stdout: string };

export type ExpectParse = { ok: true; expect: Expectation } | { ok: false; error: string };

export function formatExpect(expect: Expectation): string {
  if (expect.kind === 'crash') return expect.messages.map((m) => `crash: ${m}\n`).join('');
  return `clean\n-- stdout --\n${expect.stdout}`;
}

/** Parses a `.expect` file. Never throws. */
export function parseExpect(text: string): ExpectParse {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  if (first.startsWith('crash: ')) {
    const lines = text.split('\n');
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const messages: string[] = [];
    for (const line of lines) {
      if (!line.startsWith('crash: ')) return { ok: false, error: `expected "crash: <message>", not "${line}"` };
      const message = line.slice('crash: '.length).trim();
      if (message === '') return { ok: false, error: 'crash without a message' };
      messages.push(message);
    }
    return { ok: true, expect: { kind: 'crash', messages } };
  }
  if (first === 'clean') {
    const header = '-- stdout --\n';
    if (!rest.startsWith(header)) return { ok: false, error: 'clean outcome without "-- stdout --"' };
    return { ok: true, expect: { kind: 'clean', stdout: rest.slice(header.length) } };
  }
  return { ok: false, error: `first line must be "clean" or "crash: <message>", not "${first}"` };
}
