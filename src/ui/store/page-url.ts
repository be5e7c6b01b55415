// The page as URL state: `?page=lab` selects the Lab; no parameter means the Playground.
//
// A query parameter, not the fragment: the fragment is kept free for share links, which carry
// a whole scenario there (DESIGN.md, "Outside the browser").
import type { PageId } from './page-slice.ts';

export function pageFromSearch(search: string): PageId {
  return new URLSearchParams(search).get('page') === 'lab' ? 'lab' : 'playground';
}

/** The search string for `page`, keeping any other parameters. */
export function searchForPage(search: string, page: PageId): string {
  const params = new URLSearchParams(search);
  if (page === 'lab') params.set('page', 'lab');
  else params.delete('page');
  const text = params.toString();
  return text ? `?${text}` : '';
}
