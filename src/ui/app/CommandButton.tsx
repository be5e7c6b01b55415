// A button for a registry command: its label is the accessible name, its shortcut is announced.
import { appStore } from '../store/index.ts';
import { commandById, type CommandId } from './commands.ts';
import { ariaShortcut, isMacPlatform, shortcutLabel } from './shortcut.ts';

export function CommandButton({ id, disabled, className = 'command-button' }: { id: CommandId; disabled?: boolean; className?: string }) {
  const command = commandById(id);
  const mac = isMacPlatform();
  const s = command.shortcut;
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      aria-keyshortcuts={s ? ariaShortcut(s, mac) : undefined}
      title={s ? `${command.label} (${shortcutLabel(s, mac)})` : command.label}
      onClick={() => command.run({ getState: appStore.getState })}
    >
      {command.label}
    </button>
  );
}
