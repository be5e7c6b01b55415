// The settings slice: the learner's preferences, persisted with the program.
import type { StateCreator } from 'zustand';

export const minFontSize = 10;
export const maxFontSize = 28;
export const defaultFontSize = 14;

export interface SettingsSlice {
  /** Editor font size in CSS pixels. */
  fontSize: number;
  /** Milliseconds of quiet after typing before the program is re-checked. */
  checkDelayMs: number;
  changeFontSize(delta: number): void;
}

export function clampFontSize(size: number): number {
  if (!Number.isFinite(size)) return defaultFontSize;
  return Math.min(maxFontSize, Math.max(minFontSize, Math.round(size)));
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  fontSize: defaultFontSize,
  // Short enough that diagnostics appear within 100 ms of the last keystroke.
  checkDelayMs: 60,
  changeFontSize: (delta) => set((s) => ({ fontSize: clampFontSize(s.fontSize + delta) })),
});
