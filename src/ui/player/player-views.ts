// The views shown beside the editor as tabs, in order. A view is one React component reading the
// player's state from the store (usePlayerState); adding one is one line here.
import type { ComponentType } from 'react';
import { GoroutinesView } from '../views/goroutines/GoroutinesView.tsx';
import { LocksView } from '../views/locks/LocksView.tsx';
import { ChannelsView } from '../views/channels/ChannelsView.tsx';
import { MapPane } from '../views/swiss/MapPane.tsx';

export interface PlayerViewEntry {
  id: string;
  /** The tab's visible label and accessible name. */
  label: string;
  Component: ComponentType;
}

export const playerViews: readonly PlayerViewEntry[] = [
  { id: 'goroutines', label: 'Goroutines', Component: GoroutinesView },
  { id: 'map', label: 'Map', Component: MapPane },
  { id: 'locks', label: 'Locks', Component: LocksView },
  { id: 'channels', label: 'Channels', Component: ChannelsView },
  // A new view is one more line here.
];
