// The header of an embed: the app's name and a link that opens the same scenario in the full app.
//
// Also keeps the embed's edits out of the saved program (embed-storage.ts), marks the page root
// for embed.css (embed-views.ts) and opens the first chosen tab view.
import { useEffect, useMemo } from 'react';
import { playerExtras } from '../share/player-extras.ts';
import { scenarioOf } from '../share/scenario-of-state.ts';
import { shareUrl } from '../share/share-link.ts';
import { lessonStore } from '../lessons/lesson-store.ts';
import { appStore, useAppStore } from '../store/index.ts';
import { embedViews } from './embed-params.ts';
import { embedClasses } from './embed-views.ts';
import { keepEmbedInMemory } from './embed-storage.ts';
import { selectTabView } from '../share/view-tabs.ts';
import './embed.css';

export function EmbedHeader() {
  useEffect(() => {
    keepEmbedInMemory(appStore);
    keepEmbedInMemory(lessonStore);
    // An embed is the Playground only: the Lab needs the page to itself (and cross-origin isolation).
    appStore.getState().showPage('playground');
    const root = document.documentElement;
    const views = embedViews(location.search);
    const classes = embedClasses(views);
    root.classList.add(...classes);
    selectTabView(document, views);
    return () => root.classList.remove(...classes);
  }, []);
  // Re-made when what the link carries changes; the player's position is read at that moment.
  const code = useAppStore((s) => s.code);
  const seed = useAppStore((s) => s.seed);
  const procs = useAppStore((s) => s.procs);
  const policy = useAppStore((s) => s.policy);
  const position = useAppStore((s) => (s as { playerPosition?: number }).playerPosition);
  const href = useMemo(() => {
    const state = appStore.getState();
    const link = shareUrl(location.href, scenarioOf({ code, seed, procs, policy }, playerExtras(state)));
    // A program too long for a link still opens the full app, just without it.
    return link.ok ? link.url : `${location.origin}${location.pathname}`;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- position: the link follows the player
  }, [code, seed, procs, policy, position]);
  return (
    <header className="app-header embed-header">
      <span className="app-name">Go Map Lab</span>
      <a className="embed-open" href={href} target="_blank" rel="noopener">
        Open in Go Map Lab
      </a>
    </header>
  );
}
