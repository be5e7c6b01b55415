// A button for a registry command: its label is the accessible name, its shortcut is announced.
import { appStore } from '../store/index.ts';
import { commandById, type CommandId } from './commands.ts';
import { ariaShortcut, isMacPlatform, shortcutLabel } from './shortcut.ts';

export function CommandButton({ id, disabled }: { id: CommandId; disabled?: boolean }) {
  const command = commandById(id);
  const mac = isMacPlatform();
  const s = command.shortcut;
  return (
    <button
      type="button"
      className="command-button"
      disabled={disabled}
      aria-keyshortcuts={s ? ariaShortcut(s, mac) : undefined}
      title={s ? `${command.label} (${shortcutLabel(s, mac)})` : command.label}
      onClick={() => command.run({ getState: appStore.getState })}
    >
      {command.label}
    </button>
  );
}
