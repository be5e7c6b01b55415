// Test support: the app's first-visit crash sample, read from its Go-verified copy
// (src/cli/testdata/map-crash.go; src/ui/app/sample-program.test.ts keeps the two identical), so
// engine tests use the same program without importing UI code (DESIGN.md rule 1).
import { readFileSync } from 'node:fs';

export const sampleProgram = readFileSync(new URL('../../../../cli/testdata/map-crash.go', import.meta.url), 'utf8');
