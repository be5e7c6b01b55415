// Keeps an embed's edits out of the learner's saved program.
//
// The app saves the program and settings (and the lessons their progress and edits) in
// localStorage. An embed on a page of the app's own origin shares that storage, so without this,
// opening a course page would silently replace the program the learner left in the full app. An
// embed starts from the saved state like any page, but writes only to memory from then on.
import { createJSONStorage } from 'zustand/middleware';

interface Persisting {
  persist: { setOptions(options: { storage: ReturnType<typeof createJSONStorage> }): void };
}

export function keepEmbedInMemory(store: Persisting): void {
  const memory = new Map<string, string>();
  store.persist.setOptions({
    storage: createJSONStorage(() => ({
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    })),
  });
}
