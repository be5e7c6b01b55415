// The narration: one sentence for the step at the cursor, announced to screen readers as the cursor
// moves, with links to the events the sentence refers to (the write in progress at a crash, the start
// of a write window, the rebuild) and jumps to the next and previous map change, lock change and
// goroutine switch.
import { memo, useMemo, useState } from 'react';
import { narrateAt } from '../../../engine/trace/state/narrate.ts';
import { narrationLinks, type NarrationLink } from '../../../engine/trace/state/narrate-links.ts';
import { commandById, type CommandId } from '../../app/commands.ts';
import { ariaShortcut, isMacPlatform, shortcutLabel } from '../../app/shortcut.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { goroutineColor } from '../goroutine-colors.ts';
import { goToEvent, jumpKinds, type JumpKind } from './jump.ts';
import './narration.css';

export function NarrationView() {
  const cursor = useAppStore((s) => s.playerCursor);
  const position = useAppStore((s) => s.playerPosition);
  const [note, setNote] = useState('');
  const narration = useMemo(() => (cursor === null ? null : narrateAt(cursor.reader, position)), [cursor, position]);
  const links = useMemo(() => (cursor === null || narration === null ? [] : narrationLinks(cursor.reader, narration)), [cursor, narration]);
  return (
    <section className="narration" aria-labelledby="narration-heading">
      <h2 id="narration-heading" className="narration-heading">
        What happens
      </h2>
      {/* Polite and atomic: a screen reader reads the whole new sentence after each move, without interrupting. */}
      <p
        className={`narration-text narration-${narration?.topic ?? 'none'}`}
        aria-live="polite"
        aria-atomic="true"
        style={narration && narration.g > 0 ? { borderLeftColor: goroutineColor(narration.g) } : undefined}
      >
        {/* The region stays mounted (a new live region is often not announced); the keyed span replays the fade. */}
        <span key={narration?.text} className="narration-sentence">
          {narration === null ? 'Run the program to step through it: each step is told here in words.' : narration.text}
        </span>
      </p>
      <LinkGroup links={links} />
      <div className="narration-jumps">
        <JumpGroup direction={-1} disabled={cursor === null} onMiss={setNote} />
        <JumpGroup direction={1} disabled={cursor === null} onMiss={setNote} />
      </div>
      <p className="narration-note" role="status">
        {note}
      </p>
    </section>
  );
}

/**
 * The events the sentence refers to: each button moves the player just past one. The row keeps its
 * height when empty, so the jump buttons under it do not move as the cursor steps.
 */
function LinkGroup({ links }: { links: NarrationLink[] }) {
  if (links.length === 0) return <div className="narration-links" aria-hidden="true" />;
  return (
    <div className="narration-links" role="group" aria-label="Go to an event this sentence refers to">
      <span className="narration-jump-label" aria-hidden="true">
        Go to
      </span>
      {links.map((l) => (
        <button
          key={l.index}
          type="button"
          className="command-button narration-link"
          aria-label={`Go to ${l.label} (event ${l.index})`}
          title={`Go to ${l.label} (event ${l.index})`}
          onClick={() => goToEvent(appStore.getState(), l.index)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}

const ids: Record<JumpKind, Record<'1' | '-1', CommandId>> = {
  map: { '1': 'narration.nextMapChange', '-1': 'narration.previousMapChange' },
  lock: { '1': 'narration.nextLockChange', '-1': 'narration.previousLockChange' },
  switch: { '1': 'narration.nextSwitch', '-1': 'narration.previousSwitch' },
};

/** Three jump buttons one way; the registry gives each its accessible name and shortcut. */
const JumpGroup = memo(function JumpGroup({ direction, disabled, onMiss }: { direction: 1 | -1; disabled: boolean; onMiss: (note: string) => void }) {
  const mac = isMacPlatform();
  return (
    <div className="narration-jump-group" role="group" aria-label={direction > 0 ? 'Jump forwards' : 'Jump backwards'}>
      <span className="narration-jump-label" aria-hidden="true">
        {direction > 0 ? 'Next' : 'Previous'}
      </span>
      {jumpKinds.map(({ kind, noun }) => {
        const command = commandById(ids[kind][direction > 0 ? '1' : '-1']);
        const s = command.shortcut;
        return (
          <button
            key={kind}
            type="button"
            className="command-button narration-jump"
            disabled={disabled}
            aria-label={command.label}
            aria-keyshortcuts={s ? ariaShortcut(s, mac) : undefined}
            title={s ? `${command.label} (${shortcutLabel(s, mac)})` : command.label}
            onClick={() => {
              const before = appStore.getState().playerPosition;
              command.run({ getState: appStore.getState });
              const moved = appStore.getState().playerPosition !== before;
              onMiss(moved ? '' : `No ${direction > 0 ? 'later' : 'earlier'} ${noun} in this run.`);
            }}
          >
            {direction < 0 && '◀ '}
            {noun}
            {direction > 0 && ' ▶'}
          </button>
        );
      })}
    </div>
  );
});
