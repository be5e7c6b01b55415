// The source slice: the learner's program, its diagnostics, and where the live check stands.
import type { StateCreator } from 'zustand';
import type { CheckReply, PositionedDiagnostic } from '../../worker/api.ts';
import { sampleProgram } from '../app/sample-program.ts';

/**
 * `idle` before the first check; `checking` while the worker has the newest text;
 * `done` when diagnostics match the text; `restarted` / `failed` when the worker was replaced
 * (the diagnostics shown are then from an older text, and `checkMessage` says why).
 */
export type CheckStatus = 'idle' | 'checking' | 'done' | 'restarted' | 'failed';

/** A request to move the editor cursor; `nonce` makes repeated requests for one spot distinct. */
export interface RevealRequest {
  line: number;
  /** 1-based UTF-8 byte column, as diagnostics carry it. */
  column: number;
  nonce: number;
}

export interface SourceSlice {
  code: string;
  diagnostics: PositionedDiagnostic[];
  checkStatus: CheckStatus;
  checkMessage: string | null;
  /** Engine time of the last completed check, in ms. */
  lastCheckMs: number | null;
  /** How many checks have completed; lets tests and the bench see that an answer arrived. */
  checksDone: number;
  reveal: RevealRequest | null;
  /** The editor's cursor as a Go position (1-based line, UTF-8 byte column). */
  cursor: { line: number; column: number };
  /** Replaces the program text (typing, reset, test hook). */
  setCode(code: string): void;
  /** Marks the current text as sent to the worker. */
  checkStarted(): void;
  /** Stores the worker's answer for the current text. */
  checkFinished(reply: CheckReply): void;
  /** Records a worker restart or failure; keeps the last diagnostics but says they may be old. */
  checkInterrupted(status: 'restarted' | 'failed', message: string): void;
  /** Records where the editor's cursor is (the editor calls this; it does not move the cursor). */
  setCursor(line: number, column: number): void;
  /** Asks the editor to put the cursor at a Go position. */
  revealPosition(line: number, column: number): void;
}

export const createSourceSlice: StateCreator<SourceSlice, [], [], SourceSlice> = (set) => ({
  code: sampleProgram,
  diagnostics: [],
  checkStatus: 'idle',
  checkMessage: null,
  lastCheckMs: null,
  checksDone: 0,
  reveal: null,
  cursor: { line: 1, column: 1 },
  setCode: (code) => set((s) => (s.code === code ? s : { code: typeof code === 'string' ? code : '' })),
  checkStarted: () => set({ checkStatus: 'checking' }),
  checkFinished: (reply) =>
    set((s) => ({ diagnostics: reply.diagnostics, checkStatus: 'done', checkMessage: null, lastCheckMs: reply.ms, checksDone: s.checksDone + 1 })),
  checkInterrupted: (status, message) => set({ checkStatus: status, checkMessage: message }),
  setCursor: (line, column) => set((s) => (s.cursor.line === line && s.cursor.column === column ? s : { cursor: { line, column } })),
  revealPosition: (line, column) => set((s) => ({ reveal: { line, column, nonce: (s.reveal?.nonce ?? 0) + 1 } })),
});
