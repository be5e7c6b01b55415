import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/index.ts';
import { adjacentDiagnostic, commandById, commands } from './commands.ts';
import { ariaShortcut, matchesShortcut, shortcutLabel } from './shortcut.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const at = (line: number, column: number) => ({ line, column });

describe('adjacentDiagnostic', () => {
  const ds = [at(9, 2), at(4, 5), at(4, 1)];
  it('finds the next problem after the cursor, wrapping to the first', () => {
    expect(adjacentDiagnostic(ds, at(1, 1), 1)).toEqual(at(4, 1));
    expect(adjacentDiagnostic(ds, at(4, 1), 1)).toEqual(at(4, 5));
    expect(adjacentDiagnostic(ds, at(9, 2), 1)).toEqual(at(4, 1));
  });
  it('finds the previous problem before the cursor, wrapping to the last', () => {
    expect(adjacentDiagnostic(ds, at(9, 2), -1)).toEqual(at(4, 5));
    expect(adjacentDiagnostic(ds, at(2, 1), -1)).toEqual(at(9, 2));
    expect(adjacentDiagnostic([], at(2, 1), -1)).toBeUndefined();
  });
});

describe('command registry', () => {
  it('has unique ids, labels and shortcuts', () => {
    const uniq = (xs: unknown[]) => new Set(xs).size === xs.length;
    expect(uniq(commands.map((c) => c.id))).toBe(true);
    expect(uniq(commands.map((c) => c.label))).toBe(true);
    expect(uniq(commands.flatMap((c) => ('shortcut' in c ? [ariaShortcut(c.shortcut)] : [])))).toBe(true);
  });

  it('runs against the store: next problem moves the cursor request, reset restores the sample, font size clamps', () => {
    const store = createAppStore('playground', memoryStorage());
    const ctx = { getState: store.getState };
    const sample = store.getState().code;
    store.getState().setCode('package main');
    store.getState().checkFinished({
      runId: 1, ok: false, ms: 1,
      diagnostics: [{ pos: 0, end: 0, severity: 'error', code: 'x', message: 'm', line: 3, column: 2, endLine: 3, endColumn: 2 }],
    });
    commandById('problems.next').run(ctx);
    expect(store.getState().reveal).toMatchObject({ line: 3, column: 2 });
    commandById('editor.reset').run(ctx);
    expect(store.getState().code).toBe(sample);
    for (let i = 0; i < 40; i++) commandById('editor.fontBigger').run(ctx);
    expect(store.getState().fontSize).toBe(28);
    commandById('page.lab').run(ctx);
    expect(store.getState().page).toBe('lab');
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('spells shortcuts for ARIA and tooltips', () => {
    expect(ariaShortcut({ key: 'F8', shift: true })).toBe('Shift+F8');
    expect(ariaShortcut({ key: '=', mod: true, shift: true }, true)).toBe('Meta+Shift+=');
    expect(shortcutLabel({ key: '=', mod: true, shift: true })).toBe('Ctrl+Shift+=');
  });
  it('matches modifiers exactly', () => {
    expect(matchesShortcut({ key: 'F8' }, key('F8'))).toBe(true);
    expect(matchesShortcut({ key: 'F8' }, key('F8', { shiftKey: true }))).toBe(false);
    expect(matchesShortcut({ key: 'F8', shift: true }, key('F8', { shiftKey: true }))).toBe(true);
    expect(matchesShortcut({ key: '=', mod: true, shift: true }, key('+', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesShortcut({ key: '=', mod: true, shift: true }, key('+', { metaKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut({ key: '=', mod: true, shift: true }, key('+', { metaKey: true, shiftKey: true }), true)).toBe(true);
  });
  it('matches Alt+letter by key position, since macOS types another character with Option held', () => {
    expect(matchesShortcut({ key: 'm', alt: true }, { ...key('µ', { altKey: true }), code: 'KeyM' }, true)).toBe(true);
    expect(matchesShortcut({ key: 'm', alt: true }, { ...key('µ', { altKey: true }), code: 'KeyN' }, true)).toBe(false);
    expect(matchesShortcut({ key: 'm', alt: true }, { ...key('µ'), code: 'KeyM' }, true)).toBe(false);
    // Without Alt a letter is still matched by the character typed (keyboard layouts move letters).
    expect(matchesShortcut({ key: 'm' }, { ...key('µ'), code: 'KeyM' })).toBe(false);
  });
});
