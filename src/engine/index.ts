// The engine's only import surface: check() now; compile(), run(), inspect() as they land.
//
// Rules for everything under src/engine (enforced by src/engine/tsconfig.json and eslint.config.js):
// no DOM, no React/Monaco/Comlink, no clock, no unseeded randomness. Results are plain data.
// Engine bugs are caught here, at the edge, and returned as an `internal_error` diagnostic.
export type { Diagnostic, PositionedDiagnostic, Severity } from './source/diagnostic.ts';
export { formatDiagnostic } from './source/diagnostic.ts';
export { checkSource } from './check-source.ts';
export { goMinor } from './compile-source.ts';
export type { CheckResult } from './check-source.ts';
export { runSource } from './run-source.ts';
export type { RunOptions, RunResult } from './run-source.ts';
export type { InspectedFrame, InspectedGoroutine, InspectedLocal } from './runtime/inspect-frames.ts';
// The schedule explorer (explore/README.md): find a failing interleaving or bound its absence.
export { exploreSource } from './explore/explore.ts';
export type { ExploreOptions, ExploreProgress, ExploreResult, FoundFailure } from './explore/explore.ts';
export { stdoutEquals } from './explore/outcome.ts';
export type { Claim, FailureKind } from './explore/outcome.ts';
