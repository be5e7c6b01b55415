// What the share feature shows right now: the answer to the last Share, a link waiting for the
// learner's decision, a link that could not be opened, and a cursor still to be reached.
//
// Its own small store rather than a slice of the app store: none of it is persisted, and none of
// it is read outside src/ui/share and src/ui/embed.
import { createStore, useStore } from 'zustand';
import type { Scenario, ScenarioCursor } from './scenario.ts';

export type ShareNotice =
  /** The link is on the clipboard. */
  | { kind: 'copied'; link: string }
  /** The clipboard refused: the link is shown in a field to copy by hand. */
  | { kind: 'manual-copy'; link: string }
  /** No link could be made (e.g. the program is too long for a URL). */
  | { kind: 'failed'; message: string };

export interface ShareState {
  notice: ShareNotice | null;
  /** A link whose program would replace the learner's own edits: waits for their answer. */
  incoming: Scenario | null;
  /** Why the link the page was opened with could not be used (plain text). */
  problem: string | null;
  /** Where the player should go once the scenario's run has a trace. */
  pendingCursor: ScenarioCursor | null;
  /** Views the last opened link asked for (absent: the app's default). */
  requestedViews: string[] | null;
  setNotice(notice: ShareNotice | null): void;
  setIncoming(scenario: Scenario | null): void;
  setProblem(message: string | null): void;
  setPendingCursor(cursor: ScenarioCursor | null): void;
  setRequestedViews(views: string[] | null): void;
}

export function createShareStore() {
  return createStore<ShareState>()((set) => ({
    notice: null,
    incoming: null,
    problem: null,
    pendingCursor: null,
    requestedViews: null,
    setNotice: (notice) => set({ notice }),
    setIncoming: (incoming) => set({ incoming }),
    setProblem: (problem) => set({ problem }),
    setPendingCursor: (pendingCursor) => set({ pendingCursor }),
    setRequestedViews: (requestedViews) => set({ requestedViews }),
  }));
}

export type ShareStore = ReturnType<typeof createShareStore>;

export const shareStore = createShareStore();

export function useShareStore<T>(selector: (s: ShareState) => T): T {
  return useStore(shareStore, selector);
}
