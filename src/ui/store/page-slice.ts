// The page slice: which page of the app is showing (Playground or Lab), mirrored in `?page=`.
import type { StateCreator } from 'zustand';

export type PageId = 'playground' | 'lab';

export interface PageSlice {
  page: PageId;
  showPage(page: PageId): void;
}

export function createPageSlice(initial: PageId): StateCreator<PageSlice, [], [], PageSlice> {
  return (set) => ({
    page: initial,
    showPage: (page) => set({ page }),
  });
}
