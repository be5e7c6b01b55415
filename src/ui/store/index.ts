// The app store: one zustand store made of slices, outside React (components select from it).
//
// Persisted to localStorage: the program text and the settings, so a reload never loses work.
// Diagnostics, check status, runs and the page are not persisted: they are derived, are redone
// with one key, or come from the URL.
import { createStore, useStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSourceSlice, type SourceSlice } from './source-slice.ts';
import { clampFontSize, clampProcs, clampSeed, createSettingsSlice, goVersionChoice, isSchedulerPolicy, previousDefaultGoVersion, type SettingsSlice } from './settings-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';
import { createPageSlice, type PageId, type PageSlice } from './page-slice.ts';
import { createPlayerSlice, type PlayerSlice } from './player-slice.ts';
import { createManualSlice, type ManualSlice } from '../player/manual/manual-slice.ts';
import { pageFromSearch } from './page-url.ts';

export type AppState = SourceSlice & SettingsSlice & RunSlice & PageSlice & PlayerSlice & ManualSlice;

/**
 * Bump when the persisted shape or meaning changes; `migrate` below then decides what survives.
 * 2: the default Go version became 1.26. Version 1 stored the old default (1.23) for everyone,
 * chosen or not, so a stored 1.23 is dropped and the learner starts on today's Go.
 */
const persistVersion = 2;
export const persistKey = 'go-map-lab';

type Persisted = Pick<AppState, 'code' | 'fontSize' | 'seed' | 'procs' | 'policy' | 'goVersion'>;

/** Accepts only well-formed persisted data: a hand-edited or corrupt entry must not break the app. */
export function sanitizePersisted(value: unknown): Partial<Persisted> {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<Persisted> = {};
  if (typeof v.code === 'string') out.code = v.code;
  if (typeof v.fontSize === 'number') out.fontSize = clampFontSize(v.fontSize);
  if (typeof v.seed === 'number') out.seed = clampSeed(v.seed);
  if (typeof v.procs === 'number') out.procs = clampProcs(v.procs);
  if (isSchedulerPolicy(v.policy)) out.policy = v.policy;
  const go = goVersionChoice(v.goVersion);
  if (go !== null) out.goVersion = go;
  return out;
}

/** Persisted data from an older `persistVersion`, made current. */
export function migratePersisted(value: unknown, version: number): Partial<Persisted> {
  const out = sanitizePersisted(value);
  if (version < 2 && out.goVersion === previousDefaultGoVersion) delete out.goVersion;
  return out;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createAppStore(initialPage: PageId = 'playground', storage: KeyValueStorage = browserStorage()) {
  return createStore<AppState>()(
    persist(
      (...a) => ({ ...createSourceSlice(...a), ...createSettingsSlice(...a), ...createRunSlice(...a), ...createPageSlice(initialPage)(...a), ...createPlayerSlice(...a), ...createManualSlice(...a) }),
      {
        name: persistKey,
        version: persistVersion,
        storage: createJSONStorage(() => forgiving(storage)),
        // The learner's own choice of Go version is saved, not one a link or lesson step runs as.
        partialize: (s): Persisted => ({ code: s.code, fontSize: s.fontSize, seed: s.seed, procs: s.procs, policy: s.policy, goVersion: s.chosenGoVersion }),
        merge: (persisted, current) => {
          const p = sanitizePersisted(persisted);
          return { ...current, ...p, ...(p.goVersion ? { chosenGoVersion: p.goVersion } : {}) };
        },
        migrate: (persisted, version) => migratePersisted(persisted, version),
      },
    ),
  );
}

/**
 * Storage whose failures cost only persistence: a full quota (a huge paste) or a revoked
 * permission must never interrupt typing.
 */
function forgiving(storage: KeyValueStorage): KeyValueStorage {
  // The store persists on every update, and the player updates it on every step: an unchanged
  // value is not written again (localStorage writes are synchronous and cost ~1 ms each).
  const written = new Map<string, string>();
  return {
    getItem: (k) => {
      try {
        return storage.getItem(k);
      } catch {
        return null;
      }
    },
    setItem: (k, v) => {
      if (written.get(k) === v) return;
      try {
        storage.setItem(k, v);
        written.set(k, v);
      } catch {
        // Keep working with the text in memory.
      }
    },
    removeItem: (k) => {
      written.delete(k);
      try {
        storage.removeItem(k);
      } catch {
        // Nothing to undo.
      }
    },
  };
}

/** localStorage when the page may use it; an in-memory stand-in otherwise (private mode, Node). */
function browserStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem(persistKey);
      return localStorage;
    }
  } catch {
    // Access can throw when storage is disabled; fall through to memory.
  }
  const memory = new Map<string, string>();
  return {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
}

export const appStore = createAppStore(typeof location === 'undefined' ? 'playground' : pageFromSearch(location.search));

/**
 * Reads a narrow piece of the store in a component.
 * @example const code = useAppStore((s) => s.code);
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
