// The app header: its name and the navigation between the Playground and the Lab.
import type { MouseEvent } from 'react';
import { appStore, useAppStore } from '../store/index.ts';
import { searchForPage } from '../store/page-url.ts';
import type { PageId } from '../store/page-slice.ts';
import { commandById } from './commands.ts';
import { EmbedHeader } from '../embed/EmbedHeader.tsx';
import { isEmbedded } from '../embed/embed-params.ts';

const pages: { page: PageId; command: 'page.playground' | 'page.lab' }[] = [
  { page: 'playground', command: 'page.playground' },
  { page: 'lab', command: 'page.lab' },
];

export function Header() {
  const current = useAppStore((s) => s.page);
  const search = typeof location === 'undefined' ? '' : location.search;
  // Embed mode (src/ui/embed/): no page navigation, a link to the full app instead.
  if (isEmbedded(search)) return <EmbedHeader />;
  return (
    <header className="app-header">
      <h1 className="app-name">Go Map Lab</h1>
      <nav aria-label="Pages">
        <ul className="nav-list">
          {pages.map(({ page, command }) => {
            const c = commandById(command);
            const follow = (e: MouseEvent<HTMLAnchorElement>) => {
              // Modified clicks open a new tab as links do; plain clicks switch in place.
              if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              c.run({ getState: appStore.getState });
            };
            return (
              <li key={page}>
                <a href={searchForPage(search, page) || '?'} aria-current={current === page ? 'page' : undefined} onClick={follow}>
                  {c.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
