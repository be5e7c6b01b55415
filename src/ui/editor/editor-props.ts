// The props both editors (Monaco and the plain fallback) take, so the wrapper can swap them.
import type { PositionedDiagnostic } from '../../worker/api.ts';
import type { Command } from '../app/commands.ts';
import type { RevealRequest } from '../store/source-slice.ts';
import type { GoroutineLines } from './goroutine-lines.ts';

export interface EditorProps {
  code: string;
  onChange(code: string): void;
  diagnostics: readonly PositionedDiagnostic[];
  fontSize: number;
  reveal: RevealRequest | null;
  /** Reports the cursor as a Go position (1-based line, UTF-8 byte column). */
  onCursor(line: number, column: number): void;
  /** Commands bound inside the editor, and how to run one. */
  commands: readonly Command[];
  runCommand(command: Command): void;
  /** The player's goroutines by line at the cursor (Monaco highlights them; the plain editor ignores them). */
  goroutineLines?: GoroutineLines;
}

/** Accessible name of the program editor, shared by Monaco and the fallback. */
export const editorLabel = 'Go program';
