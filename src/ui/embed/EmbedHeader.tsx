// The header of an embed: the app's name and a link that opens the same scenario in the full app.
//
// Also marks the page root for embed.css: `embed` for the compact layout, and one
// `embed-hide-<view>` class per view the embed leaves out.
import { useEffect, useMemo } from 'react';
import { playerExtras } from '../share/player-extras.ts';
import { scenarioOf } from '../share/scenario-of-state.ts';
import { shareUrl } from '../share/share-link.ts';
import { appStore, useAppStore } from '../store/index.ts';
import { embedViews } from './embed-params.ts';
import { hiddenViews } from './embed-views.ts';
import './embed.css';

export function EmbedHeader() {
  useEffect(() => {
    const root = document.documentElement;
    const classes = ['embed', ...hiddenViews(embedViews(location.search)).map((v) => `embed-hide-${v}`)];
    root.classList.add(...classes);
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
