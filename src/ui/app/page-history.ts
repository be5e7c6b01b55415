// Keeps the page in the address bar: `?page=lab` is pushed on navigation, Back/Forward restore it.
import type { AppState } from '../store/index.ts';
import { pageFromSearch, searchForPage } from '../store/page-url.ts';

export function syncPageWithHistory(store: {
  getState(): AppState;
  subscribe(listener: (s: AppState, prev: AppState) => void): () => void;
}): () => void {
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.page === prev.page || pageFromSearch(location.search) === s.page) return;
    const url = `${location.pathname}${searchForPage(location.search, s.page)}${location.hash}`;
    history.pushState(null, '', url);
  });
  const onPop = () => store.getState().showPage(pageFromSearch(location.search));
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
