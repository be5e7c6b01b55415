// The lessons' own store: which lesson and step are open, progress, and the learner's edits per step.
//
// Kept apart from the app store (ui/store/index.ts) so that lessons need no change to its slices,
// and persisted under its own localStorage key: closing the tab loses neither progress nor edits.
// Keys of `seen`, `passed` and `edits` are step keys, `<lesson id>#<step index>`.
import { createStore, useStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const lessonPersistKey = 'go-map-lab-lessons';

export interface LessonPlace {
  lessonId: string;
  step: number;
}

export interface LessonState {
  /** The sidebar is showing. */
  open: boolean;
  /** The lesson and step on screen; null shows the list of lessons. */
  place: LessonPlace | null;
  /** Steps the learner has opened. */
  seen: Record<string, true>;
  /** Steps whose challenge the learner's program met. */
  passed: Record<string, true>;
  /** The learner's version of a step's program, when it differs from the lesson's. */
  edits: Record<string, string>;
  /** The step whose program the editor holds, so typing is kept as that step's edit; null none. */
  loaded: string | null;

  toggleOpen(): void;
  setOpen(open: boolean): void;
  /** Opens a lesson at a step (its first by default) and marks the step seen. */
  openLesson(lessonId: string, step?: number): void;
  /** Back to the list of lessons. */
  closeLesson(): void;
  recordEdit(key: string, text: string | null): void;
  markPassed(key: string): void;
  setLoaded(key: string | null): void;
}

export function stepKey(lessonId: string, step: number): string {
  return `${lessonId}#${step}`;
}

type Persisted = Pick<LessonState, 'open' | 'place' | 'seen' | 'passed' | 'edits' | 'loaded'>;

/** Accepts only well-formed persisted data: a corrupt entry must not break the app. */
export function sanitizeLessonState(value: unknown): Partial<Persisted> {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<Persisted> = {};
  if (typeof v.open === 'boolean') out.open = v.open;
  const p = v.place as Record<string, unknown> | null | undefined;
  if (p === null) out.place = null;
  else if (p && typeof p.lessonId === 'string' && Number.isInteger(p.step) && (p.step as number) >= 0) out.place = { lessonId: p.lessonId, step: p.step as number };
  out.seen = flags(v.seen);
  out.passed = flags(v.passed);
  if (typeof v.edits === 'object' && v.edits !== null) {
    out.edits = {};
    for (const [k, t] of Object.entries(v.edits)) if (typeof t === 'string') out.edits[k] = t;
  }
  if (typeof v.loaded === 'string' || v.loaded === null) out.loaded = v.loaded;
  return out;
}

function flags(value: unknown): Record<string, true> {
  const out: Record<string, true> = {};
  if (typeof value === 'object' && value !== null) for (const [k, f] of Object.entries(value)) if (f === true) out[k] = true;
  return out;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createLessonStore(storage: KeyValueStorage = browserStorage()) {
  return createStore<LessonState>()(
    persist(
      (set) => ({
        open: false,
        place: null,
        seen: {},
        passed: {},
        edits: {},
        loaded: null,
        toggleOpen: () => set((s) => ({ open: !s.open })),
        setOpen: (open) => set({ open }),
        openLesson: (lessonId, step = 0) =>
          set((s) => ({ open: true, place: { lessonId, step }, seen: s.seen[stepKey(lessonId, step)] ? s.seen : { ...s.seen, [stepKey(lessonId, step)]: true } })),
        closeLesson: () => set({ place: null }),
        recordEdit: (key, text) =>
          set((s) => {
            if (text === null) {
              if (!(key in s.edits)) return s;
              const edits = { ...s.edits };
              delete edits[key];
              return { edits };
            }
            return s.edits[key] === text ? s : { edits: { ...s.edits, [key]: text } };
          }),
        markPassed: (key) => set((s) => (s.passed[key] ? s : { passed: { ...s.passed, [key]: true } })),
        setLoaded: (key) => set({ loaded: key }),
      }),
      {
        name: lessonPersistKey,
        version: 1,
        storage: createJSONStorage(() => forgiving(storage)),
        partialize: (s): Persisted => ({ open: s.open, place: s.place, seen: s.seen, passed: s.passed, edits: s.edits, loaded: s.loaded }),
        merge: (persisted, current) => ({ ...current, ...sanitizeLessonState(persisted) }),
        migrate: (persisted) => sanitizeLessonState(persisted),
      },
    ),
  );
}

/** Storage whose failures cost only persistence (full quota, storage disabled). */
function forgiving(storage: KeyValueStorage): KeyValueStorage {
  const attempt = <T,>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (k) => attempt(() => storage.getItem(k), null),
    setItem: (k, v) => attempt(() => storage.setItem(k, v), undefined),
    removeItem: (k) => attempt(() => storage.removeItem(k), undefined),
  };
}

function browserStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem(lessonPersistKey);
      return localStorage;
    }
  } catch {
    // Storage disabled: fall through to memory.
  }
  const memory = new Map<string, string>();
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}

export const lessonStore = createLessonStore();

export function useLessonStore<T>(selector: (s: LessonState) => T): T {
  return useStore(lessonStore, selector);
}
