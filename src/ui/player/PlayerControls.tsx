// The player's controls: Back, Step, Play/Pause with a speed, Reset, step one goroutine, the
// granularity, and the timeline slider, each labelled and, where one is expected, with a shortcut.
import { useEffect, useId } from 'react';
import { CommandButton } from '../app/CommandButton.tsx';
import { commandById } from '../app/commands.ts';
import { ariaShortcut, isMacPlatform, shortcutLabel } from '../app/shortcut.ts';
import { appStore, useAppStore } from '../store/index.ts';
import { playerSpeeds, type Granularity } from '../store/player-slice.ts';
import { goroutineColor } from '../views/goroutine-colors.ts';
import { usePlayerSelectorShallow } from './use-player-state.ts';
import { usePlayClock } from './use-play-clock.ts';
import { installPlayerTestHook } from './player-test-hook.ts';

const granularityLabels: Record<Granularity, string> = { statement: 'Statement', phase: 'Runtime phase' };

export function PlayerControls() {
  usePlayClock();
  useEffect(() => installPlayerTestHook(appStore), []);
  const hasTrace = useAppStore((s) => s.playerCursor !== null);
  const position = useAppStore((s) => s.playerPosition);
  const length = useAppStore((s) => s.playerLength);
  const playing = useAppStore((s) => s.playerPlaying);
  const atStart = position <= 0;
  const atEnd = position >= length;
  return (
    <div className="player-controls" role="group" aria-label="Player">
      <CommandButton id="player.back" disabled={!hasTrace || atStart} />
      <CommandButton id="player.step" disabled={!hasTrace || atEnd} />
      <PlayPauseButton disabled={!hasTrace} playing={playing} />
      <SpeedField />
      <CommandButton id="player.reset" disabled={!hasTrace || atStart} />
      <GranularityField />
      <GoroutineStepper disabled={!hasTrace} />
      <TimelineSlider disabled={!hasTrace} position={position} length={length} />
    </div>
  );
}

function PlayPauseButton({ disabled, playing }: { disabled: boolean; playing: boolean }) {
  const c = commandById('player.playPause');
  const mac = isMacPlatform();
  const label = playing ? 'Pause' : 'Play';
  return (
    <button
      type="button"
      className="command-button play-button"
      disabled={disabled}
      aria-keyshortcuts={ariaShortcut(c.shortcut!, mac)}
      title={`${label} (${shortcutLabel(c.shortcut!, mac)})`}
      onClick={() => c.run({ getState: appStore.getState })}
    >
      {label}
    </button>
  );
}

function SpeedField() {
  const id = useId();
  const speed = useAppStore((s) => s.playerSpeed);
  const setSpeed = useAppStore((s) => s.playerSetSpeed);
  return (
    <span className="run-field">
      <label htmlFor={id}>Speed</label>
      <select id={id} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
        {playerSpeeds.map((n) => (
          <option key={n} value={n}>
            {n} {n === 1 ? 'step' : 'steps'}/s
          </option>
        ))}
      </select>
    </span>
  );
}

function GranularityField() {
  const id = useId();
  const granularity = useAppStore((s) => s.playerGranularity);
  const setGranularity = useAppStore((s) => s.setGranularity);
  return (
    <span className="run-field">
      <label htmlFor={id}>Granularity</label>
      <select id={id} value={granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
        {(Object.keys(granularityLabels) as Granularity[]).map((g) => (
          <option key={g} value={g}>
            {granularityLabels[g]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A goroutine picker and "Step gN to its next line". */
function GoroutineStepper({ disabled }: { disabled: boolean }) {
  const id = useId();
  const alive = usePlayerSelectorShallow((s) => {
    const ids: number[] = [];
    for (const g of s.goroutines.byId.values()) if (!g.done && !g.hidden) ids.push(g.id);
    return ids;
  }, []);
  const selected = useAppStore((s) => s.playerSelected);
  const select = useAppStore((s) => s.selectGoroutine);
  const c = commandById('player.stepGoroutine');
  const mac = isMacPlatform();
  // The picked goroutine, else the first one alive, so the button always names whom it moves.
  const target = alive.includes(selected) ? selected : (alive[0] ?? 0);
  const label = target > 0 ? `Step g${target} to its next line` : 'Step goroutine to its next line';
  return (
    <span className="run-field goroutine-stepper">
      <label htmlFor={id}>Goroutine</label>
      <select id={id} value={target || ''} disabled={disabled || alive.length === 0} onChange={(e) => select(Number(e.target.value))}>
        {alive.map((g) => (
          <option key={g} value={g} style={{ color: goroutineColor(g) }}>
            g{g}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="command-button"
        disabled={disabled || target === 0}
        aria-keyshortcuts={ariaShortcut(c.shortcut!, mac)}
        title={`${label} (${shortcutLabel(c.shortcut!, mac)})`}
        onClick={() => appStore.getState().stepToNextLine(target)}
      >
        {label}
      </button>
    </span>
  );
}

function TimelineSlider({ disabled, position, length }: { disabled: boolean; position: number; length: number }) {
  const id = useId();
  const step = useAppStore((s) => s.playerStep);
  const seek = useAppStore((s) => s.playerSeek);
  const truncatedAt = useAppStore((s) => s.playerTruncatedAt);
  const loading = useAppStore((s) => s.playerLoading);
  const stale = useAppStore((s) => s.playerCursor !== null && s.playerSource !== null && s.playerSource !== s.code);
  const text = disabled ? 'no run yet' : `step ${step.toLocaleString('en-US')}, event ${position.toLocaleString('en-US')} of ${length.toLocaleString('en-US')}`;
  return (
    <span className="run-field player-slider">
      <label htmlFor={id}>Position</label>
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(0, length)}
        step={1}
        value={position}
        disabled={disabled}
        aria-valuetext={text}
        onChange={(e) => seek(Number(e.target.value))}
      />
      <output htmlFor={id} className="player-position" data-testid="player-position">
        {loading !== null
          ? `Preparing the steps… ${Math.floor(loading * 100)}%`
          : disabled
            ? '—'
            : `Step ${step.toLocaleString('en-US')} · ${position.toLocaleString('en-US')}/${length.toLocaleString('en-US')}`}
      </output>
      {stale && (
        <span className="player-stale" role="note">
          The program has changed since this run: its lines are no longer marked. Run it again to step through it.
        </span>
      )}
      {truncatedAt !== null && (
        <span className="player-truncated" role="note">
          Trace kept to the first {truncatedAt.toLocaleString('en-US')} events; the run went on after.
        </span>
      )}
    </span>
  );
}
