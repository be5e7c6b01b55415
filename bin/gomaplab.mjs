#!/usr/bin/env node
// The `gomaplab` command: loads the TypeScript CLI through tsx (no build step) and runs it.
import { tsImport } from 'tsx/esm/api';

let cli;
try {
  cli = await tsImport('../src/cli/main.ts', import.meta.url);
} catch (error) {
  process.stderr.write(`gomaplab: cannot load the command line: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
process.exitCode = cli.main(process.argv.slice(2));
