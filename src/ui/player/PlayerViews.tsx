// The views pane: one tab per view (WAI-ARIA tabs: arrow keys move between tabs), only the chosen
// view mounted, so stepping re-renders one view and not all of them.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { playerViews } from './player-views.ts';

export function PlayerViews() {
  const [active, setActive] = useState(playerViews[0]?.id ?? '');
  const base = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = playerViews.find((v) => v.id === active) ?? playerViews[0];
  if (!current) return null;
  const onKey = (e: KeyboardEvent, i: number) => {
    const n = playerViews.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    setActive(playerViews[to].id);
    tabs.current[to]?.focus();
  };
  return (
    <div className="player-views">
      {playerViews.length > 1 && (
        <div className="player-tabs" role="tablist" aria-label="Views">
          {playerViews.map((v, i) => (
            <button
              key={v.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${v.id}`}
              aria-selected={v.id === current.id}
              aria-controls={`${base}-panel`}
              tabIndex={v.id === current.id ? 0 : -1}
              className="player-tab"
              onClick={() => setActive(v.id)}
              onKeyDown={(e) => onKey(e, i)}
            >
              {v.label}
            </button>
          ))}
        </div>
      )}
      <div className="player-view-panel" role={playerViews.length > 1 ? 'tabpanel' : undefined} id={`${base}-panel`} aria-labelledby={playerViews.length > 1 ? `${base}-tab-${current.id}` : undefined}>
        <current.Component />
      </div>
    </div>
  );
}
