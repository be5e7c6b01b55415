// Registry shortcuts anywhere on the page; inside Monaco the editor's own bindings handle them.
import { useEffect } from 'react';
import { appStore } from '../store/index.ts';
import { commands } from './commands.ts';
import { isMacPlatform, matchesShortcut, typesText } from './shortcut.ts';

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKey = (e: KeyboardEvent) => {
      const inEditor = e.target instanceof Element && e.target.closest('.monaco-editor');
      // Typing (and Space on a focused button or select) belongs to the focused element.
      const typing = e.target instanceof Element && e.target.closest('.monaco-editor, input, textarea, select, button, summary, a[href], [role="button"], [role="tab"], [contenteditable=""], [contenteditable="true"]');
      for (const c of commands) {
        if (!('shortcut' in c) || (inEditor && 'inEditor' in c && c.inEditor)) continue;
        if (typing && typesText(c.shortcut)) continue;
        if (matchesShortcut(c.shortcut, e, mac)) {
          e.preventDefault();
          c.run({ getState: appStore.getState });
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
