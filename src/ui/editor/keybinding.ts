// Registry shortcuts → Monaco keybinding numbers (KeyMod | KeyCode), for the keys we use.
import type { Shortcut } from '../app/shortcut.ts';
import type { monaco as Monaco } from './monaco-setup.ts';

type MonacoApi = Pick<typeof Monaco, 'KeyMod' | 'KeyCode'>;

export function monacoKeybinding(api: MonacoApi, s: Shortcut): number | undefined {
  const { KeyCode, KeyMod } = api;
  const named: Record<string, number> = {
    '=': KeyCode.Equal,
    '-': KeyCode.Minus,
    Enter: KeyCode.Enter,
    Escape: KeyCode.Escape,
  };
  let code: number | undefined = named[s.key];
  const fn = /^F([1-9]|1[0-2])$/.exec(s.key);
  if (fn) code = KeyCode.F1 + Number(fn[1]) - 1;
  if (/^[a-z]$/i.test(s.key)) code = KeyCode.KeyA + s.key.toLowerCase().charCodeAt(0) - 97;
  if (/^[0-9]$/.test(s.key)) code = KeyCode.Digit0 + Number(s.key);
  if (code === undefined) return undefined;
  return (s.mod ? KeyMod.CtrlCmd : 0) | (s.shift ? KeyMod.Shift : 0) | (s.alt ? KeyMod.Alt : 0) | code;
}
