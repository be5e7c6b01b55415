// What the CLI needs from its surroundings, so tests can run commands without a process.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

export interface CliIO {
  /** Reads a UTF-8 text file; throws a Node error (with `code`) when it cannot. */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Writes a UTF-8 text file from its pieces, in order (run --trace streams a long trace this
   * way); throws a Node error when it cannot. Optional for commands that only read.
   */
  writeFile?(path: string, chunks: Iterable<string>): void;
}

export const processIO: CliIO = {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  writeFile: (path, chunks) => {
    const fd = openSync(path, 'w');
    try {
      for (const chunk of chunks) writeSync(fd, chunk, null, 'utf8');
    } finally {
      closeSync(fd);
    }
  },
};

/** Exit statuses, as `go` uses them: 1 for a failed build or command, 2 for bad usage. */
export const exitOK = 0;
export const exitFailed = 1;
export const exitUsage = 2;

/** A readable reason for a failed read: `no such file or directory`, not an ENOENT stack trace. */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
