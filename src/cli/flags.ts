// Command-line flags as the go command takes them: `-x`, `--x`, `-x=v`, `-x v`, booleans as
// `-race` or `-race=false`, anywhere on the line; exactly one .go file.

export interface Flag {
  /** The flag as written, without its value (`--seed`), for messages. */
  arg: string;
  name: string;
  /** A boolean flag's setting, or a valued flag's text. */
  value: string | boolean;
}

/** The one Go file and the flags in order, or the usage error to print. */
export function parseFlags(args: readonly string[], spec: { booleans: readonly string[]; valued: readonly string[] }): { file: string; flags: Flag[] } | string {
  const files: string[] = [];
  const flags: Flag[] = [];
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (eq >= 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const name = arg.replace(/^--?/, '');
    if (spec.booleans.includes(name)) {
      if (value !== undefined && value !== 'true' && value !== 'false') return `invalid boolean value "${value}" for flag ${arg}`;
      flags.push({ arg, name, value: value !== 'false' });
      continue;
    }
    if (!spec.valued.includes(name)) return `unknown flag ${arg}`;
    if (value === undefined) {
      if (i + 1 >= args.length) return `flag needs an argument: ${arg}`;
      value = args[++i];
    }
    flags.push({ arg, name, value });
  }
  if (files.length !== 1) return files.length === 0 ? 'no Go file given' : `one file at a time, got ${files.length}`;
  if (!files[0].endsWith('.go')) return `${files[0]} is not a .go file`;
  return { file: files[0], flags };
}

/** The Go versions `--go` accepts. */
export const goVersions = ['1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];
/** Without `--go`, today's Go: Swiss-table maps. `--go 1.23` gives the bucket map most write-ups describe. */
export const defaultGoVersion = '1.26';

/** `--go 1.21` (or `go1.21`) as a version, or the usage error. */
export function goVersionFlag(f: Flag): { version: string } | string {
  const v = String(f.value).replace(/^go/, '');
  return goVersions.includes(v) ? { version: v } : `invalid value "${String(f.value)}" for flag ${f.arg}: Go version must be one of ${goVersions.join(', ')}`;
}
