// Reads the share link the page was opened with (and any pasted later) and acts on it: apply it,
// ask first when it would replace the learner's edits, or say plainly why it cannot be opened.
//
// The fragment stays in the address bar until the program in the editor changes: a reload before
// that (including the one coi-serviceworker makes on a static host's first visit, and any reload
// of an embed) opens the same scenario again, and a reload after an edit keeps the edit.
import { applyScenario, wouldReplaceEdits, type ApplyHooks, type ScenarioTarget } from './apply-scenario.ts';
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
  app: { getState(): ScenarioTarget; subscribe(listener: (s: ScenarioTarget, prev: ScenarioTarget) => void): () => void };
  share: ShareStore;
  env: LinkEnvironment;
  /** Programs the app itself provides (the first-visit sample, lesson programs): replacing one loses nothing. */
  providedPrograms: () => readonly string[];
  /** Embeds: the page's author chose the program, so the link applies without asking, and the fragment is never dropped. */
  embedded?: boolean;
  hooks?: ApplyHooks;
}

let releaseFragment: (() => void) | null = null;

/** Drops the fragment once the editor's program is no longer `program` (and not before). */
function dropFragmentOnEdit(deps: LinkDeps): void {
  releaseFragment?.();
  releaseFragment = null;
  if (deps.embedded) return;
  const program = deps.app.getState().code;
  const unsubscribe = deps.app.subscribe((s) => {
    if (s.code === program) return;
    unsubscribe();
    releaseFragment = null;
    deps.env.clearHash();
  });
  releaseFragment = unsubscribe;
}

/** Handles the fragment now. Returns what it did, for tests. */
export function openLinkInPage(deps: LinkDeps): 'none' | 'applied' | 'asked' | 'problem' {
  const result = decodeFragment(deps.env.hash());
  if (result.kind === 'none') return 'none';
  const share = deps.share.getState();
  if (result.kind === 'error') {
    share.setIncoming(null);
    share.setProblem(result.error.message);
    dropFragmentOnEdit(deps);
    return 'problem';
  }
  if (!deps.embedded && wouldReplaceEdits(deps.app.getState().code, result.scenario, deps.providedPrograms())) {
    share.setIncoming(result.scenario);
    return 'asked';
  }
  share.setIncoming(null);
  // An embed's own `views` parameter decides what it shows, not the views open when the link was made.
  const scenario = deps.embedded ? { ...result.scenario, views: undefined } : result.scenario;
  applyScenario(scenario, deps.app, deps.share, deps.hooks);
  dropFragmentOnEdit(deps);
  return 'applied';
}

/** The learner's answer to the "replace your program?" question. */
export function answerIncoming(deps: LinkDeps, replace: boolean): void {
  const incoming = deps.share.getState().incoming;
  deps.share.getState().setIncoming(null);
  if (replace && incoming) {
    applyScenario(incoming, deps.app, deps.share, deps.hooks);
    dropFragmentOnEdit(deps);
  } else {
    // They chose their own program: a reload must not ask again.
    deps.env.clearHash();
  }
}

/** Handles the start-up fragment and every later one. Returns a function that stops listening. */
export function startShareLinks(deps: LinkDeps): () => void {
  openLinkInPage(deps);
  const stop = deps.env.onHashChange(() => openLinkInPage(deps));
  return () => {
    stop();
    releaseFragment?.();
    releaseFragment = null;
  };
}

/** The browser's address bar as a LinkEnvironment. */
export function browserLinkEnvironment(): LinkEnvironment {
  return {
    hash: () => location.hash,
    clearHash: () => {
      if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    },
    onHashChange: (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
  };
}
