// Keyboard shortcuts as data: one description read by buttons (aria-keyshortcuts), the global
// key handler and Monaco's keybindings, so what a button announces is what the key does.

export interface Shortcut {
  /** `KeyboardEvent.key` for named keys (`F8`, `Escape`) or a single lower-case letter/digit/symbol. */
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** The WAI-ARIA `aria-keyshortcuts` spelling, e.g. `Control+Shift+F8`. */
export function ariaShortcut(s: Shortcut, mac = false): string {
  const parts: string[] = [];
  if (s.mod) parts.push(mac ? 'Meta' : 'Control');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  parts.push(keyName(s.key));
  return parts.join('+');
}

/** A short label for tooltips, e.g. `Ctrl+=` or `⌘=`. */
export function shortcutLabel(s: Shortcut, mac = false): string {
  const key = keyName(s.key);
  if (mac) return `${s.mod ? '⌘' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

/** A key as people and ARIA name it: `Space` for ' ', letters upper-case. */
function keyName(key: string): string {
  if (key === ' ') return 'Space';
  return key.length === 1 ? key.toUpperCase() : key;
}

/**
 * Whether a shortcut is a key that also types (Space, a letter without Ctrl/Alt): it must be left
 * to a text field, the editor or a focused control that has it.
 */
export function typesText(s: Shortcut): boolean {
  return s.key.length === 1 && !s.mod && !s.alt;
}

/** Whether a key event is this shortcut (modifiers must match exactly). */
export function matchesShortcut(
  s: Shortcut,
  e: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  mac = false,
): boolean {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  if (other || mod !== Boolean(s.mod) || e.altKey !== Boolean(s.alt)) return false;
  // For symbol keys the shifted character differs by layout (`=` vs `+`); only letters and named keys check Shift.
  const symbol = s.key.length === 1 && !/[a-z0-9]/i.test(s.key);
  if (!symbol && e.shiftKey !== Boolean(s.shift)) return false;
  if (e.key.toLowerCase() === s.key.toLowerCase() || (symbol && s.key === '=' && e.key === '+')) return true;
  // With Option held, macOS types another character (Option+M is µ): match letters and digits by their key position.
  return Boolean(s.alt) && /^[a-z0-9]$/i.test(s.key) && e.code === (/\d/.test(s.key) ? `Digit${s.key}` : `Key${s.key.toUpperCase()}`);
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
