// The Map tab: the Swiss-table view when the run's maps are Swiss tables (Go 1.24+), else the
// bucket map view (Go 1.19–1.23).
import { useMemo } from 'react';
import { usePlayerState } from '../../player/use-player-state.ts';
import { MapView } from '../map/MapView.tsx';
import { SwissMapView } from './SwissMapView.tsx';

export function MapPane() {
  const view = usePlayerState();
  const reader = view?.reader ?? null;
  // Decided once per trace: any swiss.made event means the run modelled Go 1.24+ maps.
  const swiss = useMemo(() => (reader ? reader.trace.header.goVersion !== undefined ? isSwissVersion(reader.trace.header.goVersion) || reader.findNext(0, ['swiss.made']) >= 0 : reader.findNext(0, ['swiss.made']) >= 0 : false), [reader]);
  return swiss ? <SwissMapView /> : <MapView />;
}

function isSwissVersion(v: string): boolean {
  const m = /^1\.(\d+)/.exec(v);
  return m !== null && Number(m[1]) >= 24;
}
