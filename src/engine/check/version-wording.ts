// gc's wording of a few errors before Go 1.20, which rephrased them (measured with Debian's Go
// 1.19: `x declared but not used`, `imported and not used: "os"`; 1.20+ prints
// `declared and not used: x` and `"os" imported and not used`).

/** `message` as gc of Go 1.`minor` prints it. */
export function wordedFor(message: string, minor: number): string {
  if (minor >= 20) return message;
  const declared = /^declared and not used: (.+)$/.exec(message);
  if (declared) return `${declared[1]} declared but not used`;
  const imported = /^("[^"]*") imported and not used$/.exec(message);
  if (imported) return `imported and not used: ${imported[1]}`;
  return message;
}
