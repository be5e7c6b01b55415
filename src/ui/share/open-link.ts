// Reads the share link the page was opened with (and any pasted later) and acts on it: apply it,
// ask first when it would replace the learner's edits, or say plainly why it cannot be opened.
import { applyScenario, wouldReplaceEdits, type ScenarioTarget } from './apply-scenario.ts';
import { decodeFragment } from './codec.ts';
import type { ShareStore } from './share-store.ts';

export interface LinkEnvironment {
  /** The current fragment, with its `#`. */
  hash(): string;
  /** Removes the fragment from the address bar without a reload or a history entry. */
  clearHash(): void;
  /** Calls `listener` when the fragment changes (a link pasted into the same tab); returns an unsubscribe. */
  onHashChange(listener: () => void): () => void;
}

export interface LinkDeps {
  app: { getState(): ScenarioTarget };
  share: ShareStore;
  env: LinkEnvironment;
  /** Programs the app itself provides (the first-visit sample, lesson programs): replacing one loses nothing. */
  providedPrograms: () => readonly string[];
}

/** Handles the fragment now. Returns what it did, for tests. */
export function openLinkInPage(deps: LinkDeps): 'none' | 'applied' | 'asked' | 'problem' {
  const result = decodeFragment(deps.env.hash());
  if (result.kind === 'none') return 'none';
  // Once read, the fragment has done its job: a reload must not re-open the link over later edits.
  deps.env.clearHash();
  const share = deps.share.getState();
  if (result.kind === 'error') {
    share.setIncoming(null);
    share.setProblem(result.error.message);
    return 'problem';
  }
  if (wouldReplaceEdits(deps.app.getState().code, result.scenario, deps.providedPrograms())) {
    share.setIncoming(result.scenario);
    return 'asked';
  }
  share.setIncoming(null);
  applyScenario(result.scenario, deps.app, deps.share);
  return 'applied';
}

/** The learner's answer to the "replace your program?" question. */
export function answerIncoming(deps: Pick<LinkDeps, 'app' | 'share'>, replace: boolean): void {
  const incoming = deps.share.getState().incoming;
  deps.share.getState().setIncoming(null);
  if (replace && incoming) applyScenario(incoming, deps.app, deps.share);
}

/** Handles the start-up fragment and every later one. Returns a function that stops listening. */
export function startShareLinks(deps: LinkDeps): () => void {
  openLinkInPage(deps);
  return deps.env.onHashChange(() => openLinkInPage(deps));
}

/** The browser's address bar as a LinkEnvironment. */
export function browserLinkEnvironment(): LinkEnvironment {
  return {
    hash: () => location.hash,
    clearHash: () => history.replaceState(history.state, '', `${location.pathname}${location.search}`),
    onHashChange: (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
  };
}
