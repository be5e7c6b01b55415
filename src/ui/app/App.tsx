// The app shell: header, then the Playground or the Lab (loaded only when first opened).
import { lazy, Suspense, useState } from 'react';
import { useRunController } from '../run/use-run-controller.ts';
import { useAppStore } from '../store/index.ts';
import { Header } from './Header.tsx';
import { Playground } from './Playground.tsx';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';

const LabPage = lazy(() => import('../lab/LabPage.tsx'));

export function App() {
  const page = useAppStore((s) => s.page);
  // Once opened, the Lab stays mounted (hidden) like the Playground, so switching back and
  // forth keeps each page's state: the editor's undo history, a running lab experiment.
  const [labOpened, setLabOpened] = useState(page === 'lab');
  if (page === 'lab' && !labOpened) setLabOpened(true);
  useGlobalShortcuts();
  useRunController();
  return (
    <div className="app">
      <Header />
      <Playground hidden={page !== 'playground'} />
      {labOpened && (
        <div className="lab-page" hidden={page !== 'lab'}>
          <Suspense fallback={<p className="loading">Loading the Lab…</p>}>
            <LabPage />
          </Suspense>
        </div>
      )}
    </div>
  );
}
