// The command registry: every action the app offers, with its label and shortcut, in one list.
//
// Buttons, the global key handler and the Monaco editor all read this list, so a control's
// accessible name and its shortcut cannot drift apart. Only commands that work today are here;
// Step, Back and the rest arrive with the step-by-step view.
import type { AppState } from '../store/index.ts';
import { sampleProgram } from './sample-program.ts';
import { shareFromApp } from '../share/share-command.ts';
import type { Shortcut } from './shortcut.ts';
import { jump } from '../views/narration/jump.ts';
import { lessonStore } from '../lessons/lesson-store.ts';

/** What a command may touch: the store's state and actions. */
export interface CommandContext {
  getState(): AppState;
}

export interface Command {
  id: string;
  /** The accessible name and visible label of every control that runs this command. */
  label: string;
  shortcut?: Shortcut;
  /** Also bound inside the editor (Monaco swallows most keys while it has focus). */
  inEditor?: boolean;
  run(ctx: CommandContext): void;
}

/** The next (or previous) diagnostic after the given Go position, wrapping around. */
export function adjacentDiagnostic<T extends { line: number; column: number }>(
  diagnostics: readonly T[],
  from: { line: number; column: number },
  direction: 1 | -1,
): T | undefined {
  if (diagnostics.length === 0) return undefined;
  const ordered = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  const after = (d: T) => d.line > from.line || (d.line === from.line && d.column > from.column);
  const before = (d: T) => d.line < from.line || (d.line === from.line && d.column < from.column);
  if (direction === 1) return ordered.find(after) ?? ordered[0];
  return [...ordered].reverse().find(before) ?? ordered[ordered.length - 1];
}

function goToProblem(ctx: CommandContext, direction: 1 | -1): void {
  const s = ctx.getState();
  const target = adjacentDiagnostic(s.diagnostics, s.cursor, direction);
  if (target) s.revealPosition(target.line, target.column);
}

export const commands = [
  {
    id: 'run.start',
    label: 'Run',
    shortcut: { key: 'Enter', mod: true },
    inEditor: true,
    run: (ctx) => ctx.getState().requestRun(),
  },
  {
    id: 'run.stop',
    label: 'Stop',
    run: (ctx) => ctx.getState().requestStop(),
  },
  {
    id: 'problems.next',
    label: 'Next problem',
    shortcut: { key: 'F8' },
    inEditor: true,
    run: (ctx) => goToProblem(ctx, 1),
  },
  {
    id: 'problems.previous',
    label: 'Previous problem',
    shortcut: { key: 'F8', shift: true },
    inEditor: true,
    run: (ctx) => goToProblem(ctx, -1),
  },
  {
    id: 'editor.reset',
    label: 'Reset to sample program',
    run: (ctx) => ctx.getState().setCode(sampleProgram),
  },
  {
    id: 'editor.fontBigger',
    label: 'Larger editor text',
    shortcut: { key: '=', mod: true, shift: true },
    inEditor: true,
    run: (ctx) => ctx.getState().changeFontSize(1),
  },
  {
    id: 'editor.fontSmaller',
    label: 'Smaller editor text',
    shortcut: { key: '-', mod: true, shift: true },
    inEditor: true,
    run: (ctx) => ctx.getState().changeFontSize(-1),
  },
  {
    id: 'page.playground',
    label: 'Playground',
    run: (ctx) => ctx.getState().showPage('playground'),
  },
  {
    id: 'page.lab',
    label: 'Lab',
    run: (ctx) => ctx.getState().showPage('lab'),
  },
  // Share links (src/ui/share/): copies a link that reopens this program, settings and step.
  {
    id: 'share.copy',
    label: 'Share',
    shortcut: { key: 's', mod: true, shift: true },
    inEditor: true,
    run: (ctx) => void shareFromApp(ctx.getState()),
  },
  // Narration jumps (src/ui/views/narration/): move the player just past the next or previous change of a kind.
  { id: 'narration.nextMapChange', label: 'Next map change', shortcut: { key: 'm', alt: true }, run: (ctx) => void jump(ctx.getState(), 'map', 1) },
  { id: 'narration.previousMapChange', label: 'Previous map change', shortcut: { key: 'm', alt: true, shift: true }, run: (ctx) => void jump(ctx.getState(), 'map', -1) },
  { id: 'narration.nextLockChange', label: 'Next lock change', shortcut: { key: 'l', alt: true }, run: (ctx) => void jump(ctx.getState(), 'lock', 1) },
  { id: 'narration.previousLockChange', label: 'Previous lock change', shortcut: { key: 'l', alt: true, shift: true }, run: (ctx) => void jump(ctx.getState(), 'lock', -1) },
  { id: 'narration.nextSwitch', label: 'Next goroutine switch', shortcut: { key: 'g', alt: true }, run: (ctx) => void jump(ctx.getState(), 'switch', 1) },
  { id: 'narration.previousSwitch', label: 'Previous goroutine switch', shortcut: { key: 'g', alt: true, shift: true }, run: (ctx) => void jump(ctx.getState(), 'switch', -1) },
  // The player (src/ui/player/): move the cursor over the last run's trace.
  { id: 'player.step', label: 'Step', shortcut: { key: 'F10' }, inEditor: true, run: (ctx) => ctx.getState().playerStepBy(1) },
  { id: 'player.back', label: 'Back', shortcut: { key: 'F10', shift: true }, inEditor: true, run: (ctx) => ctx.getState().playerStepBy(-1) },
  // Space types a space in the editor and fields: the global handler leaves plain keys to them.
  { id: 'player.playPause', label: 'Play/Pause', shortcut: { key: ' ' }, run: (ctx) => ctx.getState().playerTogglePlay() },
  { id: 'player.reset', label: 'Reset', run: (ctx) => ctx.getState().playerReset() },
  { id: 'player.stepGoroutine', label: 'Step goroutine to its next line', shortcut: { key: 'F10', alt: true }, inEditor: true, run: (ctx) => ctx.getState().stepToNextLine() },
  // The Lessons sidebar (src/ui/lessons/): its own store, so the command reaches it directly.
  { id: 'lessons.toggle', label: 'Lessons', shortcut: { key: 'F9' }, inEditor: true, run: () => lessonStore.getState().toggleOpen() },
  // Manual scheduling (src/ui/player/manual/): take back the learner's last choice, or all of them.
  { id: 'manual.undo', label: 'Undo last choice', shortcut: { key: 'z', alt: true }, run: (ctx) => ctx.getState().manualUndo() },
  { id: 'manual.restart', label: 'Start over', run: (ctx) => ctx.getState().manualRestart() },
] as const satisfies readonly Command[];

export type CommandId = (typeof commands)[number]['id'];

export function commandById(id: CommandId): Command {
  return commands.find((c) => c.id === id)!;
}
