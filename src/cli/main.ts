// The `gomaplab` command line: the same engine as the browser, on Node.
//
// Subcommands live in the table below, one file each.
import { pathToFileURL } from 'node:url';
import { checkCommand, checkUsage } from './check.ts';
import { runCommand, runUsage } from './run.ts';
import { lessonsCommand, lessonsUsage } from './lessons.ts';
import { exploreCommand, exploreUsage } from './explore.ts';
import { exitOK, exitUsage, processIO, type CliIO } from './io.ts';

interface Subcommand {
  summary: string;
  usage: string;
  run(args: readonly string[], io: CliIO): number;
}

const subcommands: Record<string, Subcommand> = {
  check: { summary: 'type-check a Go file and print errors and vet warnings as Go does', usage: checkUsage, run: checkCommand },
  run: { summary: 'run a Go file as go run does (--seed N, --procs N, --trace out.jsonl)', usage: runUsage, run: runCommand },
  explore: { summary: 'search schedules for a failing one (--check to check a fix, --preemptions K, --json)', usage: exploreUsage, run: (args, io) => exploreCommand(args, io) },
  lessons: { summary: 'lessons check: verify every claim the lessons make', usage: lessonsUsage, run: lessonsCommand },
};

export function usage(): string {
  const lines = Object.entries(subcommands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['Go Map Lab on the command line.', '', 'usage: gomaplab <command> [arguments]', '', 'commands:', ...lines, '', "Exit status: 2 for bad usage; check: 0 ok, 1 errors found or file unreadable; run: the program's own (0, 1 build failed, 2 panic or fatal error, n for os.Exit(n)); explore: 2 failing schedule found, 0 none, 1 build failed.", ''].join('\n');
}

/**
 * Runs the command line `args` (without `node` and the script) and returns the exit status.
 * @example main(['check', 'prog.go'], processIO) // 1 if prog.go has errors
 */
export function main(args: readonly string[], io: CliIO = processIO): number {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr(usage());
    return exitUsage;
  }
  if (name === 'help' || name === '-h' || name === '--help') {
    io.stdout(usage());
    return exitOK;
  }
  const command = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!command) {
    io.stderr(`gomaplab: unknown command "${name}"\n\n${usage()}`);
    return exitUsage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.usage + '\n');
    return exitOK;
  }
  try {
    return command.run(rest, io);
  } catch (error) {
    // The engine reports its own bugs as diagnostics; anything else is a bug here, said plainly.
    io.stderr(`gomaplab: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// Run when executed directly (`tsx src/cli/main.ts`); bin/gomaplab.mjs calls main() itself.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
