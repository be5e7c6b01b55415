// `window.__gomaplab`: a small handle for browser tests and the bench to drive the page.
//
// Setting the program through the store is faster and steadier than simulated typing
// (rust-playground's setCode hook); one browser test still types for real. It is installed
// in every build: it only exposes what a user can already do with the keyboard.
import type { AppState } from '../store/index.ts';

export interface MarkerSnapshot {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export interface TestHook {
  setCode(text: string): void;
  getCode(): string;
  /** Monaco's markers for the program ([] until Monaco has loaded). */
  markers(): MarkerSnapshot[];
  /** True once Monaco (not the plain fallback) is showing. */
  editorReady(): boolean;
  /** Completed checks so far; changes when a worker answer has been applied. */
  checksDone(): number;
  /** The pause after typing before a check is sent, in ms. */
  checkDelayMs(): number;
  /** Runs that have ended (finished, stopped or failed); changes when a run's answer has been applied. */
  runsDone(): number;
  /** Where the last run stands: idle, running, done, stopped or failed. */
  runStatus(): string;
  /** The editor's cursor as a Go position (1-based line, UTF-8 byte column). */
  cursor(): { line: number; column: number };
}

declare global {
  interface Window {
    __gomaplab?: TestHook;
  }
}

type EditorPart = Pick<TestHook, 'markers' | 'editorReady'>;
const noEditor: EditorPart = { markers: () => [], editorReady: () => false };
let editorPart: EditorPart = noEditor;

/** Called by the Monaco editor when it mounts; the returned function unregisters it. */
export function registerTestHookPart(part: EditorPart): () => void {
  editorPart = part;
  return () => {
    if (editorPart === part) editorPart = noEditor;
  };
}

export function installTestHook(store: { getState(): AppState }): void {
  if (typeof window === 'undefined') return;
  window.__gomaplab = {
    setCode: (text) => store.getState().setCode(String(text)),
    getCode: () => store.getState().code,
    markers: () => editorPart.markers(),
    editorReady: () => editorPart.editorReady(),
    checksDone: () => store.getState().checksDone,
    checkDelayMs: () => store.getState().checkDelayMs,
    runsDone: () => store.getState().runsDone,
    runStatus: () => store.getState().runStatus,
    cursor: () => ({ ...store.getState().cursor }),
  };
}
