// Starts reading share links for the page's lifetime: the one it was opened with, and any pasted later.
import { useEffect } from 'react';
import { appStore } from '../store/index.ts';
import { appLinkDeps } from './app-link-deps.ts';
import { startShareLinks } from './open-link.ts';
import { followPendingCursor } from './pending-cursor.ts';
import { shareStore } from './share-store.ts';

export function useShareLinks(): void {
  useEffect(() => {
    let stop = () => {};
    const unfollow = followPendingCursor(appStore, shareStore);
    // After this commit's other effects: the run controller (started by App, a parent, whose
    // effects run after its children's) must be listening before the link asks for a run.
    const t = setTimeout(() => {
      stop = startShareLinks(appLinkDeps());
    }, 0);
    return () => {
      clearTimeout(t);
      stop();
      unfollow();
    };
  }, []);
}
